import type { RunningEmulator } from '../../src/emulator/index.js';

/**
 * The demo seed's two certificate mappings as the operator's tests use them: an M2M bundle of a
 * mapping's current certificate (optionally with another mapping's key, for a refused sign-in), and a
 * desired-state file declaring both.
 */

export const DEMO_ACCOUNT = '1234567_SB1';

export function demoBundle(emulator: RunningEmulator, mapping: string, keyOf: string = mapping): string {
  const credentials = emulator.m2mCredentials(mapping);
  const current = credentials?.current;
  const key = emulator.m2mCredentials(keyOf)?.current?.privateKeyPem;
  if (credentials === undefined || current === null || current === undefined || key === null || key === undefined) throw new Error(`The demo seed has no usable certificate for ${mapping}.`);
  return JSON.stringify({ kind: 'netsuite-m2m', version: 1, accountId: DEMO_ACCOUNT, clientId: credentials.clientId, certificateId: current.certificateId, algorithm: current.algorithm, privateKey: key, validUntil: current.validUntil });
}

/** token-gitops (the operator's own, active) and expense-sync in the given state, each with its bundle variable. */
export function demoCertificatesConfig(emulator: RunningEmulator, expenseState: 'active' | 'revoked'): string {
  const client = (mapping: string): string => emulator.m2mCredentials(mapping)?.clientId ?? '';
  return `version: 1
account: "${DEMO_ACCOUNT}"
policy: { unmanaged: ignore }
tokens: []
certificates:
  - mapping: token-gitops
    clientId: "${client('token-gitops')}"
    entity: "302"
    role: "1002"
    state: active
    owner: "@acme/platform"
    credentials: env:NETSUITE_CREDENTIALS
  - mapping: expense-sync
    clientId: "${client('expense-sync')}"
    entity: "309"
    role: "1008"
    state: ${expenseState}
    owner: "@acme/finance-systems"
    credentials: env:EXPENSE_SYNC_M2M
`;
}
