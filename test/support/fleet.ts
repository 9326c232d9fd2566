import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EmulatorOrigins, EmulatorSeed, RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import { netsuiteUrls } from './account.js';

/**
 * A slightly larger account than test/support/account.ts, for reliability and security tests: the
 * operator's own token, `retired` tokens the file declares revoked and whose credentials it
 * references (so apply revokes each through rest/revoketoken, several requests in flight at once),
 * one token an administrator must inactivate, one kept active and one unmanaged. Every secret is a
 * canary, distinct per credential, so a leak names its source.
 */

export const FLEET_ACCOUNT = '7654321_SB3';

/** Fixed clock for emulator and CLI alike: runs with the same inputs write the same status file. */
export const FLEET_NOW = new Date('2026-11-23T12:00:00Z');

const OPERATOR = {
  consumerKey: 'ck-fleet-operator-00000000000000000000001',
  tokenId: 'tk-fleet-operator-0000000000000000000000001',
} as const;
const LEGACY_CONSUMER_KEY = 'ck-fleet-legacy-000000000000000000000002';

export interface FleetCanaries {
  readonly operatorConsumerSecret: string;
  readonly operatorTokenSecret: string;
  readonly legacyConsumerSecret: string;
  /** One per retired token, in order. */
  readonly retiredTokenSecrets: readonly string[];
}

export function fleetCanaries(retired: number): FleetCanaries {
  return {
    operatorConsumerSecret: 'CANARY-fleet-operator-consumer-secret-91c2',
    operatorTokenSecret: 'CANARY-fleet-operator-token-secret-44ad',
    legacyConsumerSecret: 'CANARY-fleet-legacy-consumer-secret-0b7e',
    retiredTokenSecrets: Array.from({ length: retired }, (_, index) => `CANARY-fleet-retired-${index + 1}-token-secret-${(0x5eed + index).toString(16)}`),
  };
}

export function allCanaries(canaries: FleetCanaries): string[] {
  return [canaries.operatorConsumerSecret, canaries.operatorTokenSecret, canaries.legacyConsumerSecret, ...canaries.retiredTokenSecrets];
}

/** Token ids: 201 operator, 202.. retired, then admin, kept, unmanaged. */
export interface FleetLayout {
  readonly retiredIds: readonly string[];
  readonly adminId: string;
  readonly keptId: string;
  readonly unmanagedId: string;
}

export function fleetLayout(retired: number): FleetLayout {
  const retiredIds = Array.from({ length: retired }, (_, index) => String(202 + index));
  const next = 202 + retired;
  return { retiredIds, adminId: String(next), keptId: String(next + 1), unmanagedId: String(next + 2) };
}

function retiredTokenKey(index: number): string {
  return `tk-fleet-retired-${String(index + 1).padStart(3, '0')}-00000000000000000000`;
}

export function fleetSeed(retired: number): EmulatorSeed {
  const canaries = fleetCanaries(retired);
  const layout = fleetLayout(retired);
  return {
    account: FLEET_ACCOUNT,
    integrations: [
      { id: '1', name: 'Token GitOps', consumerKey: OPERATOR.consumerKey, consumerSecret: canaries.operatorConsumerSecret, state: 'enabled' },
      { id: '2', name: 'Legacy Sync', consumerKey: LEGACY_CONSUMER_KEY, consumerSecret: canaries.legacyConsumerSecret, state: 'enabled' },
      { id: '3', name: 'Expense Tool', consumerKey: 'ck-fleet-expense-00000000000000000000003', consumerSecret: 'expense-consumer-secret-not-held', state: 'enabled' },
    ],
    entities: [{ id: '10', name: 'svc-gitops' }, { id: '11', name: 'svc-legacy' }, { id: '12', name: 'svc-expense' }, { id: '13', name: 'jdoe' }],
    roles: [{ id: '20', name: 'Token Operator' }, { id: '21', name: 'Integration' }],
    tokens: [
      { id: '201', name: 'Operator token', integration: '1', entity: '10', role: '20', created: '2026-06-01T00:00:00Z', tokenId: OPERATOR.tokenId, tokenSecret: canaries.operatorTokenSecret },
      ...layout.retiredIds.map((id, index) => ({
        id,
        name: `Legacy sync token ${index + 1}`,
        integration: '2',
        entity: '11',
        role: '21',
        created: '2025-01-01T00:00:00Z',
        tokenId: retiredTokenKey(index),
        tokenSecret: canaries.retiredTokenSecrets[index] ?? '',
      })),
      { id: layout.adminId, name: 'Expense token', integration: '3', entity: '12', role: '21', created: '2026-03-01T00:00:00Z' },
      { id: layout.keptId, name: 'Expense reporting', integration: '3', entity: '12', role: '21', created: '2026-09-01T00:00:00Z' },
      { id: layout.unmanagedId, name: 'Test token - jdoe', integration: '3', entity: '13', role: '21', created: '2026-10-01T00:00:00Z' },
    ],
    loginAudit: [
      { date: '2026-11-21T10:00:00Z', status: 'Success', application: 'Expense Tool', token: 'Expense reporting', user: '12', role: '21' },
    ],
  };
}

