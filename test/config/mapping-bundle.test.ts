import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfigText } from '../../src/config/load-config-text.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { ConfigError, UsageError } from '../../src/support/errors.js';
import { packageRoot } from '../../src/support/package-root.js';
import { netsuiteUrls } from '../support/account.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';
import { runCli } from '../support/runs.js';

/**
 * SPEC §10, §12.3: a mapping's credentials bundle is that mapping's — for its client and the file's
 * account — or the configuration is refused (exit 3) before any request, naming the variable and the
 * mapping and never a secret value. A bundle of another mapping used to reach NetSuite, whose refusal
 * read as a permission the mapping lacks (an `unobservable` finding, exit 0).
 */

const KEY = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const bundle = (fields: Record<string, string>): string => JSON.stringify({ kind: 'netsuite-m2m', version: 1, accountId: '1234567', clientId: 'client-a', certificateId: 'cert-A', algorithm: 'ES256', privateKey: KEY, validUntil: '2027-01-01T00:00:00Z', ...fields });

const FILE = `version: 1
account: "1234567"
tokens: []
certificates:
  - mapping: expense-sync
    clientId: "client-a"
    entity: "1651"
    role: "1073"
    state: active
    credentials: env:EXPENSE_SYNC_M2M
  - mapping: payroll
    clientId: "client-b"
    entity: "1652"
    role: "1073"
    state: active
    credentials: env:PAYROLL_M2M
`;

function refusal(env: Record<string, string>): Error {
  const load = loadConfigText(FILE, 'netsuite-tokens.yaml');
  if (!load.ok) throw new Error(load.problems.map((problem) => problem.message).join('\n'));
  try {
    buildDesiredState(load.loaded, env);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('the desired state was built');
}

describe('a mapping\'s credentials bundle', () => {
  it('must be for the mapping\'s client: every mapping with another\'s bundle is named at its credentials line', () => {
    const error = refusal({ EXPENSE_SYNC_M2M: bundle({ clientId: 'client-b' }), PAYROLL_M2M: bundle({ clientId: 'client-a' }) });
    if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${error.name}: ${error.message}`);
    expect(error.problems).toEqual([
      { file: 'netsuite-tokens.yaml', line: 10, column: 18, pointer: '/certificates/0/credentials', message: 'The credentials bundle in EXPENSE_SYNC_M2M is for client ID "client-b", but mapping "expense-sync" declares clientId "client-a"; set EXPENSE_SYNC_M2M to this mapping\'s bundle, or correct its clientId.' },
      { file: 'netsuite-tokens.yaml', line: 16, column: 18, pointer: '/certificates/1/credentials', message: 'The credentials bundle in PAYROLL_M2M is for client ID "client-a", but mapping "payroll" declares clientId "client-b"; set PAYROLL_M2M to this mapping\'s bundle, or correct its clientId.' },
    ]);
    expect(JSON.stringify(error.problems)).not.toContain('PRIVATE KEY');
  });

  it('must be for the file\'s account', () => {
    const error = refusal({ EXPENSE_SYNC_M2M: bundle({ accountId: '7654321_SB1' }), PAYROLL_M2M: bundle({ clientId: 'client-b' }) });
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('The credentials bundle in EXPENSE_SYNC_M2M is for account 7654321_SB1, not 1234567.');
  });
});

describe('plan with a mapping\'s variable holding another mapping\'s bundle', () => {
  let emulator: RunningEmulator | null = null;
  let dir: string | null = null;
  afterEach(async () => {
    await emulator?.close();
    emulator = null;
    if (dir !== null) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('exits 3 before any request, naming the variable and the mapping, and no key', async () => {
    const running = await startEmulator({ seed: await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml')), origins: 'split' });
    emulator = running;
    dir = await mkdtemp(join(tmpdir(), 'nst-mapping-bundle-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), demoCertificatesConfig(running, 'active'));
    const operator = demoBundle(running, 'token-gitops');
    const before = running.state().counters;
    const run = await runCli(['plan'], { env: { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: operator, EXPENSE_SYNC_M2M: operator }, cwd: dir });
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^netsuite-tokens\.yaml:\d+:\d+: The credentials bundle in EXPENSE_SYNC_M2M is for client ID "\w+", but mapping "expense-sync" declares clientId "\w+"; /m);
    expect(run.out).toBe('');
    expect(running.state().counters).toEqual(before);
    const key = running.m2mCredentials('token-gitops')?.current?.privateKeyPem ?? '';
    for (const line of key.split('\n').filter((text) => text.length > 20 && !text.startsWith('-----'))) expect(run.err).not.toContain(line);
  });
});
