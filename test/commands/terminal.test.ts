import { afterEach, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { main } from '../../src/cli.js';
import type { Ask } from '../../src/support/io.js';
import { answering, captureIo, type CapturedIo } from '../support/io.js';
import { TEST_CONFIG, requestsTo, startTestAccount, writeConfig, type TestAccount } from '../support/account.js';
import { terminalAnswering } from '../support/terminal.js';

/** What a person at a terminal sees: the question before an irreversible change, colour, and lines that fit. */

const REVOKE = '/rest/revoketoken';
// eslint-disable-next-line no-control-regex -- looking for the escape character itself
const ESCAPE = /\u001b\[/;

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

async function atTerminal(args: string[], target: TestAccount, terminal: { ask?: Ask; columns?: number } = {}, env: Record<string, string> = {}): Promise<{ code: number; io: CapturedIo }> {
  const io = captureIo({ env: { ...target.env, ...env }, cwd: target.dir, terminal });
  const code = await main(args, io);
  return { code, io };
}

function tokenState(target: TestAccount, id: string): string | undefined {
  return target.emulator.state().tokens.find((token) => token.id === id)?.state;
}

describe('apply on a terminal', () => {
  it('shows the plan and asks before revoking; "yes" applies it', async () => {
    account = await startTestAccount();
    const person = answering('yes');
    const { code, io } = await atTerminal(['apply'], account, { ask: person });
    expect(code).toBe(0);
    expect(person.questions).toEqual(['\nApply 1 change through NetSuite\'s API to account 7654321_SB2? Revoking cannot be undone. Only "yes" is accepted: ']);
    // The plan comes first, on stderr: stdout carries only the results.
    expect(io.err()).toContain('Plan for NetSuite account 7654321_SB2');
    expect(io.err()).toContain('Revoke (1)');
    expect(io.out()).toContain('Apply for NetSuite account 7654321_SB2');
    expect(tokenState(account, '102')).toBe('revoked');
  });

  it('changes nothing when the answer is anything but yes, and says so (exit 4: the question is a safety guard, and nothing failed)', async () => {
    account = await startTestAccount();
    for (const answer of ['no', '', 'y', 'YES please']) {
      const { code, io } = await atTerminal(['apply'], account, { ask: answering(answer) });
      expect(code).toBe(4);
      expect(io.err()).toContain('error: Apply cancelled: nothing was changed in NetSuite.\n  Run apply again and answer "yes", or pass --yes where nobody can be asked.\n');
      expect(io.out()).toBe('');
    }
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
    expect(tokenState(account, '102')).toBe('active');
    expect(await readdir(account.dir)).toEqual(['netsuite-tokens.yaml']);
  });

  it('asks in plain text, without cursor escapes, when colour is off (--no-color, NO_COLOR)', async () => {
    account = await startTestAccount();
    for (const [args, env] of [[['apply', '--no-color'], {}], [['apply'], { NO_COLOR: '1' }]] as const) {
      const terminal = terminalAnswering(new AbortController().signal, 'no');
      const { code, io } = await atTerminal([...args], account, { ask: terminal.ask }, env);
      expect(code).toBe(4);
      expect(terminal.shown()).toBe('\nApply 1 change through NetSuite\'s API to account 7654321_SB2? Revoking cannot be undone. Only "yes" is accepted: ');
      expect(io.err()).not.toMatch(ESCAPE);
    }
    // With colour, readline edits the line on the terminal as before.
    const coloured = terminalAnswering(new AbortController().signal, 'no');
    expect((await atTerminal(['apply'], account, { ask: coloured.ask })).code).toBe(4);
    expect(coloured.shown()).toMatch(ESCAPE);
    expect(tokenState(account, '102')).toBe('active');
  });

  it('accepts "yes" in any case and with spaces around it', async () => {
    account = await startTestAccount();
    expect((await atTerminal(['apply'], account, { ask: answering('  Yes \n') })).code).toBe(0);
    expect(tokenState(account, '102')).toBe('revoked');
  });

  it('does not ask with --yes, with --plan, or when only an administrator has work to do', async () => {
    account = await startTestAccount();
    const withYes = answering();
    expect((await atTerminal(['apply', '--yes'], account, { ask: withYes })).code).toBe(0);
    expect(withYes.questions).toEqual([]);
    expect(tokenState(account, '102')).toBe('revoked');
    await account.close();

    account = await startTestAccount();
    await atTerminal(['plan', '--out', 'plan.json'], account);
    const withPlan = answering();
    expect((await atTerminal(['apply', '--plan', 'plan.json'], account, { ask: withPlan })).code).toBe(0);
    expect(withPlan.questions).toEqual([]);
    expect(tokenState(account, '102')).toBe('revoked');

    // 102 is revoked now: what is left (103) is for an administrator, so nothing is asked.
    const adminOnly = answering();
    expect((await atTerminal(['apply'], account, { ask: adminOnly })).code).toBe(0);
    expect(adminOnly.questions).toEqual([]);
  });

  it('never asks where nobody can answer (not a terminal, CI): it applies as before', async () => {
    account = await startTestAccount();
    const io = captureIo({ env: account.env, cwd: account.dir });
    expect(io.ask).toBeNull();
    expect(await main(['apply'], io)).toBe(0);
    expect(tokenState(account, '102')).toBe('revoked');
  });

  it('does not ask about a plan a guard refuses: it is refused (exit 4)', async () => {
    account = await startTestAccount();
    await writeConfig(account, TEST_CONFIG.replace('maxChangesPerRun: 5', 'maxChangesPerRun: 1'));
    const person = answering();
    const { code } = await atTerminal(['apply'], account, { ask: person });
    expect(code).toBe(4);
    expect(person.questions).toEqual([]);
  });
});

describe('colour', () => {
  it('is used on a terminal, and never with NO_COLOR or --no-color', async () => {
    account = await startTestAccount();
    expect((await atTerminal(['plan'], account)).io.out()).toMatch(ESCAPE);
    const noColor = await atTerminal(['plan'], account, {}, { NO_COLOR: '1' });
    expect(noColor.io.out()).not.toMatch(ESCAPE);
    expect(noColor.io.out()).toContain('Revoke (1)');
    expect((await atTerminal(['plan', '--no-color'], account)).io.out()).not.toMatch(ESCAPE);
    expect((await atTerminal(['--no-color', 'apply', '--yes'], account)).io.out()).not.toMatch(ESCAPE);
    // An empty NO_COLOR does not count (no-color.org).
    expect((await atTerminal(['plan'], account, {}, { NO_COLOR: '' })).io.out()).toMatch(ESCAPE);
  });

  it('is never used when the output is not a terminal', async () => {
    account = await startTestAccount();
    const io = captureIo({ env: account.env, cwd: account.dir });
    await main(['plan'], io);
    expect(io.out()).not.toMatch(ESCAPE);
  });
});

describe('width', () => {
  /** Lines a person would see cut: longer than the width and not a single unbreakable word (a link). */
  function overflowing(text: string, columns: number): string[] {
    return text.split('\n').filter((line) => Array.from(line).length > columns && line.trim().includes(' '));
  }

  it('fits plan and apply to COLUMNS: tables give up width, sentences wrap', async () => {
    account = await startTestAccount();
    const wide = await atTerminal(['plan', '--no-color'], account);
    expect(Math.max(...wide.io.out().split('\n').map((line) => line.length))).toBeGreaterThan(80);

    const plan = await atTerminal(['plan', '--no-color'], account, {}, { COLUMNS: '80' });
    expect(overflowing(plan.io.out(), 80)).toEqual([]);
    // Still a table that lines up: the user and role columns (part of a token's name in NetSuite) made room.
    const lines = plan.io.out().split('\n');
    const header = lines.indexOf('Revoke (1)') + 1;
    expect(lines.slice(header, header + 2)).toEqual([
      '  ID   TOKEN              APPLICATION  FROM    VIA  OWNER               STATUS',
      '  102  Legacy sync token  Legacy Sync  active  API  @acme/integrations  ready',
    ]);
    expect(lines.slice(header + 2, header + 4)).toEqual([
      '      Declared revoked with its credentials set, so the operator revokes this',
      '      token through rest/revoketoken, signed with the token itself.',
    ]);

    const apply = await atTerminal(['apply', '--yes', '--no-color'], account, {}, { COLUMNS: '80' });
    expect(overflowing(apply.io.out(), 80)).toEqual([]);
  });

  it('fits the terminal\'s own width when COLUMNS is not set', async () => {
    account = await startTestAccount();
    const { io } = await atTerminal(['plan'], account, { columns: 72 });
    // eslint-disable-next-line no-control-regex -- the escape sequences take no room on screen
    expect(overflowing(io.out().replace(/\u001b\[\d+m/g, ''), 72)).toEqual([]);
  });

  it('leaves piped output unfitted, for tools that read it', async () => {
    account = await startTestAccount();
    const io = captureIo({ env: account.env, cwd: account.dir });
    await main(['plan'], io);
    expect(io.out()).toContain('Declared revoked with its credentials set, so the operator revokes this token through rest/revoketoken, signed with the token itself.');
  });
});
