import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { generateSeed, startEmulator } from '../../src/emulator/index.js';
import type { EmulatorSeed } from '../../src/emulator/index.js';
import { createNetSuiteClient } from '../../src/netsuite/client.js';
import type { NetSuiteClientOptions } from '../../src/netsuite/client.js';
import { NetSuiteAuthError } from '../../src/netsuite/errors.js';
import type { TransportEvent } from '../../src/netsuite/transport.js';
import type { TokenObservation } from '../../src/domain/observation.js';
import { Secret } from '../../src/secrets/secret.js';
import type { TbaCredentials } from '../../src/secrets/credentials.js';

type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

const NOW = new Date('2026-11-01T12:00:00Z');
const FAULT_RATE = 0.3;
/** Found by trying seeds: with one request at a time this one injects 429, 503, a reset and a spurious 401. */
const FAULT_SEED = 6;
const clock = { now: () => NOW };

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

async function start(seed: EmulatorSeed, options: Omit<Parameters<typeof startEmulator>[0], 'seed' | 'now'> = {}): Promise<RunningEmulator> {
  emulator = await startEmulator({ seed, origins: 'split', now: () => NOW, ...options });
  return emulator;
}

/** The four values of a seeded token: its integration's consumer pair and its own token pair. */
function seededCredentials(seed: EmulatorSeed, tokenId: string): Record<'consumerKey' | 'consumerSecret' | 'tokenId' | 'tokenSecret', string> {
  const token = seed.tokens.find((candidate) => candidate.id === tokenId);
  const integration = seed.integrations.find((candidate) => candidate.id === token?.integration);
  if (token?.tokenId === undefined || token.tokenSecret === undefined || integration === undefined) throw new Error(`token ${tokenId} has no credentials in the seed`);
  return { consumerKey: integration.consumerKey, consumerSecret: integration.consumerSecret, tokenId: token.tokenId, tokenSecret: token.tokenSecret };
}

function asSecrets(values: ReturnType<typeof seededCredentials>): TbaCredentials {
  return { kind: 'tba', consumerKey: new Secret(values.consumerKey), consumerSecret: new Secret(values.consumerSecret), tokenId: new Secret(values.tokenId), tokenSecret: new Secret(values.tokenSecret) };
}

function firstActive(seed: EmulatorSeed, skip = 0): string {
  const token = seed.tokens.filter((candidate) => candidate.revoked !== true && candidate.inactive !== true && candidate.tokenId !== undefined)[skip];
  if (token === undefined) throw new Error('no active token in the seed');
  return token.id;
}

function clientFor(running: RunningEmulator, seed: EmulatorSeed, operatorId: string, extra: Partial<NetSuiteClientOptions> & { env?: Record<string, string> } = {}) {
  const operator = seededCredentials(seed, operatorId);
  return createNetSuiteClient({
    account: seed.account,
    clock,
    // Retries wait no real time in tests; the waits themselves are checked in transport.test.ts.
    sleep: () => Promise.resolve(),
    ...extra,
    env: {
      NETSUITE_CONSUMER_KEY: operator.consumerKey,
      NETSUITE_CONSUMER_SECRET: operator.consumerSecret,
      NETSUITE_TOKEN_ID: operator.tokenId,
      NETSUITE_TOKEN_SECRET: operator.tokenSecret,
      NETSUITE_REST_URL: running.origins.rest,
      NETSUITE_RESTLETS_URL: running.origins.restlets,
      NETSUITE_UI_URL: running.origins.system,
      ...extra.env,
    },
  });
}

/**
 * Latest successful login per token name, straight from the seed, plus the operator's own token: its
 * requests are logins too, as in NetSuite's Login Audit Trail.
 */
