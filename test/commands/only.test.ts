import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { StatusFile } from '../../src/domain/status.js';
import { main } from '../../src/cli.js';
import { captureIo, type CapturedIo } from '../support/io.js';
import { requestsTo, startTestAccount, type TestAccount } from '../support/account.js';

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

async function run(args: string[], target: TestAccount): Promise<{ code: number; io: CapturedIo }> {
  const io = captureIo({ env: target.env, cwd: target.dir });
  const code = await main(args, io);
  return { code, io };
}

describe('--only SUBJECT', () => {
  it('narrows plan to the tokens named, and says what was left out', async () => {
    account = await startTestAccount();
    const { code, io } = await run(['plan', '--only', '103', '--detailed-exitcode'], account);
    expect(code).toBe(2);
    expect(io.out()).toContain('Inactivate (1)');
    expect(io.out()).not.toContain('Revoke (');
    expect(io.out()).not.toContain('Findings');
    expect(io.out()).toContain('Plan: 0 to revoke via API, 1 for an administrator, 0 blocked; 0 findings.');
    expect(io.err()).toBe('--only 103: changes and findings about anything else in account 7654321_SB2 are left out of this run.\n');
  });

  it('narrows apply: only the tokens named are changed', async () => {
    account = await startTestAccount();
    const { code, io } = await run(['apply', '--only', '103', '--only', '105'], account);
    expect(code).toBe(0);
    expect(requestsTo(account.emulator, '/rest/revoketoken')).toBe(0);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('active');
    expect(io.out()).toContain('Administrator checklist (1)');
    expect(io.out()).toContain('Unmanaged: in NetSuite, not declared (1)');
    // The status file records the whole account: the four declared tokens NetSuite shows are managed.
    const status = parse(await readFile(join(account.dir, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;
    expect(status.summary.managed).toBe(4);
  });

  it('keeps the whole account when a value names the account, and says when nothing matches', async () => {
    account = await startTestAccount();
    const all = await run(['plan', '--only', '7654321_SB2'], account);
    expect(all.io.out()).toContain('Plan: 1 to revoke via API, 1 for an administrator, 0 blocked; 1 finding.');
    expect(all.io.err()).toBe('');
    // 101 is in NetSuite and declared, and nothing is to be done about it.
    const none = await run(['plan', '--only', '101'], account);
    expect(none.code).toBe(0);
    expect(none.io.err()).toBe('--only 101: no change or finding in account 7654321_SB2 concerns it (a SUBJECT is a token\'s internal id, a certificate mapping\'s name, or the account id for all of it).\n');
  });

  it('refuses a value that names nothing in the files, before any request, with what it could be (exit 3)', async () => {
    account = await startTestAccount();
    const requestsBefore = Object.values(account.emulator.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0);
    for (const command of ['plan', 'apply']) {
      const { code, io } = await run([command, '--only', '7654321_SB3'], account);
      expect(code).toBe(3);
      expect(io.out()).toBe('');
      expect(io.err()).toBe('error: --only 7654321_SB3 names no account, token or certificate mapping of netsuite-tokens.yaml; did you mean 7654321_SB2?\n'
        + '  Use the account id (7654321_SB2) for all of it, a token\'s internal id, or a certificate mapping\'s name (declared: tokens 101, 102, 103).\n');
    }
    expect((await run(['plan', '--only', 'nosuch'], account)).code).toBe(3);
    expect(Object.values(account.emulator.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0)).toBe(requestsBefore);
  });

  it('refuses a token id NetSuite does not show and the file does not declare (exit 3), and changes nothing for it', async () => {
    account = await startTestAccount();
    const planned = await run(['plan', '--only', '4711'], account);
    expect(planned.code).toBe(3);
    expect(planned.io.out()).toBe('');
    expect(planned.io.err()).toMatch(/^error: --only 4711: account 7654321_SB2 has no token or certificate with that id, and no desired-state file declares it\.\n {2}Check the token's internal id in NetSuite/);
    // Beside a value that names a change (102 is declared revoked), the run stops before anything is changed.
    const applied = await run(['apply', '--only', '102', '--only', '4711'], account);
    expect(applied.code).toBe(3);
    expect(applied.io.err()).toContain('error: --only 4711: account 7654321_SB2 has no token or certificate with that id');
    expect(requestsTo(account.emulator, '/rest/revoketoken')).toBe(0);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('active');
    // 105 is not declared but NetSuite shows it: a subject all the same.
    expect((await run(['plan', '--only', '105'], account)).code).toBe(0);
  });

  it('keeps JSON on stdout whole', async () => {
    account = await startTestAccount();
    const { io } = await run(['plan', '--only', '102', '--format', 'json'], account);
    const plan = JSON.parse(io.out()) as { changes: { subject: { id: string } }[] };
    expect(plan.changes.map((change) => change.subject.id)).toEqual(['102']);
  });
});