export function fleetConfig(retired: number, maxChangesPerRun = 50): string {
  const layout = fleetLayout(retired);
  const retiredEntries = layout.retiredIds.map((id, index) => `  - id: "${id}"
    state: revoked
    owner: "@acme/integrations"
    credentials:
      consumerKey: env:LEGACY_CONSUMER_KEY
      consumerSecret: env:LEGACY_CONSUMER_SECRET
      tokenId: env:RETIRED_${index + 1}_TOKEN_ID
      tokenSecret: env:RETIRED_${index + 1}_TOKEN_SECRET
`).join('');
  return `version: 1
account: "${FLEET_ACCOUNT}"
policy:
  unmanaged: report
  maxChangesPerRun: ${maxChangesPerRun}
tokens:
  - id: "201"
    state: active
    owner: "@acme/platform"
    protect: true
    credentials:
      consumerKey: env:NETSUITE_CONSUMER_KEY
      consumerSecret: env:NETSUITE_CONSUMER_SECRET
      tokenId: env:NETSUITE_TOKEN_ID
      tokenSecret: env:NETSUITE_TOKEN_SECRET
${retiredEntries}  - id: "${layout.adminId}"
    state: inactive
    owner: "@acme/finance"
  - name: "Expense reporting"
    application: Expense Tool
    state: active
    owner: "@acme/finance"
`;
}

/** Every variable the fleet config references, pointing NetSuite's three hosts at an emulator's origins (or all at one URL). */
export function fleetEnv(retired: number, target: string | EmulatorOrigins): Record<string, string> {
  const canaries = fleetCanaries(retired);
  const env: Record<string, string> = {
    ...netsuiteUrls(target),
    NETSUITE_CONSUMER_KEY: OPERATOR.consumerKey,
    NETSUITE_CONSUMER_SECRET: canaries.operatorConsumerSecret,
    NETSUITE_TOKEN_ID: OPERATOR.tokenId,
    NETSUITE_TOKEN_SECRET: canaries.operatorTokenSecret,
    LEGACY_CONSUMER_KEY,
    LEGACY_CONSUMER_SECRET: canaries.legacyConsumerSecret,
  };
  for (let index = 0; index < retired; index += 1) {
    env[`RETIRED_${index + 1}_TOKEN_ID`] = retiredTokenKey(index);
    env[`RETIRED_${index + 1}_TOKEN_SECRET`] = canaries.retiredTokenSecrets[index] ?? '';
  }
  return env;
}

/** A fresh temporary directory holding the fleet config; returns the config path. */
export async function writeFleetConfig(retired: number, options: { maxChangesPerRun?: number } = {}): Promise<{ dir: string; configPath: string; statusPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'nst-fleet-'));
  const configPath = join(dir, 'netsuite-tokens.yaml');
  await writeFile(configPath, fleetConfig(retired, options.maxChangesPerRun));
  return { dir, configPath, statusPath: join(dir, 'netsuite-tokens.status.yaml') };
}

/** The status file as written, or null when there is none. Throws when it does not parse. */
export async function readStatusText(statusPath: string): Promise<string | null> {
  try {
    return await readFile(statusPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function parseStatus(text: string): StatusFile {
  return parse(text, { strict: true, uniqueKeys: true }) as StatusFile;
}

/** Token id → state as NetSuite (the emulator) holds it now. */
export function emulatorStates(emulator: RunningEmulator): Record<string, string> {
  return Object.fromEntries(emulator.state().tokens.map((token) => [token.id, token.state]));
}

/** Token id → state as the status file records it. */
export function recordedStates(status: StatusFile): Record<string, string> {
  return Object.fromEntries(status.tokens.map((token) => [token.id, token.state]));
}
