import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo, type CapturedIo } from '../support/io.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE_SUMMARY = 'account 1234567_SB1, 7 tokens declared (2 with credentials), policy: unmanaged=report, maxAge=365d, unusedFor=90d, maxChangesPerRun=10';

async function validate(args: readonly string[], cwd = REPO): Promise<{ code: number; io: CapturedIo }> {
  const io = captureIo({ cwd });
  const code = await main(['validate', ...args], io);
  return { code, io };
}

describe('netsuite-tokens validate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nst-validate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('summarises a valid file in one line and exits 0', async () => {
    const { code, io } = await validate(['--config', 'examples/netsuite-tokens.yaml']);
    expect(code).toBe(0);
    expect(io.out()).toBe(`✓ examples/netsuite-tokens.yaml: ${EXAMPLE_SUMMARY}\n`);
    expect(io.err()).toBe('');
  });

  it('counts certificate mappings too, and a file of mappings only says no tokens by leaving them out', async () => {
    const { code, io } = await validate(['--config', 'examples/certificate-rotation.yaml']);
    expect(code).toBe(0);
    expect(io.out()).toBe('✓ examples/certificate-rotation.yaml: account 1234567_SB1, 1 certificate mapping declared (1 with rotation), policy: unmanaged=ignore, maxAge=never, unusedFor=never, maxChangesPerRun=10\n');
  });

  it('reads netsuite-tokens.yaml in the working directory by default', async () => {
    const cwd = join(dir, 'default');
    await mkdir(cwd);
    await copyFile(join(REPO, 'examples/netsuite-tokens.yaml'), join(cwd, 'netsuite-tokens.yaml'));
    const { code, io } = await validate([], cwd);
    expect(code).toBe(0);
    expect(io.out()).toBe(`✓ netsuite-tokens.yaml: ${EXAMPLE_SUMMARY}\n`);
  });

  it('summarises every file of a directory', async () => {
    const { code, io } = await validate(['--config', 'examples/multi-account/']);
    expect(code).toBe(0);
    expect(io.out()).toBe([
      '✓ examples/multi-account/production.yaml: account 1234567, 6 tokens declared (2 with credentials), policy: unmanaged=report, maxAge=365d, unusedFor=60d, maxChangesPerRun=5',
      '✓ examples/multi-account/sandbox.yaml: account 1234567_SB1, 4 tokens declared (2 with credentials), policy: unmanaged=inactivate, maxAge=180d, unusedFor=30d, maxChangesPerRun=20',
      '',
    ].join('\n'));
  });

  it('lists every problem with file:line:column and pointer, exits 3, and prints no stack trace', async () => {
    const { code, io } = await validate(['--config', 'test/config/fixtures/invalid/many-problems.yaml']);
    expect(code).toBe(3);
    expect(io.out()).toBe('');
    const file = 'test/config/fixtures/invalid/many-problems.yaml';
    expect(io.err()).toBe([
      `${file}:2:10: account "1234567_sb1" is not a NetSuite account id (did you mean "1234567_SB1"?); use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567. (at /account)`,
      `${file}:4:14: unmanaged "revoke" is not a policy for undeclared tokens; use one of ignore, report or inactivate. (at /policy/unmanaged)`,
      `${file}:5:11: maxAge "1y" is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w. (at /policy/maxAge)`,
      `${file}:9:12: owner "finance" is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems". (at /tokens/0/owner)`,
      `${file}:10:9: id "4711" is already declared by the entry at line 7; declare each token once, so merge the two entries. (at /tokens/1/id)`,
      `${file}:11:12: state "gone" is not a token state; use one of active, inactive or revoked. (at /tokens/1/state)`,
      `${file}:16:20: tokenSecret holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write tokenSecret: env:NAME, such as env:EXPENSE_TOKEN_SECRET. (at /tokens/1/credentials/tokenSecret)`,
      'error: 7 problems in the desired-state configuration. Fix them and run "netsuite-tokens validate" again.',
      '',
    ].join('\n'));
    expect(io.err()).not.toContain('hunter2');
    expect(io.err()).not.toMatch(/^\s+at /m);
  });

  it('never prints a literal secret from credentials', async () => {
    const { code, io } = await validate(['--config', 'test/config/fixtures/invalid/literal-secret.yaml']);
    expect(code).toBe(3);
    expect(io.err()).toContain('literal-secret.yaml:10:20: tokenSecret holds a literal value');
    expect(`${io.out()}${io.err()}`).not.toMatch(/3f1c9a7b|8d2e6f1a/);
  });

  it('reports the good files of a directory and the problems of the bad one', async () => {
    const accounts = join(dir, 'accounts');
    await mkdir(accounts);
    await copyFile(join(REPO, 'examples/multi-account/production.yaml'), join(accounts, 'a-production.yaml'));
    await writeFile(join(accounts, 'b-broken.yaml'), 'version: 1\naccount: "7654321"\ntokens:\n  - id: "1"\n    state: actve\n');
    await copyFile(join(REPO, 'examples/multi-account/sandbox.yaml'), join(accounts, 'c-sandbox.yml'));
    await writeFile(join(accounts, 'a-production.status.yaml'), 'not: a desired-state file\n');
    await writeFile(join(accounts, 'notes.txt'), 'ignored\n');
    const { code, io } = await validate(['--config', 'accounts'], dir);
    expect(code).toBe(3);
    expect(io.out()).toBe([
      '✓ accounts/a-production.yaml: account 1234567, 6 tokens declared (2 with credentials), policy: unmanaged=report, maxAge=365d, unusedFor=60d, maxChangesPerRun=5',
      '✓ accounts/c-sandbox.yml: account 1234567_SB1, 4 tokens declared (2 with credentials), policy: unmanaged=inactivate, maxAge=180d, unusedFor=30d, maxChangesPerRun=20',
      '',
    ].join('\n'));
    expect(io.err()).toBe([
      'accounts/b-broken.yaml:5:12: state "actve" is not a token state (did you mean "active"?); use one of active, inactive or revoked. (at /tokens/0/state)',
      'error: 1 problem in the desired-state configuration. Fix it and run "netsuite-tokens validate" again.',
      '',
    ].join('\n'));
  });

  it('refuses two files for the same account in one directory', async () => {
    const twins = join(dir, 'twins');
    await mkdir(twins);
    await copyFile(join(REPO, 'examples/multi-account/sandbox.yaml'), join(twins, 'one.yaml'));
    await copyFile(join(REPO, 'examples/multi-account/sandbox.yaml'), join(twins, 'two.yaml'));
    const { code, io } = await validate(['--config', twins], dir);
    expect(code).toBe(3);
    expect(io.out()).toContain('✓ twins/one.yaml');
    expect(io.err()).toContain('twins/two.yaml:6:10: account "1234567_SB1" is already declared in twins/one.yaml; keep one file per account. (at /account)\n');
  });

  it('reports an empty directory', async () => {
    await mkdir(join(dir, 'empty'));
    const { code, io } = await validate(['--config', 'empty'], dir);
    expect(code).toBe(3);
    expect(io.err()).toContain('empty:1:1: The directory holds no .yaml or .yml desired-state file; add one per account (see examples/multi-account/) or point --config at a file.\n');
  });

  it('reports a missing default file with what to do', async () => {
    const cwd = join(dir, 'nothing-here');
    await mkdir(cwd);
    const { code, io } = await validate([], cwd);
    expect(code).toBe(3);
    expect(io.err()).toBe([
      'netsuite-tokens.yaml:1:1: No such file; create it ("netsuite-tokens import" writes one from the live account; examples/netsuite-tokens.yaml in the package shows every setting) or pass --config with the right path.',
      'error: 1 problem in the desired-state configuration. Fix it and run "netsuite-tokens validate" again.',
      '',
    ].join('\n'));
  });

  it('refuses an alias bomb through the command too', async () => {
    const { code, io } = await validate(['--config', 'test/config/fixtures/invalid/alias-bomb.yaml']);
    expect(code).toBe(3);
    expect(io.err()).toContain('alias-bomb.yaml:4:8: The file expands YAML aliases more than 100 times');
  });

  it('checks the status file beside a valid file as plan reads it: a corrupt or empty one is exit 3 at its line, a good one passes', async () => {
    const here = join(dir, 'with-status');
    await mkdir(here);
    await copyFile(join(REPO, 'examples', 'netsuite-tokens.yaml'), join(here, 'netsuite-tokens.yaml'));
    await writeFile(join(here, 'netsuite-tokens.status.yaml'), 'statusVersion: 2\naccount: 1234567_SB1\ntokens: [\n');
    const corrupt = await validate([], here);
    expect(corrupt.code).toBe(3);
    expect(corrupt.io.err()).toMatch(/^netsuite-tokens\.status\.yaml:4:1: The status file is not one netsuite-tokens wrote \(it may have been edited by hand\): it is not valid YAML/m);
    expect(corrupt.io.err()).toContain('error: 1 problem in the status file. Restore it from git history');

    await writeFile(join(here, 'netsuite-tokens.status.yaml'), '\n');
    const empty = await validate([], here);
    expect(empty.code).toBe(3);
    expect(empty.io.err()).toContain('netsuite-tokens.status.yaml:1:1: The status file is not one netsuite-tokens wrote (it may have been edited by hand): it is empty.');

    await rm(join(here, 'netsuite-tokens.status.yaml'));
    expect((await validate([], here)).code).toBe(0);
  });

  it('rejects an unknown option as a usage error', async () => {
    const { code, io } = await validate(['--conifg', 'x.yaml']);
    expect(code).toBe(3);
    expect(io.err()).toBe('error: Unknown option "--conifg" for "validate"; did you mean --config?\n  validate takes --config. Run "netsuite-tokens validate --help" for its options, each with an example.\n');
  });
});
