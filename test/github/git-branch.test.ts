import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishStatusBranch, RUN_TRAILER, type StatusBranchRequest } from '../../src/github/git-branch.js';
import { GitHubError } from '../../src/github/github-error.js';
import { Secret } from '../../src/secrets/secret.js';
import { createRepos, type Repos } from './support/git-repos.js';

const BRANCH = 'netsuite-tokens/1234567_SB1';
const STATUS_PATH = 'netsuite/netsuite-tokens.status.yaml';

let repos: Repos;

beforeEach(async () => {
  repos = await createRepos();
});

afterEach(async () => {
  await repos.cleanup();
});

function request(overrides: Partial<StatusBranchRequest> = {}): StatusBranchRequest {
  return {
    repoDir: join(repos.work, 'netsuite'),
    statusFile: repos.statusFile,
    account: '1234567_SB1',
    message: 'netsuite-tokens: status of 1234567_SB1',
    runId: 'https://github.example/acme/config/actions/runs/42',
    env: repos.env,
    fallbackBase: 'main',
    auth: null,
    ...overrides,
  };
}

describe('publishStatusBranch', () => {
  it('puts only the status file on the branch, one commit on top of main, without touching the working copy', async () => {
    await writeFile(join(repos.work, 'README.md'), '# changed by the person, staged\n');
    repos.git(repos.work, ['add', 'README.md']);
    await repos.writeStatus('tokens: []\n');

    const outcome = await publishStatusBranch(request());

    expect(outcome).toMatchObject({ kind: 'pushed', branch: BRANCH, base: 'main', statusPath: STATUS_PATH, previousTip: null });
    expect(repos.tip(BRANCH)).toBe(outcome.kind === 'pushed' ? outcome.commit : null);
    expect(repos.show(BRANCH, STATUS_PATH)).toBe('tokens: []\n');
    expect(repos.git(repos.origin, ['diff', '--name-only', 'main', BRANCH]).trim()).toBe(STATUS_PATH);
    expect(repos.git(repos.origin, ['rev-list', '--count', `main..${BRANCH}`]).trim()).toBe('1');
    // The person's checkout is exactly as it was: same branch, same staged change, status file untracked.
    expect(repos.git(repos.work, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
    expect(repos.git(repos.work, ['diff', '--cached', '--name-only']).trim()).toBe('README.md');
    expect(repos.git(repos.work, ['status', '--porcelain']).split('\n').filter(Boolean).sort()).toEqual(['?? netsuite/netsuite-tokens.status.yaml', 'M  README.md']);
  });

  it('commits as netsuite-tokens when git has no identity, without writing any git config', async () => {
    await repos.writeStatus('tokens: []\n');
    await publishStatusBranch(request());

    const [committer, author, body] = repos.git(repos.origin, ['log', '-1', '--format=%cn <%ce>%x00%an <%ae>%x00%B', BRANCH]).split('\0');
    expect(committer).toBe('netsuite-tokens <netsuite-tokens@users.noreply.github.com>');
    expect(author).toBe(committer);
    expect(body).toContain(`${RUN_TRAILER}: https://github.example/acme/config/actions/runs/42`);
    expect(existsSync(join(repos.env.HOME ?? '', '.gitconfig'))).toBe(false);
    expect(repos.git(repos.work, ['config', '--local', '--list'])).not.toContain('user.');
  });

  it("uses git's own identity when one is configured", async () => {
    repos.git(repos.work, ['config', 'user.name', 'Dana Laptop']);
    repos.git(repos.work, ['config', 'user.email', 'dana@example.com']);
    await repos.writeStatus('tokens: []\n');
    await publishStatusBranch(request());
    expect(repos.git(repos.origin, ['log', '-1', '--format=%cn <%ce>', BRANCH]).trim()).toBe('Dana Laptop <dana@example.com>');
  });

  it('takes a status file path relative to the repository directory', async () => {
    await repos.writeStatus('tokens: [relative]\n');
    const outcome = await publishStatusBranch(request({ statusFile: 'netsuite-tokens.status.yaml' }));
    expect(outcome).toMatchObject({ kind: 'pushed', statusPath: STATUS_PATH });
    expect(repos.show(BRANCH, STATUS_PATH)).toBe('tokens: [relative]\n');
  });

  it('neither commits nor pushes when the branch already holds this status file', async () => {
    await repos.writeStatus('tokens: []\n');
    const first = await publishStatusBranch(request());
    const tip = repos.tip(BRANCH);

    const second = await publishStatusBranch(request({ runId: 'another run' }));

    expect(first.kind).toBe('pushed');
    expect(second).toMatchObject({ kind: 'unchanged', tip, proposed: true });
    expect(repos.tip(BRANCH)).toBe(tip);
  });

  it('creates no branch when the default branch already holds this status file', async () => {
    const human = await repos.humanClone('human');
    await writeFile(join(human, STATUS_PATH), 'tokens: []\n');
    repos.git(human, ['add', STATUS_PATH]);
    repos.git(human, ['commit', '--quiet', '-m', 'status merged']);
    repos.git(human, ['push', '--quiet', 'origin', 'HEAD:main']);
    await repos.writeStatus('tokens: []\n');

    expect(await publishStatusBranch(request())).toMatchObject({ kind: 'unchanged', tip: null, proposed: false });
    expect(repos.tip(BRANCH)).toBeNull();
  });

  it('replaces its own earlier commit with one on top of the current main', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publishStatusBranch(request());
    const human = await repos.humanClone('human');
    await writeFile(join(human, 'README.md'), '# moved on\n');
    repos.git(human, ['commit', '--quiet', '-am', 'main moves on']);
    repos.git(human, ['push', '--quiet', 'origin', 'HEAD:main']);
    await repos.writeStatus('tokens: [1, 2]\n');

    const outcome = await publishStatusBranch(request());

    expect(outcome.kind).toBe('pushed');
    expect(repos.git(repos.origin, ['rev-parse', `${BRANCH}^`]).trim()).toBe(repos.tip('main'));
    expect(repos.show(BRANCH, STATUS_PATH)).toBe('tokens: [1, 2]\n');
    expect(repos.show(BRANCH, 'README.md')).toBe('# moved on\n');
  });

  it("stops without pushing when a person's commit is on the branch", async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publishStatusBranch(request());
    const human = await repos.humanClone('human');
    repos.git(human, ['checkout', '--quiet', '-b', 'work', `origin/${BRANCH}`]);
    await writeFile(join(human, STATUS_PATH), 'tokens: [1] # annotated by Alice\n');
    repos.git(human, ['commit', '--quiet', '-am', 'Annotate the status']);
    repos.git(human, ['push', '--quiet', 'origin', `HEAD:${BRANCH}`]);
    const humanTip = repos.tip(BRANCH);
    await repos.writeStatus('tokens: [1, 2]\n');

    const outcome = await publishStatusBranch(request());

    expect(outcome).toMatchObject({ kind: 'foreign-commits', tip: humanTip, commits: [{ sha: humanTip, author: 'Alice Admin <alice@example.com>', subject: 'Annotate the status' }] });
    expect(repos.tip(BRANCH)).toBe(humanTip);
  });

  it('works from a shallow clone, as actions/checkout makes by default', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publishStatusBranch(request());
    const human = await repos.humanClone('human');
    for (const line of ['one', 'two']) {
      await writeFile(join(human, 'README.md'), `# ${line}\n`);
      repos.git(human, ['commit', '--quiet', '-am', `main: ${line}`]);
    }
    repos.git(human, ['push', '--quiet', 'origin', 'HEAD:main']);
    const shallow = join(repos.root, 'shallow');
    repos.git(repos.root, ['clone', '--quiet', '--depth', '1', `file://${repos.origin}`, shallow]);
    await writeFile(join(shallow, STATUS_PATH), 'tokens: [1, 2]\n');

    const outcome = await publishStatusBranch(request({ repoDir: shallow, statusFile: join(shallow, STATUS_PATH) }));

    expect(outcome.kind).toBe('pushed');
    expect(repos.show(BRANCH, STATUS_PATH)).toBe('tokens: [1, 2]\n');
  });

  it('treats a commit that carries the trailer but touches other files as foreign', async () => {
    await repos.writeStatus('tokens: [1]\n');
    await publishStatusBranch(request());
    const human = await repos.humanClone('human');
    repos.git(human, ['checkout', '--quiet', '-b', 'work', `origin/${BRANCH}`]);
    await writeFile(join(human, 'README.md'), '# sneaky\n');
    repos.git(human, ['commit', '--quiet', '--amend', '-a', '--no-edit']);
    repos.git(human, ['push', '--quiet', '--force', 'origin', `HEAD:${BRANCH}`]);
    await repos.writeStatus('tokens: [1, 2]\n');

    expect((await publishStatusBranch(request())).kind).toBe('foreign-commits');
  });

  it('loses a push race to another run without overwriting it, then builds on what that run pushed', async () => {
    // The other run's commit is staged in origin's object store; a pre-push hook in our clone makes
    // the branch point at it just before our push, as if that run had pushed a moment earlier.
    const other = await repos.humanClone('other-run');
    await writeFile(join(other, STATUS_PATH), 'tokens: [other]\n');
    const otherOutcome = await publishStatusBranch(request({ repoDir: other, statusFile: join(other, STATUS_PATH), runId: 'other run' }));
    const otherCommit = otherOutcome.kind === 'pushed' ? otherOutcome.commit : '';
    repos.git(repos.origin, ['update-ref', '-d', `refs/heads/${BRANCH}`]);
    const hook = join(repos.work, '.git', 'hooks', 'pre-push');
    await writeFile(hook, `#!/bin/sh\nif [ ! -f "${repos.root}/raced" ]; then touch "${repos.root}/raced"; git --git-dir="${repos.origin}" update-ref refs/heads/${BRANCH} ${otherCommit}; fi\n`, { mode: 0o755 });
    await repos.writeStatus('tokens: [ours]\n');

    const outcome = await publishStatusBranch(request());

    expect(outcome).toMatchObject({ kind: 'pushed', previousTip: otherCommit });
    expect(repos.show(BRANCH, STATUS_PATH)).toBe('tokens: [ours]\n');
  });

  it('refuses a status file outside the repository', async () => {
    const outside = join(repos.root, 'elsewhere.status.yaml');
    await writeFile(outside, 'tokens: []\n');
    await expect(publishStatusBranch(request({ statusFile: outside }))).rejects.toThrow(/is not inside the git repository/);
  });

  it('refuses an account that cannot be part of a branch name', async () => {
    await repos.writeStatus('tokens: []\n');
    await expect(publishStatusBranch(request({ account: '../main' }))).rejects.toThrow(GitHubError);
  });
});

