import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitTracking } from '../../src/delivery/git-tracking.js';
import { openerEnvironment } from '../../src/support/open-browser.js';

/** What a run may hold in its environment that no child process it starts needs. */
const SECRETS = {
  NETSUITE_TOKEN_SECRET: 'CANARY-netsuite-token-secret',
  NETSUITE_CREDENTIALS: '{"kind":"netsuite-m2m","privateKey":"CANARY-key"}',
  GITHUB_TOKEN: 'ghs_CANARYgithubtoken',
  GITHUB_SECRETS_TOKEN: 'github_pat_CANARY',
  AWS_SECRET_ACCESS_KEY: 'CANARY-aws-secret',
  EXPENSE_SYNC_M2M: '{"privateKey":"CANARY-expense-key"}',
};

describe('child processes never inherit the run\'s secrets', () => {
  it('git, asked whether a file target would be committed, sees only what git needs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'child-env-'));
    const bin = join(root, 'bin');
    await mkdir(bin);
    const dump = join(root, 'git-environment.txt');
    // A stand-in git on PATH: it records the environment it was given and answers as a work tree would.
    await writeFile(join(bin, 'git'), `#!/bin/sh\nenv >> '${dump}'\nif [ "$1" = rev-parse ]; then echo '${root}'; fi\nexit 0\n`);
    await chmod(join(bin, 'git'), 0o755);
    const tracking = await gitTracking(join(root, 'secrets', 'bundle.json'), root, { ...SECRETS, PATH: `${bin}:/usr/bin:/bin`, HOME: root, GIT_DIR: '/elsewhere/.git' });
    expect(tracking).toEqual({ state: 'ignored', workTree: root });
    const seen = await readFile(dump, 'utf8');
    expect(seen).toContain(`HOME=${root}\n`);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(seen, name).not.toContain(name);
      expect(seen, name).not.toContain(value);
    }
    // Nor a variable that would point git at another repository than the path's own.
    expect(seen).not.toContain('GIT_DIR=');
  });

  it('the browser opener gets the session\'s display and locale, not the secrets', () => {
    const passed = openerEnvironment({ ...SECRETS, PATH: '/usr/bin', HOME: '/home/ada', DISPLAY: ':0', XDG_RUNTIME_DIR: '/run/user/1000', LC_ALL: 'C.UTF-8', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' });
    expect(passed).toEqual({ PATH: '/usr/bin', HOME: '/home/ada', DISPLAY: ':0', XDG_RUNTIME_DIR: '/run/user/1000', LC_ALL: 'C.UTF-8', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' });
  });
});