function expectedLastUse(seed: EmulatorSeed, operatorId: string): Map<string, string> {
  const latest = new Map<string, string>();
  const operatorName = seed.tokens.find((token) => token.id === operatorId)?.name;
  if (operatorName !== undefined) latest.set(operatorName, NOW.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  for (const row of seed.loginAudit ?? []) {
    if (row.status !== 'Success' || row.token === undefined) continue;
    const at = new Date(row.date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const known = latest.get(row.token);
    if (known === undefined || known < at) latest.set(row.token, at);
  }
  return latest;
}

function suiteQlRequests(running: RunningEmulator): number {
  return running.state().counters.requestsByPath['/services/rest/query/v1/suiteql'] ?? 0;
}

describe('the NetSuite client against the emulator', () => {
  it('observes 2,500 tokens across pages, states and last use as seeded, in ⌈N/1000⌉ + ⌈N/1000⌉ requests at most', async () => {
    const seed = generateSeed({ tokens: 2_500, loginRows: 6_000, seed: 11, account: '1234567' });
    const running = await start(seed, { concurrencyLimit: 5 });
    const operatorId = firstActive(seed);
    const observation = await clientFor(running, seed, operatorId).directory.observe();

    expect(observation.tokens).toHaveLength(2_500);
    const byId = new Map(running.state().tokens.map((token) => [token.id, token]));
    for (const token of observation.tokens) {
      const seeded = byId.get(token.id);
      expect(token).toMatchObject({ name: seeded?.name, state: seeded?.state, application: seeded?.application, user: seeded?.user, role: seeded?.role });
      expect(token.createdAt).toBe(seeded?.created.replace(/\.\d{3}Z$/, 'Z'));
    }
    expect(observation.tokens.map((token) => Number(token.id))).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1));
    expect(new Map(observation.lastUse)).toEqual(expectedLastUse(seed, operatorId));
    expect(suiteQlRequests(running)).toBeLessThanOrEqual(3 + 3);
    expect(running.state().counters.suiteqlWithoutPreferTransient).toBe(0);
  });

  it('never has more requests in flight than NETSUITE_CONCURRENCY, by the emulator\'s own count', async () => {
    const seed = generateSeed({ tokens: 6_000, loginRows: 100, seed: 5, account: '1234567' });
    for (const concurrency of ['1', '2', '3']) {
      // A latency well above one page's work in the emulator, so a busy machine cannot finish a reply before the next request of the round arrives.
      const running = await start(seed, { concurrencyLimit: 5, latencyMs: 150 });
      await clientFor(running, seed, firstActive(seed), { env: { NETSUITE_CONCURRENCY: concurrency } }).directory.observe();
      const counters = running.state().counters;
      expect(counters.peakInFlight).toBe(Number(concurrency));
      expect(counters.overLimit).toBe(0);
      await running.close();
      emulator = null;
    }
  });

  it('recovers from injected 429s, 5xx, dropped connections and spurious 401s, and sees the same account', async () => {
    const seed = generateSeed({ tokens: 3_200, loginRows: 4_000, seed: 23, account: '1234567' });
    const clean = await start(seed, { concurrencyLimit: 5 });
    const expected = await clientFor(clean, seed, firstActive(seed)).directory.observe();
    await clean.close();
    emulator = null;

    // One request at a time keeps the order of requests, and so where the seeded faults land, the same every run.
    const faulty = await start(seed, { concurrencyLimit: 5, faults: { rate: FAULT_RATE, seed: FAULT_SEED } });
    const events: TransportEvent[] = [];
    const client = clientFor(faulty, seed, firstActive(seed), { onEvent: (event) => events.push(event), env: { NETSUITE_CONCURRENCY: '1' } });
    const observation = await client.directory.observe();
    expect(comparable(observation)).toEqual(comparable(expected));
    const injected = Object.values(faulty.state().counters.faultsInjected).reduce((sum, count) => sum + count, 0);
    const kinds = faulty.state().counters.faultsInjected;
    expect(kinds['429'] + kinds['500'] + kinds['503']).toBeGreaterThan(0);
    expect(kinds.reset).toBeGreaterThan(0);
    expect(kinds['spurious-401']).toBeGreaterThan(0);
    expect(events.filter((event) => event.kind === 'retry')).toHaveLength(injected);
  });

  it('reports two spurious 401s in a row as refused credentials (never as revoked), as the policy says', async () => {
    const seed = generateSeed({ tokens: 3_200, loginRows: 4_000, seed: 23, account: '1234567' });
    // Every request refused once more: the first one gets its retry refused too.
    const running = await start(seed, { concurrencyLimit: 5, faults: { rate: 1, seed: 1, kinds: ['spurious-401'] } });
    const client = clientFor(running, seed, firstActive(seed), { env: { NETSUITE_CONCURRENCY: '1' } });
    const error: unknown = await client.directory.observe().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetSuiteAuthError);
    expect((error as Error).message).toMatch(/refused the credentials for POST .* twice in a row/);
    expect(running.state().counters.faultsInjected['spurious-401']).toBeGreaterThanOrEqual(2);
    expect((error as Error).message.toLowerCase()).not.toContain('revoked');
  });

  it('reports a refused operator token after one retry, naming the endpoint, with nothing secret in it', async () => {
    const seed = generateSeed({ tokens: 20, loginRows: 10, seed: 3, account: '1234567' });
    const running = await start(seed);
    const operator = seededCredentials(seed, firstActive(seed));
    const client = clientFor(running, seed, firstActive(seed), { env: { NETSUITE_TOKEN_SECRET: 'f'.repeat(64) } });
    const error: unknown = await client.directory.observe().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetSuiteAuthError);
    expect((error as NetSuiteAuthError).message).toMatch(
      new RegExp(`^NetSuite refused the credentials for POST ${running.origins.rest}/services/rest/query/v1/suiteql twice in a row \\(401 INVALID_LOGIN: Invalid login attempt\\. `),
    );
    expect((error as NetSuiteAuthError).hint).toContain('realm casing');
    const printed = `${inspect(error, { depth: 10 })}\n${String((error as Error).stack)}`;
    for (const value of [...Object.values(operator), 'f'.repeat(64)]) expect(printed).not.toContain(value);
  });

  it('signs for a sandbox realm, whatever case the account is written in', async () => {
    const seed = generateSeed({ tokens: 5, loginRows: 5, seed: 8, account: '1234567_SB1' });
    const running = await start(seed);
    for (const account of ['1234567_SB1', '1234567_sb1', '1234567-sb1']) {
      const observation = await clientFor(running, seed, firstActive(seed), { account }).directory.observe();
      expect(observation.tokens).toHaveLength(5);
      expect(observation.account).toBe(account);
    }
    expect(running.state().counters.authenticationFailures).toBe(0);
  });

  it('revokes a token with its own credentials, and observing again shows it revoked', async () => {
    const seed = generateSeed({ tokens: 30, loginRows: 10, seed: 4, account: '1234567_SB1' });
    const running = await start(seed);
    const client = clientFor(running, seed, firstActive(seed));
    const targetId = firstActive(seed, 1);
    const target = asSecrets(seededCredentials(seed, targetId));

    await client.executor.revokeToken(target);
    const after = await client.directory.observe();
    expect(after.tokens.find((token) => token.id === targetId)).toMatchObject({ state: 'revoked', revokedAt: '2026-11-01T12:00:00Z' });
    expect(after.tokens.filter((token) => token.state === 'revoked')).toHaveLength(seed.tokens.filter((token) => token.revoked === true).length + 1);

    // The token cannot sign any more: a second revoke is refused, and says to observe rather than guess.
    const again: unknown = await client.executor.revokeToken(target).catch((caught: unknown) => caught);
    expect(again).toBeInstanceOf(NetSuiteAuthError);
    expect((again as NetSuiteAuthError).hint).toContain('The next observation shows');
  });

  it('joins last use by hostile token names without letting them change a query', async () => {
    const names = ["O'Brien's token", "x'; DROP TABLE oauthtoken; --", "' OR '1'='1", 'Zürich – 東京 🚀', '%_\\', '""'];
    const seed: EmulatorSeed = {
      account: '7654321',
      integrations: [{ id: '1', name: 'Token GitOps', consumerKey: 'a'.repeat(64), consumerSecret: 'b'.repeat(64), state: 'enabled' }],
      entities: [{ id: '10', name: "svc-o'neil" }],
      roles: [{ id: '20', name: 'Operator; DROP' }],
      tokens: [
        { id: '1', name: 'operator', integration: '1', entity: '10', role: '20', created: '2026-01-01T00:00:00Z', tokenId: 'c'.repeat(64), tokenSecret: 'd'.repeat(64) },
        ...names.map((name, index) => ({ id: String(index + 2), name, integration: '1', entity: '10', role: '20', created: '2026-02-01T00:00:00Z' })),
      ],
      loginAudit: names.flatMap((name, index) => [
        { date: `2026-10-0${index + 1}T10:00:00Z`, status: 'Success' as const, application: 'Token GitOps', token: name, user: '10', role: '20' },
        { date: '2026-10-20T10:00:00Z', status: 'Failure' as const, application: 'Token GitOps', token: name, user: '10', role: '20' },
      ]),
    };
    const running = await start(seed);
    const observation = await clientFor(running, seed, '1').directory.observe();
    expect(observation.tokens.map((token) => token.name)).toEqual(['operator', ...names]);
    expect(observation.tokens[1]).toMatchObject({ user: "svc-o'neil", role: 'Operator; DROP' });
    expect(new Map(observation.lastUse)).toEqual(new Map([['operator', '2026-11-01T12:00:00Z'], ...names.map((name, index): [string, string] => [name, `2026-10-0${index + 1}T10:00:00Z`])]));
    expect(running.state().tokens).toHaveLength(names.length + 1);
  });

  it('sees what an administrator changed in the UI (the control endpoint) on the next observation', async () => {
    const seed = generateSeed({ tokens: 12, loginRows: 0, seed: 6, account: '1234567' });
    const running = await start(seed);
    const client = clientFor(running, seed, firstActive(seed));
    const targetId = firstActive(seed, 2);
    const response = await fetch(`${running.controlUrl}/tokens/${targetId}/inactive`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ inactive: true }) });
    expect(response.ok).toBe(true);
    const observation = await client.directory.observe();
    expect(observation.tokens.find((token) => token.id === targetId)?.state).toBe('inactive');
    // No login rows were seeded: the only use is the operator's own.
    expect([...observation.lastUse.keys()]).toEqual([seed.tokens.find((token) => token.id === firstActive(seed))?.name]);
  });
});

function comparable(observation: TokenObservation): unknown {
  return { tokens: observation.tokens, lastUse: [...observation.lastUse].sort(([a], [b]) => (a < b ? -1 : 1)) };
}
