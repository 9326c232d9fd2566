import { appendFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { main, processIo } from './cli.js';
import { actionArguments, actionEnvironment, actionMarkdownOut } from './github/action-inputs.js';
import { maskValue, setOutputs } from './github/actions-runtime.js';
import { secretValues } from './secrets/secret-variables.js';
import { writeFileAtomic } from './support/atomic-write.js';
import { UsageError } from './support/errors.js';
import { reportFailure } from './support/report-failure.js';

/**
 * GitHub Action entry point (action.yml → dist/action.js): turns the inputs into CLI arguments and
 * environment and runs the CLI. The commands themselves write the job summary and the outputs; the
 * Action adds `exit-code`, so a workflow can tell a refused stale plan (4) or drift (2) from a failure.
 * A failure is reported by the same code as the CLI's.
 */

// A cancelled step gets SIGINT, then SIGTERM 7.5 s later, then is killed (GitHub's workflow cancellation
// reference): either one stops the run at its next safe point, so files stay whole and exit-code is set.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    controller.abort();
  });
}

const base = processIo(controller.signal);
const append = (path: string, text: string): Promise<void> => appendFile(path, text, 'utf8');
// Before anything else can print them: the operator's own credentials and the GitHub tokens.
for (const value of secretValues(base.env)) maskValue(base.env, value, (text) => { process.stdout.write(text); });

let exitCode: number;
try {
  const args = actionArguments(base.env);
  const env: Record<string, string | undefined> = { ...actionEnvironment(base.env) };
  const markdownOut = actionMarkdownOut(base.env);
  const summary = base.env['GITHUB_STEP_SUMMARY'];
  if (markdownOut !== null) {
    // The CLI writes its job-summary markdown wherever GITHUB_STEP_SUMMARY points: point it at the
    // file, then hand the same text on to the real summary. One run, so the file and `out` agree.
    const path = resolve(base.cwd, markdownOut);
    await writeFileAtomic(path, '').catch((error: unknown) => {
      throw new UsageError(`Could not write ${path} (the input "markdown-out").`, { cause: error, hint: 'Point it at a file in a writable directory that exists, such as the runner\'s temporary directory.' });
    });
    env['GITHUB_STEP_SUMMARY'] = path;
  }
  exitCode = await main(args, { ...base, env, interactive: false, status: null });
  if (markdownOut !== null && summary !== undefined && summary !== '') {
    await append(summary, await readFile(resolve(base.cwd, markdownOut), 'utf8'));
  }
} catch (error) {
  exitCode = reportFailure(error, base, base.env['RUNNER_DEBUG'] === '1');
}
await setOutputs(base.env, { 'exit-code': String(exitCode) }, append);
process.exitCode = exitCode;