describe('publishStatusBranch with the GitHub token', () => {
  const CANARY = 'ghs_CANARY0123456789abcdefCANARY';

  async function captureGitRequests(): Promise<{ url: string; authorizations: string[][]; close: () => Promise<void> }> {
    const authorizations: string[][] = [];
    const server = createServer((incoming, response) => {
      const values: string[] = [];
      for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
        if (incoming.rawHeaders[index]?.toLowerCase() === 'authorization') values.push(incoming.rawHeaders[index + 1] ?? '');
      }
      authorizations.push(values);
      response.writeHead(403, { 'content-type': 'text/plain' }).end(`denied for ${values.join(',')}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, authorizations, close: () => new Promise((resolve) => { server.close(() => { resolve(); }); }) };
  }

  it('sends exactly one Authorization header, to the GitHub server only, and never prints the token', async () => {
    const server = await captureGitRequests();
    try {
      repos.git(repos.work, ['remote', 'set-url', 'origin', `${server.url}/acme/config.git`]);
      // What actions/checkout leaves behind when it persists credentials.
      repos.git(repos.work, ['config', `http.${server.url}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=']);
      await repos.writeStatus('tokens: []\n');

      const error = await publishStatusBranch(request({ auth: { token: new Secret(CANARY), origin: server.url } })).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(GitHubError);
      const text = `${(error as GitHubError).message} ${(error as GitHubError).hint ?? ''}`;
      const basic = Buffer.from(`x-access-token:${CANARY}`).toString('base64');
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(basic);
      expect(server.authorizations[0]).toEqual([`basic ${basic}`]);

      // Another host never receives it.
      repos.git(repos.work, ['config', '--unset', `http.${server.url}/.extraheader`]);
      await publishStatusBranch(request({ auth: { token: new Secret(CANARY), origin: 'https://github.example' } })).catch(() => undefined);
      expect(server.authorizations.at(-1)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
