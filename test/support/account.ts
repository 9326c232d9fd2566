import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorOrigins, type RunningEmulator } from '../../src/emulator/index.js';
import type { EmulatorSeed } from '../../src/emulator/seed.js';
import type { Environment } from '../../src/ports.js';
import { main } from '../../src/cli.js';
import { captureIo, type CapturedIo } from './io.js';

/**
 * A small account for end-to-end command tests: the operator's own token, a retired token whose
 * credentials the file references, tokens for an administrator, an unchanged one and an unmanaged one.
 * Every secret is a canary: tests assert none of them is ever printed or written.
 */
export const CANARIES = {
  operatorConsumerSecret: 'CANARY-operator-consumer-secret-7f3a9c',
  operatorTokenSecret: 'CANARY-operator-token-secret-5b21e8',
  retiredConsumerSecret: 'CANARY-retired-consumer-secret-c0ffee',
  retiredTokenSecret: 'CANARY-retired-token-secret-d15ea5e',
} as const;

export const ACCOUNT = '7654321_SB2';

export function testSeed(): EmulatorSeed {
  return {
    account: ACCOUNT,
    integrations: [
      { id: '1', name: 'Token GitOps', consumerKey: 'ck-operator-0000000000000000000000000001', consumerSecret: CANARIES.operatorConsumerSecret, state: 'enabled' },
      { id: '2', name: 'Legacy Sync', consumerKey: 'ck-retired-0000000000000000000000000002', consumerSecret: CANARIES.retiredConsumerSecret, state: 'enabled' },
      { id: '3', name: 'Expense Tool', consumerKey: 'ck-expense-0000000000000000000000000003', consumerSecret: 'expense-consumer-secret-not-a-canary', state: 'enabled' },
    ],
    entities: [{ id: '10', name: 'svc-gitops' }, { id: '11', name: 'svc-legacy' }, { id: '12', name: 'svc-expense' }, { id: '13', name: 'jdoe' }],
    roles: [{ id: '20', name: 'Token Operator' }, { id: '21', name: 'Integration' }],
    tokens: [
      { id: '101', name: 'Operator token', integration: '1', entity: '10', role: '20', created: '2026-06-01T00:00:00Z', tokenId: 'tk-operator-000000000000000000000101', tokenSecret: CANARIES.operatorTokenSecret },
      { id: '102', name: 'Legacy sync token', integration: '2', entity: '11', role: '21', created: '2025-01-01T00:00:00Z', tokenId: 'tk-retired-000000000000000000000102', tokenSecret: CANARIES.retiredTokenSecret },
      { id: '103', name: 'Expense token', integration: '3', entity: '12', role: '21', created: '2026-03-01T00:00:00Z' },
      { id: '104', name: 'Expense reporting', integration: '3', entity: '12', role: '21', created: '2026-09-01T00:00:00Z' },
      { id: '105', name: 'Test token - jdoe', integration: '3', entity: '13', role: '21', created: '2026-10-01T00:00:00Z' },
    ],
    loginAudit: [
      { date: '2026-11-20T10:00:00Z', status: 'Success', application: 'Token GitOps', token: 'Operator token', user: '10', role: '20' },
      { date: '2026-11-21T10:00:00Z', status: 'Success', application: 'Expense Tool', token: 'Expense reporting', user: '12', role: '21' },
    ],
  };
}

export const TEST_CONFIG = `version: 1
account: "${ACCOUNT}"
policy:
  unmanaged: report
  maxChangesPerRun: 5
tokens:
  - id: "101"
    state: active
    owner: "@acme/platform"
    protect: true
    credentials:
      consumerKey: env:NETSUITE_CONSUMER_KEY
      consumerSecret: env:NETSUITE_CONSUMER_SECRET
      tokenId: env:NETSUITE_TOKEN_ID
      tokenSecret: env:NETSUITE_TOKEN_SECRET
  - id: "102"
    state: revoked
    owner: "@acme/integrations"
    credentials:
      consumerKey: env:LEGACY_CONSUMER_KEY
      consumerSecret: env:LEGACY_CONSUMER_SECRET
      tokenId: env:LEGACY_TOKEN_ID
      tokenSecret: env:LEGACY_TOKEN_SECRET
  - id: "103"
    state: inactive
    owner: "@acme/finance"
  - name: "Expense reporting"
    application: Expense Tool
    state: active
    owner: "@acme/finance"
`;

export interface TestAccount {
  readonly emulator: RunningEmulator;
  readonly dir: string;
  readonly configPath: string;
  readonly env: Environment;
  close(): Promise<void>;
}

/** NetSuite's three base URLs: an emulator's split origins, or one URL for all three (a fake server). */
export function netsuiteUrls(target: string | EmulatorOrigins): Record<'NETSUITE_REST_URL' | 'NETSUITE_RESTLETS_URL' | 'NETSUITE_UI_URL', string> {
  const origins = typeof target === 'string' ? { rest: target, restlets: target, system: target } : target;
  return { NETSUITE_REST_URL: origins.rest, NETSUITE_RESTLETS_URL: origins.restlets, NETSUITE_UI_URL: origins.system };
}

/** The environment of a run against the test account: endpoints at the emulator, canary credentials. */
export function testAccountEnv(target: string | EmulatorOrigins): Record<string, string> {
  return {
    ...netsuiteUrls(target),
    NETSUITE_CONSUMER_KEY: 'ck-operator-0000000000000000000000000001',
    NETSUITE_CONSUMER_SECRET: CANARIES.operatorConsumerSecret,
    NETSUITE_TOKEN_ID: 'tk-operator-000000000000000000000101',
    NETSUITE_TOKEN_SECRET: CANARIES.operatorTokenSecret,
    LEGACY_CONSUMER_KEY: 'ck-retired-0000000000000000000000000002',
    LEGACY_CONSUMER_SECRET: CANARIES.retiredConsumerSecret,
    LEGACY_TOKEN_ID: 'tk-retired-000000000000000000000102',
    LEGACY_TOKEN_SECRET: CANARIES.retiredTokenSecret,
  };
}

/** Starts the emulator with the test seed and writes the config into a fresh temporary directory. */
export async function startTestAccount(options: { config?: string; seed?: EmulatorSeed; now?: () => Date } = {}): Promise<TestAccount> {
  const seed = options.seed ?? testSeed();
  const emulator = await startEmulator({ seed, origins: 'split', ...(options.now === undefined ? {} : { now: options.now }) });
  const dir = await mkdtemp(join(tmpdir(), 'nst-e2e-'));
  const configPath = join(dir, 'netsuite-tokens.yaml');
  await writeFile(configPath, options.config ?? TEST_CONFIG);
  return { emulator, dir, configPath, env: testAccountEnv(emulator.origins), close: () => emulator.close() };
}

/** Plays the administrator through the emulator's control endpoint (not a NetSuite API). */
export async function administrator(emulator: RunningEmulator, path: string, body: object = {}): Promise<void> {
  const response = await fetch(`${emulator.controlUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status} ${await response.text()}`);
}

export function requestsTo(emulator: RunningEmulator, path: string): number {
  return emulator.state().counters.requestsByPath[path] ?? 0;
}

export async function writeConfig(account: TestAccount, text: string): Promise<void> {
  await writeFile(account.configPath, text);
}

/** One in-process CLI run against the test account, in its directory, with its environment (plus `env`). */
export async function run(args: readonly string[], target: TestAccount, env: Record<string, string> = {}): Promise<{ code: number; io: CapturedIo }> {
  const io = captureIo({ env: { ...target.env, ...env }, cwd: target.dir });
  const code = await main(args, io);
  return { code, io };
}
