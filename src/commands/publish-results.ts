import { dirname, resolve } from 'node:path';
import type { Io } from '../support/io.js';
import type { RunReport } from '../domain/report.js';
import { GitHubPublisher } from '../github/publisher.js';
import { inGitHubActions, warning } from '../github/actions-runtime.js';
import type { PublishOutcome } from '../ports.js';
import type { AccountRun } from '../composition-root.js';

/** `apply --pull-request`: the status file goes to the results pull request and pending work to the dashboard issue. */
export async function publishResults(io: Io, account: AccountRun, report: RunReport): Promise<PublishOutcome> {
  const publisher = new GitHubPublisher({
    env: io.env,
    fetch: io.fetch,
    repoDir: dirname(resolve(io.cwd, account.file.file)),
    account: account.file.config.account,
    uiOrigin: account.client.endpoints.ui,
    // In Actions a workflow command annotates the run; elsewhere a plain line on stderr.
    warn: (message) => { warning(io.env, message, (text) => { (inGitHubActions(io.env) ? io.stdout : io.stderr).write(text); }); },
  });
  return publisher.publish(report, account.statusPath);
}
