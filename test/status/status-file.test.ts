import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStatus, writeStatus } from '../../src/status/status-file.js';
import { statusPathFor } from '../../src/status/status-path.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { historyFrom, type StatusFile, type StatusToken } from '../../src/domain/status.js';
import { ConfigError } from '../../src/support/errors.js';

const STATUS: StatusFile = {
  statusVersion: 1,
  account: '1234567_SB1',
  run: { startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:00:02.000Z', url: null },
  observedAt: '2026-11-20T10:00:01.000Z',
  summary: { tokens: 2, managed: 2, done: 0, pending: 1, failed: 0, blocked: 0, confirmed: 0, findings: 0 },
  tokens: [
    { id: '7', name: 'Ops: "quoted" # not a comment', application: null, user: null, role: null, state: 'active', desired: 'inactive', owner: '@acme/ops', protected: false, createdAt: null, revokedAt: null, lastUsedAt: null, ageDays: null, pending: [{ action: 'inactivate', via: 'admin', link: 'https://x/app/setup/accesstoken.nl?id=7&e=T', detail: null }], failed: [], findings: [] },
    { id: '8', name: 'Operator', application: null, user: null, role: null, state: 'active', desired: null, owner: null, protected: true, createdAt: null, revokedAt: null, lastUsedAt: null, ageDays: null, pending: [], failed: [], findings: ['unmanaged'] },
  ],
  missing: [],
};

async function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'nst-status-'));
}

describe('status file store', () => {
  it('names the status file after the config', () => {
    expect(statusPathFor('/repo/netsuite-tokens.yaml')).toBe('/repo/netsuite-tokens.status.yaml');
    expect(statusPathFor('/repo/accounts/prod.yml')).toBe('/repo/accounts/prod.status.yaml');
  });

  it('round-trips what it writes, leaving no temporary file behind', async () => {
    const dir = await temporaryDirectory();
    const path = join(dir, 'netsuite-tokens.status.yaml');
    await writeStatus(path, STATUS);
    expect(await readStatus(path)).toEqual(STATUS);
    expect(await readdir(dir)).toEqual(['netsuite-tokens.status.yaml']);
    expect(await readFile(path, 'utf8')).toMatch(/^# Written by netsuite-tokens/);
  });

  it('reads a status file as it writes it without the yaml library, and one with escaped text through it, alike', async () => {
    const dir = await temporaryDirectory();
    const escaped: StatusFile = { ...STATUS, tokens: STATUS.tokens.map((token) => ({ ...token, name: `${token.name}\\ \ttab` })) };
    for (const [status, plain] of [[STATUS, true], [escaped, false]] as const) {
      const path = join(dir, `${String(plain)}.status.yaml`);
      await writeStatus(path, status);
      expect(readPlainYaml(await readFile(path, 'utf8')) !== null).toBe(plain);
      expect(await readStatus(path)).toEqual(status);
    }
  });

  it('reads no status file as no history', async () => {
    expect(await readStatus(join(await temporaryDirectory(), 'absent.status.yaml'))).toBeNull();
    expect(historyFrom(null).protectedKeys.size).toBe(0);
  });

  it('remembers protection, last states and pending administrator work for the next run', () => {
    const history = historyFrom(STATUS);
    expect([...history.protectedKeys]).toEqual(['tba-token:8']);
    expect(history.previous.get('tba-token:7')).toEqual({ state: 'active', desired: 'inactive', observedAt: STATUS.observedAt });
    expect(history.pending.get('tba-token:7')).toEqual(['inactivate']);
    expect(history.pending.has('8')).toBe(false);
  });

  it('refuses a status file it did not write, rather than forget which tokens are protected', async () => {
    const dir = await temporaryDirectory();
    for (const text of ['tokens: [unclosed', 'statusVersion: 2\naccount: x\ntokens: []\n', '- just\n- a list\n']) {
      const path = join(dir, 'netsuite-tokens.status.yaml');
      await writeFile(path, text);
      const error = await readStatus(path).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0]?.message).toContain('not one netsuite-tokens wrote');
      expect((error as ConfigError).hint).toContain('Restore it from git history');
      // Deleting it costs more than protection: rotations under way are forgotten too.
      expect((error as ConfigError).hint).toContain('every rotation under way');
    }
  });

  it('points at the line and column of a value the schema refuses, in a file it wrote', async () => {
    const dir = await temporaryDirectory();
    const path = join(dir, 'netsuite-tokens.status.yaml');
    await writeStatus(path, STATUS);
    const lines = (await readFile(path, 'utf8')).split('\n');
    const stateLine = lines.findIndex((line) => line === '    state: active');
    lines[stateLine] = '    state: bogus';
    await writeFile(path, lines.join('\n'));
    const error = await readStatus(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([{
      file: path,
      line: stateLine + 1,
      column: 12,
      pointer: '/tokens/0/state',
      message: 'The status file is not one netsuite-tokens wrote (it may have been edited by hand): state must be one of "active", "inactive", "revoked".',
    }]);
  });

  it('names every key a token entry lacks in one problem, at the entry', async () => {
    const dir = await temporaryDirectory();
    const path = join(dir, 'netsuite-tokens.status.yaml');
    await writeStatus(path, STATUS);
    const text = (await readFile(path, 'utf8')).replace(/^ {4}(ageDays|lastUsedAt): null\n/gm, '');
    await writeFile(path, text);
    const error = await readStatus(path).catch((caught: unknown) => caught);
    expect((error as ConfigError).problems.map((problem) => `${problem.line}:${problem.column} ${problem.pointer} ${problem.message.replace(/^.*by hand\): /, '')}`)).toEqual([
      `${lineOf(text, '  - id: "7"')}:5 /tokens/0 Entry 1 of tokens has no lastUsedAt or ageDays; add them.`,
      `${lineOf(text, '  - id: "8"')}:5 /tokens/1 Entry 2 of tokens has no lastUsedAt or ageDays; add them.`,
    ]);
  });

  it('refuses an empty file, aliases and a file of the wrong shape as files it did not write, never with a crash', async () => {
    const dir = await temporaryDirectory();
    const path = join(dir, 'netsuite-tokens.status.yaml');
    for (const text of ['', '# only a comment\n', 'a: &x [*x]\n', 'statusVersion: 1\naccount: 7\ntokens: {}\n']) {
      await writeFile(path, text);
      const error = await readStatus(path).catch((caught: unknown) => caught);
      expect(error, text).toBeInstanceOf(ConfigError);
      for (const problem of (error as ConfigError).problems) {
        expect(problem.file).toBe(path);
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.message).toContain('not one netsuite-tokens wrote');
      }
    }
  });

  it('does not write a status that it would refuse to read back', async () => {
    const dir = await temporaryDirectory();
    const path = join(dir, 'netsuite-tokens.status.yaml');
    const [first, ...rest] = STATUS.tokens;
    if (first === undefined) throw new Error('the fixture has tokens');
    const bad = { ...STATUS, tokens: [{ ...first, state: 'bogus' as StatusToken['state'] }, ...rest] };
    await expect(writeStatus(path, bad)).rejects.toThrow('The status about to be written does not match schemas/status.schema.json: state must be one of "active", "inactive", "revoked". (at /tokens/0/state)');
    expect(await readdir(dir)).toEqual([]);
  });
});

function lineOf(text: string, line: string): number {
  return text.split('\n').indexOf(line) + 1;
}
