import { afterEach, describe, expect, it } from 'vitest';
import { generateSeed, startEmulator, type EmulatorSeed, type RunningEmulator } from '../../src/emulator/index.js';
import { Secret } from '../../src/secrets/secret.js';
import type { TbaCredentials } from '../../src/secrets/credentials.js';
import { NetSuiteError } from '../../src/netsuite/errors.js';
import { resolveEndpoints } from '../../src/netsuite/endpoints.js';
import { createSigner } from '../../src/netsuite/signer.js';
import { tbaAuthorizer } from '../../src/netsuite/authorizer.js';
import { SuiteQlTokenDirectory, compareCodePoints, compareWholeNumbers, lastUseQuery, tokenFromRow, tokensQuery } from '../../src/netsuite/token-directory.js';
import { NetSuiteTransport } from '../../src/netsuite/transport.js';
import { exchangeOverFetch, nodeHttpExchange } from '../../src/netsuite/http-exchange.js';
import type { ProgressSink } from '../../src/ports.js';
import type { LastUse } from '../../src/domain/observation.js';
import type { ObservedToken } from '../../src/domain/kinds/tba-token/token.js';
import { fakeSuiteQl } from './support/fake-suiteql.js';
import type { FakeToken } from './support/fake-suiteql.js';
import { canaryCredentials, fakeTime } from './support/fixtures.js';
import { startScriptedServer } from './support/scripted-server.js';
import type { Reply, RecordedRequest, ScriptedServer } from './support/scripted-server.js';

const ENDPOINT = 'POST https://1234567.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql';

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function directoryAgainst(handler: (request: RecordedRequest) => Reply, paging: { pageSize?: number; maxRowsPerQuery?: number } = {}, concurrency = 2) {
  server = await startScriptedServer(handler);
  const time = fakeTime();
  const endpoints = resolveEndpoints('1234567_SB1', { NETSUITE_REST_URL: server.origin });
  const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock: time.clock, concurrency, sleep: time.sleep });
  const authorizer = tbaAuthorizer(createSigner({ realm: endpoints.realm, clock: time.clock }), canaryCredentials());
  const directory = new SuiteQlTokenDirectory({ account: '1234567_SB1', endpoints, transport, authorizer, clock: time.clock, ...paging });
  return { directory, server };
}

function queriesOf(requests: readonly SentRequest[], table: 'oauthtoken' | 'loginaudit'): { sql: string; limit: string | null; offset: string | null }[] {
  return requests
    .map((request) => ({ url: new URL(request.url, 'http://x'), sql: (JSON.parse(request.body) as { q: string }).q }))
    .filter(({ sql }) => sql.includes(`FROM ${table}`))
    .map(({ url, sql }) => ({ sql, limit: url.searchParams.get('limit'), offset: url.searchParams.get('offset') }));
}

const tokens = (count: number, from = 1): FakeToken[] => Array.from({ length: count }, (_, i) => ({ id: from + i * 3, name: `token ${from + i * 3}` }));

/** What the test sees of a request: the scripted server's record, or what the directory handed to fetch. */
interface SentRequest {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, unknown>>;
}

const NOW = new Date('2026-11-01T12:00:00Z');
/** NOW as SuiteQL's TO_CHAR gives it back: to the second. */
const SECOND_OF_NOW = '2026-11-01T12:00:00Z';

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

/** Every token active, so any of them can sign in. */
function allActive(seed: EmulatorSeed): EmulatorSeed {
  return { ...seed, tokens: seed.tokens.map(({ revokedAt: _revokedAt, ...token }) => ({ ...token, inactive: false, revoked: false })) };
}

/**
 * A directory signed in as the seed's first active token, against an emulator (split origins) on the
 * seed; every request it sends is recorded on its way to fetch.
 */
