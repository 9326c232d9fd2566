import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { StatusFile } from '../../src/domain/status.js';
import { readStatus } from '../../src/status/status-file.js';
import { loadValidator } from '../../src/schemas/validators.js';
import { TEST_CONFIG, administrator, startTestAccount, type TestAccount } from '../support/account.js';
import { STACK_FRAME, runCli } from '../support/runs.js';

/**
 * Status files as apply writes them, read back through schemas/status.schema.json. writeStatus refuses
 * to write a status the schema rejects, so every apply in every test checks it; here the runs are
 * chosen to put every part of the format in a file (pending, failed, findings, missing, a CI link).
 */

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

const STATUS_FILE = 'netsuite-tokens.status.yaml';
/** One clock for the emulator and the CLI, so ages and findings do not depend on the day the test runs. */
const NOW = new Date('2026-11-23T12:00:00Z');
const now = (): Date => NOW;
const CI_ENV = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/netsuite', GITHUB_RUN_ID: '42' };

/** The test config with a rotation and unused policy, and one entry for a token NetSuite does not have. */
const CONFIG = `${TEST_CONFIG.replace('  maxChangesPerRun: 5\n', '  maxChangesPerRun: 5\n  maxAge: 180d\n  unusedFor: 30d\n')}  - id: "999"
    state: active
    owner: "@acme/finance"
`;

async function apply(target: TestAccount, env: Record<string, string> = {}): Promise<StatusFile> {
  const run = await runCli(['apply'], { env: { ...target.env, ...CI_ENV, ...env }, cwd: target.dir, now });
  expect(run.err).not.toContain('This is a bug');
  const text = await readFile(join(target.dir, STATUS_FILE), 'utf8');
  const value: unknown = parse(text);
  const check = (await loadValidator('status'))(value);
  expect(check.valid ? [] : check.errors.map((error) => `${error.instancePath} ${error.message ?? ''}`)).toEqual([]);
  // What readStatus returns is exactly what was written.
  expect(await readStatus(join(target.dir, STATUS_FILE))).toEqual(value);
  return value as StatusFile;
}

describe('status files written by apply', () => {
  it('validate against schemas/status.schema.json, whatever the run found', async () => {
    const written: StatusFile[] = [];
    account = await startTestAccount({ config: CONFIG, now });
    written.push(await apply(account));
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });
    written.push(await apply(account));
    await administrator(account.emulator, '/tokens/104/inactive', { inactive: true });
    written.push(await apply(account));
    await account.close();

    account = await startTestAccount({ config: CONFIG, now });
    written.push(await apply(account, { LEGACY_TOKEN_SECRET: 'wrong-secret-so-the-signature-fails' }));

    const tokens = written.flatMap((status) => status.tokens);
    const covered = {
      pending: tokens.some((token) => token.pending.length > 0),
      failed: tokens.some((token) => token.failed.length > 0),
      findings: [...new Set(tokens.flatMap((token) => token.findings))].sort(),
      missing: written.some((status) => status.missing.length > 0),
      confirmed: written.some((status) => status.summary.confirmed > 0),
      ciLink: written.every((status) => status.run.url === 'https://github.example/acme/netsuite/actions/runs/42'),
      revokedAt: tokens.some((token) => token.revokedAt !== null),
      lastUsedAt: tokens.some((token) => token.lastUsedAt !== null),
      knownAge: tokens.some((token) => token.ageDays !== null),
      protected: tokens.some((token) => token.protected),
      undeclared: tokens.some((token) => token.desired === null),
    };
    expect(covered).toEqual({
      pending: true,
      failed: true,
      findings: ['drift', 'rotation-due', 'unmanaged', 'unused'],
      missing: true,
      confirmed: true,
      ciLink: true,
      revokedAt: true,
      lastUsedAt: true,
      knownAge: true,
      protected: true,
      undeclared: true,
    });
  });

  it('refuse a state netsuite-tokens never writes with exit 3 at the line and column of the value, not "This is a bug"', async () => {
    account = await startTestAccount();
    await writeFile(join(account.dir, STATUS_FILE), 'statusVersion: 1\naccount: "7654321_SB2"\ntokens: [{id: "7", state: bogus}]\n');
    for (const command of ['plan', 'apply']) {
      const run = await runCli([command], { env: account.env, cwd: account.dir });
      expect(run.code, command).toBe(3);
      // Named as the desired-state file was (relative to where the command ran), like the file's own problems.
      expect(run.err).toMatch(/^netsuite-tokens\.status\.yaml:3:27: /m);
      expect(run.err).toContain(`${STATUS_FILE}:3:27: The status file is not one netsuite-tokens wrote (it may have been edited by hand): state must be one of "active", "inactive", "revoked". (at /tokens/0/state)`);
      expect(run.err).toContain(`${STATUS_FILE}:3:10: `);
      expect(run.err).not.toContain(account.dir);
      expect(run.err).toMatch(/^error: \d+ problems in the status file\. Restore it from git history/m);
      expect(run.err).not.toContain('This is a bug');
      expect(run.err).not.toMatch(STACK_FRAME);
    }
  });
});
