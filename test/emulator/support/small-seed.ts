import type { EmulatorSeed } from '../../../src/emulator/index.js';
import type { TestCredentials } from './test-signer.js';

/** A fixed clock for the tests: every signed request uses this time. */
export const NOW = new Date('2026-11-01T12:00:00Z');

const hex = (digit: string): string => digit.repeat(64);

/** A small account: two integrations (one blocked), tokens in every state. Secrets are fake. */
export const SMALL_SEED: EmulatorSeed = {
  account: '1234567_SB1',
  integrations: [
    { id: '1', name: 'Token GitOps', consumerKey: hex('a'), consumerSecret: hex('b'), state: 'enabled' },
    { id: '2', name: 'Celigo integrator.io', consumerKey: hex('c'), consumerSecret: hex('d'), state: 'enabled' },
    { id: '3', name: 'Blocked App', consumerKey: hex('e'), consumerSecret: hex('f'), state: 'blocked' },
  ],
  entities: [
    { id: '10', name: 'svc-gitops' },
    { id: '11', name: 'svc-celigo' },
  ],
  roles: [
    { id: '20', name: 'Token Operator' },
    { id: '21', name: 'Celigo Full Access' },
  ],
  tokens: [
    { id: '100', name: 'Token GitOps - svc-gitops - Token Operator', integration: '1', entity: '10', role: '20', created: '2026-01-01T08:00:00Z', tokenId: hex('1'), tokenSecret: hex('2') },
    { id: '101', name: "Celigo - O'Brien - Full", integration: '2', entity: '11', role: '21', created: '2025-06-15T13:45:30Z', tokenId: hex('3'), tokenSecret: hex('4') },
    { id: '102', name: 'Inactive token', integration: '1', entity: '10', role: '20', created: '2025-01-01T00:00:00Z', inactive: true, tokenId: hex('5'), tokenSecret: hex('6') },
    { id: '103', name: 'Revoked token', integration: '1', entity: '10', role: '20', created: '2024-01-01T00:00:00Z', revoked: true, revokedAt: '2024-06-01T10:00:00Z', tokenId: hex('7'), tokenSecret: hex('8') },
    { id: '104', name: 'Blocked app token', integration: '3', entity: '10', role: '20', created: '2025-01-01T00:00:00Z', tokenId: hex('9'), tokenSecret: hex('0') },
    { id: '105', name: 'No secrets known', integration: '2', entity: '11', role: '21', created: '2025-02-01T00:00:00Z' },
  ],
  loginAudit: [
    { date: '2026-10-30T09:00:00Z', status: 'Success', application: 'Token GitOps', token: 'Token GitOps - svc-gitops - Token Operator', user: '10', role: '20' },
    { date: '2026-10-31T09:00:00Z', status: 'Failure', application: 'Token GitOps', token: 'Token GitOps - svc-gitops - Token Operator', user: '10', role: '20', detail: 'InvalidSignature' },
    { date: '2026-03-01T09:00:00Z', status: 'Success', application: 'Celigo integrator.io', token: "Celigo - O'Brien - Full", user: '11', role: '21' },
  ],
};

/** Credentials of a seeded token (its integration's consumer pair plus its own token pair). */
export function credentialsOf(seed: EmulatorSeed, tokenInternalId: string): TestCredentials {
  const token = seed.tokens.find((candidate) => candidate.id === tokenInternalId);
  const integration = seed.integrations.find((candidate) => candidate.id === token?.integration);
  if (token?.tokenId === undefined || token.tokenSecret === undefined || integration === undefined) throw new Error(`no credentials for ${tokenInternalId}`);
  return { consumerKey: integration.consumerKey, consumerSecret: integration.consumerSecret, tokenId: token.tokenId, tokenSecret: token.tokenSecret };
}

export const OPERATOR = credentialsOf(SMALL_SEED, '100');