async function directoryOnEmulator(seed: EmulatorSeed, paging: { pageSize?: number; maxRowsPerQuery?: number } = {}, concurrency = 2) {
  const running = await startEmulator({ seed, origins: 'split', now: () => NOW });
  emulator = running;
  const token = seed.tokens.find((candidate) => candidate.revoked !== true && candidate.inactive !== true && candidate.tokenId !== undefined);
  const integration = seed.integrations.find((candidate) => candidate.id === token?.integration);
  if (token?.tokenId === undefined || token.tokenSecret === undefined || integration === undefined) throw new Error('the seed has no active token to sign in with');
  const requests: SentRequest[] = [];
  const recording: typeof fetch = (input, init) => {
    requests.push({ url: input instanceof Request ? input.url : input.toString(), body: typeof init?.body === 'string' ? init.body : '', headers: { ...(init?.headers as Record<string, string> | undefined) } });
    return fetch(input, init);
  };
  const clock = { now: () => NOW };
  const endpoints = resolveEndpoints(seed.account, { NETSUITE_REST_URL: running.origins.rest });
  const transport = new NetSuiteTransport({ exchange: exchangeOverFetch(recording), clock, concurrency, sleep: () => Promise.resolve() });
  const credentials: TbaCredentials = {
    kind: 'tba',
    consumerKey: new Secret(integration.consumerKey),
    consumerSecret: new Secret(integration.consumerSecret),
    tokenId: new Secret(token.tokenId),
    tokenSecret: new Secret(token.tokenSecret),
  };
  const authorizer = tbaAuthorizer(createSigner({ realm: endpoints.realm, clock }), credentials);
  const directory = new SuiteQlTokenDirectory({ account: seed.account, endpoints, transport, authorizer, clock, ...paging });
  return { directory, requests, operator: { id: token.id, name: token.name } };
}

/** Latest successful login per token name from the seed, and the operator's own, which is now. */
function expectedLastUse(seed: EmulatorSeed, operator: { readonly name: string }): Map<string, string> {
  const latest = new Map<string, string>([[operator.name, SECOND_OF_NOW]]);
  for (const row of seed.loginAudit ?? []) {
    if (row.status !== 'Success' || row.token === undefined) continue;
    const at = new Date(row.date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const known = latest.get(row.token);
    if (known === undefined || known < at) latest.set(row.token, at);
  }
  return latest;
}

describe('the queries', () => {
  it('select raw ids and display names, format dates, and order by id', () => {
    const sql = tokensQuery(null);
    expect(sql).toContain('FROM oauthtoken t');
    expect(sql).toContain('BUILTIN.DF(t.tba_app_name) AS app_name');
    expect(sql).toContain(`TO_CHAR(t.dcreated, 'YYYY-MM-DD"T"HH24:MI:SS') AS dcreated`);
    expect(sql.endsWith('ORDER BY t.id')).toBe(true);
    expect(sql).not.toContain('WHERE');
    // BUILTIN.DF never filters: it is unreliable in WHERE.
    expect(tokensQuery('4711')).toMatch(/WHERE t\.id > 4711 ORDER BY t\.id$/);
    expect(() => tokensQuery('1 OR 1=1')).toThrow(RangeError);
  });

  it('aggregate last use in NetSuite, successful logins only, one row per token name', () => {
    const sql = lastUseQuery(null);
    expect(sql).toContain("WHERE la.status = 'Success' AND la.oauthaccesstokenname IS NOT NULL");
    expect(sql).toContain('MAX(la.date)');
    expect(sql).toContain('GROUP BY la.oauthaccesstokenname');
    expect(lastUseQuery("O'Brien'; DROP TABLE oauthtoken; --")).toContain("AND la.oauthaccesstokenname > 'O''Brien''; DROP TABLE oauthtoken; --' GROUP BY");
  });
});

describe('mapping rows into the domain', () => {
  const row = { id: '4711', tba_token_name: 'DATABASICS - svc-expense', tba_app_name: '7', app_name: 'DATABASICS', entity_name: '42', user_name: 'svc-expense', role_name: '1003', role_label: 'DataBasics Integration', createdby: '3', created_by_name: 'Ada Admin', dcreated: '2024-03-01T09:30:00', binactive: 'F', brevoked: 'F' };

  it('maps ids, display names, ISO instants and the state rule', () => {
    expect(tokenFromRow(row, ENDPOINT)).toEqual({
      kind: 'tba-token', id: '4711', name: 'DATABASICS - svc-expense', application: 'DATABASICS', user: 'svc-expense', role: 'DataBasics Integration',
      applicationId: '7', userId: '42', roleId: '1003', createdBy: 'Ada Admin', createdAt: '2024-03-01T09:30:00Z', revokedAt: null, state: 'active',
    });
    expect(tokenFromRow({ ...row, binactive: 'T' }, ENDPOINT).state).toBe('inactive');
    expect(tokenFromRow({ ...row, binactive: 'T', brevoked: 'T', drevoked: '2024-06-01 10:00:00' }, ENDPOINT)).toMatchObject({ state: 'revoked', revokedAt: '2024-06-01T10:00:00Z' });
    expect(tokenFromRow({ ...row, brevoked: 'T' }, ENDPOINT).state).toBe('revoked');
  });

  it('reads missing keys as NULL', () => {
    expect(tokenFromRow({ id: '9' }, ENDPOINT)).toEqual({
      kind: 'tba-token', id: '9', name: '', application: null, user: null, role: null, applicationId: null, userId: null, roleId: null,
      createdBy: null, createdAt: null, revokedAt: null, state: 'active',
    });
  });

  it('fails loudly, naming the endpoint, on a row it cannot trust', () => {
    expect(() => tokenFromRow({ ...row, id: undefined }, ENDPOINT)).toThrow(NetSuiteError);
    expect(() => tokenFromRow({ ...row, brevoked: 'Yes' }, ENDPOINT)).toThrow(/"Yes" in brevoked, where T or F was expected/);
    expect(() => tokenFromRow({ ...row, dcreated: '01/03/2024' }, ENDPOINT)).toThrow(/a date in an unexpected format/);
    expect(() => tokenFromRow({ ...row, dcreated: '01/03/2024' }, ENDPOINT)).toThrow(ENDPOINT);
    // Read by character: every position of YYYY-MM-DD?HH:MM:SS counts, and only ASCII digits are digits.
    for (const dcreated of ['2024-03-01T09:30:0', '2024-03-01T09:30:000', '2024-03-01X09:30:00', '2024/03-01T09:30:00', '2024-03-01T09-30:00', '2024-03-0aT09:30:00', '２024-03-01T09:30:00', '2024-03-01T09:30:00Z']) {
      expect(() => tokenFromRow({ ...row, dcreated }, ENDPOINT), dcreated).toThrow(/a date in an unexpected format/);
    }
  });

  it('orders keys the way the continuation needs', () => {
    expect(compareWholeNumbers('99', '100')).toBeLessThan(0);
    expect(compareWholeNumbers('100', '100')).toBe(0);
    expect(compareCodePoints('Z', 'a')).toBeLessThan(0);
    // U+FF5E sorts below U+1F680 by code point, though not by UTF-16 code unit.
    expect(compareCodePoints('\uFF5E', '🚀')).toBeLessThan(0);
    expect(['🚀', '\uFF5E'].sort()).toEqual(['🚀', '\uFF5E']);
  });
});

describe('observing through paged SuiteQL, against the emulator\'s SQL engine', () => {
  it('reads 2,345 tokens in 3 pages, and last use in as many at most', async () => {
    const seed = generateSeed({ tokens: 2_345, loginRows: 2_000, seed: 7 });
    const { directory, requests, operator } = await directoryOnEmulator(seed);
    const updates: [number, number, string][] = [];
    const progress: ProgressSink = { update: (done, total, what) => updates.push([done, total, what]) };
    const observation = await directory.observe(progress);

    const expected = expectedLastUse(seed, operator);
    // The seed's logins name between 1,001 and 2,000 tokens: two last-use pages.
    expect(expected.size).toBeGreaterThan(1_000);
    expect(expected.size).toBeLessThanOrEqual(2_000);
    expect(observation.account).toBe(seed.account);
    expect(observation.observedAt).toBe(NOW.toISOString());
    expect(observation.tokens.map((token) => token.id)).toEqual(seed.tokens.map((token) => token.id));
    expect(observation.tokens.map((token) => token.name)).toEqual(seed.tokens.map((token) => token.name));
    expect(observation.lastUse).toEqual(expected);
    expect(queriesOf(requests, 'oauthtoken').map((q) => [q.limit, q.offset])).toEqual([['1000', '0'], ['1000', '1000'], ['1000', '2000']]);
    expect(queriesOf(requests, 'loginaudit').map((q) => q.offset)).toEqual(['0', '1000']);
    expect(requests.every((request) => request.headers['Prefer'] === 'transient')).toBe(true);
    expect(updates.filter(([, , what]) => what === 'access tokens').map(([done, total]) => `${done}/${total}`).at(-1)).toBe('2345/2345');
    // Progress moves as rows are converted, a slice of at most 250 at a time: 4 + 4 + 2 slices.
    const done = updates.filter(([, , what]) => what === 'access tokens').map(([count]) => count);
    expect(done).toHaveLength(10);
    expect(done.every((count, index) => count - (done[index - 1] ?? 0) > 0 && count - (done[index - 1] ?? 0) <= 250)).toBe(true);
  });

  it('reads an account holding only the operator\'s own token in one request per query', async () => {
    const seed = allActive(generateSeed({ tokens: 1, loginRows: 0, seed: 1 }));
    const { directory, requests, operator } = await directoryOnEmulator(seed);
    const observation = await directory.observe();
    expect(observation.tokens.map((token) => token.id)).toEqual([operator.id]);
    // The operator's own sign-in is its one login.
    expect(observation.lastUse).toEqual(new Map([[operator.name, SECOND_OF_NOW]]));
    expect(requests).toHaveLength(2);
  });

  it('with four requests in flight asks for each query\'s second page with its first, and only pays for it in a one-page account', async () => {
    const large = generateSeed({ tokens: 2_345, loginRows: 2_000, seed: 7 });
    const onLarge = await directoryOnEmulator(large, {}, 4);
    expect((await onLarge.directory.observe()).tokens.map((token) => token.id)).toEqual(large.tokens.map((token) => token.id));
    expect(queriesOf(onLarge.requests, 'oauthtoken').map((q) => q.offset).sort()).toEqual(['0', '1000', '2000']);
    expect(queriesOf(onLarge.requests, 'loginaudit').map((q) => q.offset).sort()).toEqual(['0', '1000']);
    await emulator?.close();

    const small = allActive(generateSeed({ tokens: 1, loginRows: 0, seed: 1 }));
    const onSmall = await directoryOnEmulator(small, {}, 4);
    expect((await onSmall.directory.observe()).tokens.map((token) => token.id)).toEqual([onSmall.operator.id]);
    expect(onSmall.requests).toHaveLength(4);
  });

  it('hands each page to a listener as it arrives, 250 rows at a time: every token and last use of the observation', async () => {
    const seed = generateSeed({ tokens: 2_345, loginRows: 2_000, seed: 7 });
    const { directory } = await directoryOnEmulator(seed);
    const heard: { tokens: ObservedToken[][]; lastUses: LastUse[][] } = { tokens: [], lastUses: [] };
    const observation = await directory.observe(undefined, { tokens: (page) => heard.tokens.push([...page]), lastUses: (page) => heard.lastUses.push([...page]) });
    expect(heard.tokens.map((slice) => slice.length).sort((a, b) => a - b)).toEqual([95, 250, 250, 250, 250, 250, 250, 250, 250, 250]);
    expect(new Set(heard.tokens.flat())).toEqual(new Set(observation.tokens));
    expect(new Map(heard.lastUses.flat().map((use) => [use.name, use.at]))).toEqual(observation.lastUse);
  });

  // The emulator caps a query at NetSuite's 100,000 rows; the directory is told the cap is 50, so it
  // continues by id every 50 rows, with the emulator's SQL engine answering each window.
  it('continues past the per-query row cap by id, without losing or repeating a token, in ⌈N/page⌉ requests', async () => {
    const seed = generateSeed({ tokens: 123, loginRows: 0, seed: 3 });
    const { directory, requests } = await directoryOnEmulator(seed, { pageSize: 10, maxRowsPerQuery: 50 });
    const observation = await directory.observe();
    expect(observation.tokens.map((token) => token.id)).toEqual(seed.tokens.map((token) => token.id));
    const queries = queriesOf(requests, 'oauthtoken');
    expect(queries).toHaveLength(13);
    const windows = [...new Set(queries.map((q) => /WHERE t\.id > (\d+)/.exec(q.sql)?.[1] ?? 'start'))];
    expect(windows).toEqual(['start', seed.tokens[49]?.id, seed.tokens[99]?.id]);
    expect(queries.every((q) => Number(q.offset) < 50)).toBe(true);
  });

  it('continues last use past the cap by name, hostile names included, quoted so they stay data', async () => {
    const hostile = ["O'Brien", "x'; DROP TABLE oauthtoken; --", "''", '\\', 'Zürich – 東京 🚀', "' OR '1'='1", 'Ω', '\uFF5E'];
    const names = [...hostile, ...Array.from({ length: 60 }, (_, i) => `svc ${String(i).padStart(2, '0')}`)];
    const generated = allActive(generateSeed({ tokens: names.length, loginRows: 0, seed: 5 }));
    const lastSuccess = (i: number): string => `2025-03-${String((i % 27) + 1).padStart(2, '0')}T23:59:59Z`;
    const seed: EmulatorSeed = {
      ...generated,
      tokens: generated.tokens.map((token, i) => ({ ...token, name: names[i] ?? token.name })),
      loginAudit: names.flatMap((name, i) => [
        { date: '2025-02-01T00:00:00Z', status: 'Success' as const, token: name },
        { date: lastSuccess(i), status: 'Success' as const, token: name },
        { date: '2025-04-01T00:00:00Z', status: 'Failure' as const, token: name },
      ]),
    };
    const { directory, requests, operator } = await directoryOnEmulator(seed, { pageSize: 10, maxRowsPerQuery: 20 });
    const observation = await directory.observe();
    expect(observation.lastUse.size).toBe(names.length);
    for (const [i, name] of names.entries()) expect(observation.lastUse.get(name), name).toBe(name === operator.name ? SECOND_OF_NOW : lastSuccess(i));
    expect(observation.tokens.map((token) => token.name)).toEqual(names);
    expect(queriesOf(requests, 'loginaudit').length).toBe(Math.ceil(names.length / 10));
  });
});

// Answers NetSuite would not give on its own (rows out of order, data moving under the read, not a
// page at all) come from a scripted server that recognises the operator's two queries by their text.
describe('observing through paged SuiteQL, when NetSuite\'s answers are tampered with', () => {
  it('refuses to continue past the cap when NetSuite does not order rows the way the continuation assumes', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const { directory } = await directoryAgainst(
      fakeSuiteQl({ tokens: [], logins: names.map((name) => ({ name, at: '2025-01-01T00:00:00' })), maxRows: 20, tamper: (rows) => [rows[1], rows[0], ...rows.slice(2)].filter((row) => row !== undefined) }),
      { pageSize: 10, maxRowsPerQuery: 20 },
    );
    await expect(directory.observe()).rejects.toThrow(/NetSuite's order did not match, so the read stopped rather than skip rows/);
  });

  it('reads a window again when the data moved while paging, and says so if it keeps moving', async () => {
    let tampered = false;
    const base = fakeSuiteQl({ tokens: tokens(25), logins: [], maxRows: 100_000 });
    const once = await directoryAgainst((request) => {
      const reply = base(request);
      const offset = new URL(request.url, 'http://x').searchParams.get('offset');
      // The second page of the first read reports a different total, as if a token had been created.
      if (!tampered && offset === '10' && request.body.includes('oauthtoken') && 'body' in reply) {
        tampered = true;
        return { ...reply, body: { ...(reply.body as object), totalResults: 26 } };
      }
      return reply;
    }, { pageSize: 10 });
    expect((await once.directory.observe()).tokens).toHaveLength(25);
    expect(queriesOf(once.server.requests, 'oauthtoken').map((q) => q.offset).sort()).toEqual(['0', '0', '10', '10', '20', '20']);
    await once.server.close();
    server = null;

    const always = await directoryAgainst((request) => {
      const reply = base(request);
      const offset = new URL(request.url, 'http://x').searchParams.get('offset');
      if (offset === '10' && 'body' in reply) return { ...reply, body: { ...(reply.body as object), items: [] } };
      return reply;
    }, { pageSize: 10 });
    await expect(always.directory.observe()).rejects.toThrow(/changed in NetSuite while they were being read \(the page at offset 10 held 0 rows instead of 10\)/);
  });

  it('reads a window again when the second page asked for early holds rows the first page\'s total did not count', async () => {
    let tampered = false;
    const base = fakeSuiteQl({ tokens: tokens(10), logins: [], maxRows: 100_000 });
    const { directory, server: target } = await directoryAgainst((request) => {
      const offset = new URL(request.url, 'http://x').searchParams.get('offset');
      // The first read's early second page finds a token created after its first page was counted.
      if (!tampered && offset === '10' && request.body.includes('oauthtoken')) {
        tampered = true;
        const grown = fakeSuiteQl({ tokens: tokens(11), logins: [], maxRows: 100_000 })(request);
        return 'body' in grown ? { ...grown, body: { ...(grown.body as object), totalResults: 10 } } : grown;
      }
      return base(request);
    }, { pageSize: 10 }, 4);
    expect((await directory.observe()).tokens).toHaveLength(10);
    expect(queriesOf(target.requests, 'oauthtoken').map((q) => q.offset).sort()).toEqual(['0', '0', '10', '10']);
  });

  it('takes the total from the second page when it is answered first, asking for the rest without waiting for the first', async () => {
    const base = fakeSuiteQl({ tokens: tokens(35), logins: [], maxRows: 100_000 });
    let firstAnswered = false;
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => { releaseFirst = resolve; }).then(() => { firstAnswered = true; });
    // Held until the third page is asked for, or (the first page's total deciding, as before) for five seconds.
    const fallback = setTimeout(releaseFirst, 5000);
    let thirdAskedBeforeFirstAnswered: boolean | null = null;
    const { directory, server: target } = await directoryAgainst((request) => {
      const offset = new URL(request.url, 'http://x').searchParams.get('offset');
      const reply = base(request);
      if (!request.body.includes('oauthtoken') || !('body' in reply)) return reply;
      if (offset === '0') return { ...reply, after: firstHeld };
      if (offset === '20') {
        thirdAskedBeforeFirstAnswered = !firstAnswered;
        releaseFirst();
      }
      return reply;
    }, { pageSize: 10 }, 4);
    const observed = await directory.observe().finally(() => { clearTimeout(fallback); });
    expect(observed.tokens).toHaveLength(35);
    expect(thirdAskedBeforeFirstAnswered).toBe(true);
    expect(queriesOf(target.requests, 'oauthtoken').map((q) => q.offset).sort()).toEqual(['0', '10', '20', '30']);
  });

  it('does not fail a one-page read because the second page asked for early could not be read', async () => {
    const base = fakeSuiteQl({ tokens: tokens(5), logins: [], maxRows: 100_000 });
    const { directory, server: target } = await directoryAgainst((request) => {
      const offset = new URL(request.url, 'http://x').searchParams.get('offset');
      return offset === '10' ? { status: 500, body: { 'o:errorDetails': [{ detail: 'Unexpected error', 'o:errorCode': 'UNEXPECTED_ERROR' }] } } : base(request);
    }, { pageSize: 10 }, 4);
    expect((await directory.observe()).tokens).toHaveLength(5);
    expect(queriesOf(target.requests, 'oauthtoken').filter((q) => q.offset === '10').length).toBeGreaterThan(1);
  });

  it('rejects an answer that is not a SuiteQL page', async () => {
    const { directory } = await directoryAgainst(() => ({ status: 200, body: '<html>login</html>' }));
    await expect(directory.observe()).rejects.toThrow(/with something that is not a SuiteQL result page/);
  });
});
