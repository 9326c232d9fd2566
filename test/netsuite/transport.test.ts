import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { NetSuiteAuthError, NetSuiteCancelledError, NetSuiteError, NetSuiteUnavailableError } from '../../src/netsuite/errors.js';
import { createSigner } from '../../src/netsuite/signer.js';
import { tbaAuthorizer } from '../../src/netsuite/authorizer.js';
import { exchangeOverFetch, nodeHttpExchange } from '../../src/netsuite/http-exchange.js';
import type { HttpExchange } from '../../src/netsuite/http-exchange.js';
import { NetSuiteTransport, retryAfterMs } from '../../src/netsuite/transport.js';
import type { RetryPolicy, Sleep, TransportEvent } from '../../src/netsuite/transport.js';
import { canaryCredentials, fakeTime, leakedCanaries, CANARY } from './support/fixtures.js';
import { startScriptedServer } from './support/scripted-server.js';
import type { Reply, ScriptedServer } from './support/scripted-server.js';

const OK: Reply = { status: 200, body: { items: [], totalResults: 0 } };
const INVALID_LOGIN: Reply = {
  status: 401,
  body: { type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html', title: 'Unauthorized', status: 401, 'o:errorDetails': [{ detail: 'Invalid login attempt.', 'o:errorCode': 'INVALID_LOGIN' }] },
};

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(handler: (index: number) => Reply): Promise<ScriptedServer> {
  server = await startScriptedServer((_, index) => handler(index));
  return server;
}

interface Harness {
  readonly transport: NetSuiteTransport;
  readonly events: TransportEvent[];
  readonly waits: number[];
  send(path?: string): ReturnType<NetSuiteTransport['send']>;
}

function harness(target: ScriptedServer, options: { policy?: Partial<RetryPolicy>; concurrency?: number; random?: () => number; signal?: AbortSignal; sleep?: Sleep } = {}): Harness {
  const time = fakeTime();
  const events: TransportEvent[] = [];
  const authorizer = tbaAuthorizer(createSigner({ realm: '1234567_SB1', clock: time.clock }), canaryCredentials());
  const transport = new NetSuiteTransport({
    exchange: exchangeOf(),
    clock: time.clock,
    concurrency: options.concurrency ?? 2,
    policy: { requestTimeoutMs: 5_000, ...options.policy },
    sleep: options.sleep ?? time.sleep,
    random: options.random ?? (() => 0.5),
    onEvent: (event) => events.push(event),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return {
    transport,
    events,
    waits: time.waits,
    send: (path = '/services/rest/query/v1/suiteql?limit=1000&offset=0') =>
      transport.send({ method: 'POST', url: `${target.origin}${path}`, body: { q: 'SELECT 1' }, headers: { Prefer: 'transient' }, authorizer, authHint: 'Check the test token.' }),
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error('a non-Error was thrown', { cause: error });
  }
  throw new Error('expected a failure');
}

/** Both ways a request can reach NetSuite must behave the same: node:http in the CLI, fetch where tests watch traffic. */
const EXCHANGES: readonly (readonly [string, () => HttpExchange])[] = [['node:http', nodeHttpExchange], ['fetch', () => exchangeOverFetch(globalThis.fetch)]];
let exchangeOf: () => HttpExchange = nodeHttpExchange;

describe.each(EXCHANGES)('over %s', (_name, makeExchange) => {
  beforeEach(() => {
    exchangeOf = makeExchange;
  });

  describe('retries what NetSuite documents as transient', () => {
    it('waits as long as a 429 Retry-After (seconds) asks, then succeeds', async () => {
      const target = await serve((index) => (index === 0 ? { status: 429, headers: { 'Retry-After': '3' }, body: { title: 'Too Many Requests' } } : OK));
      const h = harness(target);
      const response = await h.send();
      expect(response.status).toBe(200);
      expect(target.requests).toHaveLength(2);
      expect(h.waits).toEqual([3_000]);
      expect(h.events[0]).toMatchObject({ kind: 'retry', reason: 'rate-limited', status: 429, attempt: 1, waitMs: 3_000 });
    });

    it('sends a retry before requests that have not started, so a page that keeps failing fails the run without waiting behind the rest', async () => {
      const target = await serve((index) => (index === 0 ? { status: 503, body: { title: 'Service Unavailable' } } : OK));
      const h = harness(target, { concurrency: 1 });
      await Promise.all(['0', '1000', '2000', '3000'].map((offset) => h.send(`/services/rest/query/v1/suiteql?limit=1000&offset=${offset}`)));
      // The slot the failure freed goes to the request already waiting for it while the retry backs off;
      // the retry then goes before the two still waiting, not after them.
      expect(target.requests.map((request) => request.url.replace(/.*offset=/, ''))).toEqual(['0', '1000', '0', '2000', '3000']);
    });

    it('after a timeout, starts nothing new until the retry hears from NetSuite: a server that stopped answering fails the read within two timeouts', async () => {
      // The first two requests the server receives hang; everything after them is answered.
      const target = await serve((index) => (index < 2 ? { hang: true } : OK));
      const h = harness(target, { concurrency: 2, policy: { requestTimeoutMs: 200 } });
      await Promise.all(['0', '1000', '2000', '3000'].map((offset) => h.send(`/services/rest/query/v1/suiteql?limit=1000&offset=${offset}`)));
      const offsets = target.requests.map((request) => request.url.replace(/.*offset=/, ''));
      // The two slots the timeouts freed stay free for the retries; the waiting pages start once they are answered.
      expect(offsets.slice(0, 2).sort()).toEqual(['0', '1000']);
      expect(offsets.slice(2, 4).sort()).toEqual(['0', '1000']);
      expect(offsets.slice(4).sort()).toEqual(['2000', '3000']);
    });

    it('after a timeout followed by an answer that is retried (a 503), lets the waiting requests start again', async () => {
      const target = await serve((index) => (index === 0 ? { hang: true } : index === 1 ? { status: 503 } : OK));
      const h = harness(target, { concurrency: 1, policy: { requestTimeoutMs: 200 } });
      await Promise.all(['0', '1000'].map((offset) => h.send(`/services/rest/query/v1/suiteql?limit=1000&offset=${offset}`)));
      // The 503 released the hold: the waiting request went before the third attempt (both had to wait for the slot).
      expect(target.requests.map((request) => request.url.replace(/.*offset=/, ''))).toEqual(['0', '0', '1000', '0']);
    });

    it('reads Retry-After as an HTTP date, and caps a very long one', () => {
      const now = Date.UTC(2025, 0, 15, 12, 0, 0);
      expect(retryAfterMs('Wed, 15 Jan 2025 12:00:07 GMT', now)).toBe(7_000);
      expect(retryAfterMs('Wed, 15 Jan 2025 11:00:00 GMT', now)).toBe(0);
      expect(retryAfterMs('soon', now)).toBeNull();
      expect(retryAfterMs(null, now)).toBeNull();
    });

    it('caps a Retry-After beyond the policy', async () => {
      const target = await serve((index) => (index === 0 ? { status: 429, headers: { 'Retry-After': '3600' } } : OK));
      const h = harness(target, { policy: { retryAfterCapMs: 20_000 } });
      await h.send();
      expect(h.waits).toEqual([20_000]);
    });

    it('retries a RESTlet-style 400 SSS_REQUEST_LIMIT_EXCEEDED but not another 400', async () => {
      const limited = await serve((index) =>
        index === 0 ? { status: 400, body: { error: { code: 'SSS_REQUEST_LIMIT_EXCEEDED', message: 'Request limit exceeded' } } } : OK,
      );
      const h = harness(limited);
      await h.send('/rest/revoketoken?consumerKey=a&token=b');
      expect(limited.requests).toHaveLength(2);
      expect(h.events[0]).toMatchObject({ kind: 'retry', reason: 'rate-limited', status: 400, errorCode: 'SSS_REQUEST_LIMIT_EXCEEDED' });
      await limited.close();

      const invalid = await serve(() => ({ status: 400, body: { 'o:errorDetails': [{ detail: 'Invalid search query.', 'o:errorCode': 'INVALID_CONTENT' }] } }));
      const error = await failure(harness(invalid).send());
      expect(invalid.requests).toHaveLength(1);
      expect(error).toBeInstanceOf(NetSuiteError);
      expect(error).toMatchObject({ status: 400, errorCode: 'INVALID_CONTENT', detail: 'Invalid search query.' });
      expect(error.message).toContain('/services/rest/query/v1/suiteql');
      expect(error.message).toContain('INVALID_CONTENT');
    });

    it('retries 500 and 503 with exponential backoff and full jitter', async () => {
      const target = await serve((index) => (index === 0 ? { status: 500 } : index === 1 ? { status: 503 } : OK));
      const h = harness(target, { policy: { baseDelayMs: 1_000 }, random: () => 0.5 });
      await h.send();
      expect(target.requests).toHaveLength(3);
      expect(h.waits).toEqual([500, 1_000]);
      expect(h.events.flatMap((event) => (event.kind === 'retry' ? [event.reason] : []))).toEqual(['server-error', 'server-error']);
    });

    it('retries a connection reset', async () => {
      const target = await serve((index) => (index === 0 ? { destroy: true } : OK));
      const h = harness(target);
      expect((await h.send()).status).toBe(200);
      expect(target.requests).toHaveLength(2);
      expect(h.events[0]).toMatchObject({ kind: 'retry', reason: 'network', status: null });
    });

    it('times out a request that hangs, and retries it', async () => {
      const target = await serve((index) => (index === 0 ? { hang: true } : OK));
      const h = harness(target, { policy: { requestTimeoutMs: 200 } });
      expect((await h.send()).status).toBe(200);
      expect(h.events.find((event) => event.kind === 'retry')).toMatchObject({ kind: 'retry', reason: 'timeout' });
    });

    it('signs every attempt afresh', async () => {
      const target = await serve((index) => (index === 0 ? { status: 503 } : OK));
      await harness(target).send();
      const nonces = target.requests.map((request) => /oauth_nonce="([^"]+)"/.exec(String(request.headers.authorization))?.[1]);
      expect(nonces[0]).toBeDefined();
      expect(nonces[0]).not.toBe(nonces[1]);
    });
  });

  describe('a 401', () => {
    it('is tried once more (NetSuite answers spurious 401s under load)', async () => {
      const target = await serve((index) => (index === 0 ? INVALID_LOGIN : OK));
      const h = harness(target);
      expect((await h.send()).status).toBe(200);
      expect(target.requests).toHaveLength(2);
      expect(h.events[0]).toMatchObject({ kind: 'retry', reason: 'unauthorized', status: 401, errorCode: 'INVALID_LOGIN' });
    });

    it('after another failure counts afresh: only two in a row are reported', async () => {
      const target = await serve((index) => [INVALID_LOGIN, { status: 503 } as Reply, INVALID_LOGIN, OK][index] ?? OK);
      expect((await harness(target).send()).status).toBe(200);
      expect(target.requests).toHaveLength(4);
    });

    it('twice is reported as an authentication error naming the endpoint and what to check, never as "revoked"', async () => {
      const target = await serve(() => INVALID_LOGIN);
      const error = await failure(harness(target).send());
      expect(target.requests).toHaveLength(2);
      expect(error).toBeInstanceOf(NetSuiteAuthError);
      expect(error).toMatchObject({ status: 401, errorCode: 'INVALID_LOGIN', detail: 'Invalid login attempt.', hint: 'Check the test token.', exitCode: 1 });
      expect(error.message).toBe(`NetSuite refused the credentials for POST ${target.origin}/services/rest/query/v1/suiteql twice in a row (401 INVALID_LOGIN: Invalid login attempt).`);
      expect(error.message.toLowerCase()).not.toContain('revoked');
    });
  });

  describe('bounds', () => {
    it('gives up after the configured number of attempts', async () => {
      const target = await serve(() => ({ status: 503, body: { title: 'Service Unavailable' } }));
      const error = await failure(harness(target, { policy: { maxAttempts: 4 } }).send());
      expect(target.requests).toHaveLength(4);
      expect(error).toBeInstanceOf(NetSuiteUnavailableError);
      expect(error).toMatchObject({ status: 503 });
      expect(error.message).toBe(`NetSuite answered POST ${target.origin}/services/rest/query/v1/suiteql with 503: Service Unavailable, still after 4 attempts over 4s.`);
    });

    it('gives up when the next wait would overrun the time budget', async () => {
      const target = await serve(() => ({ status: 500 }));
      const h = harness(target, { policy: { maxAttempts: 100, baseDelayMs: 1_000, maxDelayMs: 1_000_000, budgetMs: 10_000 }, random: () => 0.999 });
      const error = await failure(h.send());
      expect(error).toBeInstanceOf(NetSuiteUnavailableError);
      // Waits ~1s, 2s, 4s (7s in all); the next (~8s) would pass 10s.
      expect(h.waits).toEqual([999, 1_998, 3_996]);
      expect(target.requests).toHaveLength(4);
    });

    it('reports a refused connection as unavailable at once, without retrying a wrong address', async () => {
      const target = await serve(() => OK);
      const origin = target.origin;
      await target.close();
      server = null;
      const time = fakeTime();
      const transport = new NetSuiteTransport({ exchange: exchangeOf(), clock: time.clock, concurrency: 1, policy: { maxAttempts: 3 }, sleep: time.sleep });
      const error = await failure(transport.send({ method: 'GET', url: `${origin}/rest/revoketoken?consumerKey=${CANARY.consumerKey}&token=${CANARY.tokenId}`, authorizer: tbaAuthorizer(createSigner({ realm: '1', clock: time.clock }), canaryCredentials()), authHint: '' }));
      expect(error).toBeInstanceOf(NetSuiteUnavailableError);
      expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/rest\/revoketoken could not be reached \(.*ECONNREFUSED.*\)\.$/);
      // Node's message names the code already: it is not said twice.
      expect(error.message.match(/ECONNREFUSED/g)).toHaveLength(1);
      expect(time.waits).toEqual([]);
      expect(leakedCanaries(inspect(error, { depth: 10 }))).toEqual([]);
    });

    it('keeps requests in flight at or below the concurrency, counted by the server', async () => {
      for (const concurrency of [1, 2, 3]) {
        // Each answer is held until `concurrency` requests are waiting at the server (the last batch may
        // be smaller), so every slot is seen taken at once, and a request beyond the limit would be too.
        const total = 12;
        let held: (() => void)[] = [];
        let received = 0;
        const target = await serve(() => {
          received += 1;
          const after = new Promise<void>((resolve) => held.push(resolve));
          if (held.length === concurrency || received === total) {
            const batch = held;
            held = [];
            for (const release of batch) release();
          }
          return { ...OK, after };
        });
        const h = harness(target, { concurrency });
        await Promise.all(Array.from({ length: total }, () => h.send()));
        expect(target.requests).toHaveLength(total);
        expect(target.peakInFlight()).toBe(concurrency);
        await target.close();
        server = null;
      }
    });

    it('does not hold a slot while waiting to retry', async () => {
      let first = true;
      const target = await serve(() => {
        if (first) {
          first = false;
          return { status: 429, headers: { 'Retry-After': '1' } };
        }
        return OK;
      });
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let waiting: () => void = () => undefined;
      const waitingToRetry = new Promise<void>((resolve) => (waiting = resolve));
      const h = harness(target, {
        concurrency: 1,
        sleep: () => {
          waiting();
          return gate;
        },
      });
      const retrying = h.send();
      await waitingToRetry;
      // While the first request sleeps before its retry, another one gets through the single slot.
      expect((await h.send()).status).toBe(200);
      expect(target.requests).toHaveLength(2);
      release();
      expect((await retrying).status).toBe(200);
      expect(target.requests).toHaveLength(3);
    });
  });

  describe('hygiene', () => {
    it('sends no cookies back and follows no redirects', async () => {
      const target = await serve((index) =>
        index === 0 ? { status: 200, headers: { 'Set-Cookie': 'JSESSIONID=abc; Path=/' }, body: {} } : { status: 302, headers: { Location: 'http://127.0.0.1:1/elsewhere' } },
      );
      const h = harness(target);
      await h.send();
      const error = await failure(h.send());
      expect(target.requests[1]?.headers.cookie).toBeUndefined();
      expect(error).toBeInstanceOf(NetSuiteError);
      expect(error).toMatchObject({ status: 302 });
      expect(target.requests).toHaveLength(2);
    });

    it('sends the JSON body, Prefer: transient and the realm', async () => {
      const target = await serve(() => OK);
      await harness(target).send();
      const [request] = target.requests;
      expect(request?.headers['prefer']).toBe('transient');
      expect(request?.headers['content-type']).toBe('application/json');
      expect(JSON.parse(request?.body ?? '')).toEqual({ q: 'SELECT 1' });
      expect(request?.headers.authorization).toMatch(/^OAuth realm="1234567_SB1", oauth_consumer_key="/);
    });

    it('stops at once when the run is cancelled, also while waiting to retry', async () => {
      const target = await serve(() => ({ status: 503 }));
      const controller = new AbortController();
      const h = harness(target, {
        signal: controller.signal,
        sleep: async (_, signal) => {
          controller.abort();
          if (signal?.aborted === true) throw new Error('aborted');
          await Promise.resolve();
        },
      });
      const error = await failure(h.send());
      expect(error).toBeInstanceOf(NetSuiteCancelledError);
      expect(target.requests).toHaveLength(1);
    });

    it("does not send a request whose own signal was aborted while it waited for a slot, and abandons one in flight", async () => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => { release = resolve; });
      // Each request's arrival at the server, as a promise the test waits on.
      const arrived: (() => void)[] = [];
      const arrivals = [0, 1].map((index) => new Promise<void>((resolve) => { arrived[index] = resolve; }));
      const target = await serve((index) => {
        arrived[index]?.();
        return index === 0 ? { ...OK, after: held } : { status: 200, body: { items: [], totalResults: 0 }, after: new Promise<void>(() => undefined) };
      });
      const h = harness(target, { concurrency: 1 });
      const authorizer = tbaAuthorizer(createSigner({ realm: '1234567_SB1', clock: fakeTime().clock }), canaryCredentials());
      const request = (signal: AbortSignal) => h.transport.send({ method: 'POST', url: `${target.origin}/services/rest/query/v1/suiteql?limit=1000&offset=0`, body: { q: 'SELECT 1' }, authorizer, authHint: 'Check the test token.', signal });
      const first = new AbortController();
      const inFlight = request(first.signal);
      const queued = new AbortController();
      const waiting = request(queued.signal);
      await arrivals[0];
      queued.abort();
      release();
      await inFlight;
      expect(await failure(waiting)).toBeInstanceOf(NetSuiteCancelledError);
      expect(target.requests).toHaveLength(1);

      const stopped = new AbortController();
      const abandoned = request(stopped.signal);
      await arrivals[1];
      stopped.abort();
      expect(await failure(abandoned)).toBeInstanceOf(NetSuiteCancelledError);
    });

    it('points a bare 404 at the address (a wrong port, path or domain), and a NetSuite 404 at the account and role', async () => {
      const target = await serve((index) => (index === 0
        ? { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><head><title>Not found</title></head></html>' }
        : { status: 404, body: { 'o:errorDetails': [{ detail: 'The record was not found.', 'o:errorCode': 'NONEXISTENT_ID' }] } }));
      const h = harness(target);
      const hintOf = (error: Error): string | null => (error instanceof NetSuiteError ? error.hint : null);
      expect(hintOf(await failure(h.send()))).toMatch(/^The address may not be NetSuite's: .*NETSUITE_REST_URL/);
      expect(hintOf(await failure(h.send()))).toMatch(/^Check the account id and that the role has/);
    });

    it('reports an HTML error page from a proxy in one sentence, by its title, not as markup', async () => {
      const page = `<!DOCTYPE html>\n<html><head><title>403 Forbidden</title><style>body{font:1em sans-serif}</style></head>\n<body><h1>Forbidden</h1><p>${'x'.repeat(400)}</p></body></html>`;
      const target = await serve(() => ({ status: 403, headers: { 'Content-Type': 'text/html' }, body: page }));
      const error = await failure(harness(target).send());
      expect(error.message).toBe(`NetSuite answered POST ${target.origin}/services/rest/query/v1/suiteql with 403: an HTML page titled "403 Forbidden" instead of NetSuite's JSON.`);
    });

    it('never lets the signature of an attempt reach an error, even echoed bare', async () => {
      const target = await startScriptedServer((request) => {
        const signature = /oauth_signature="([^"]*)"/.exec(String(request.headers.authorization))?.[1] ?? 'none';
        return { status: 403, body: { 'o:errorDetails': [{ detail: `signature ${signature} / ${decodeURIComponent(signature)} does not match`, 'o:errorCode': 'INVALID_LOGIN' }] } };
      });
      server = target;
      const sent = target.requests;
      const error = await failure(harness(target).send());
      const signature = /oauth_signature="([^"]*)"/.exec(String(sent[0]?.headers.authorization))?.[1] ?? '';
      expect(signature).not.toBe('');
      expect(error.message).toContain('[redacted]');
      expect(`${error.message} ${inspect(error, { depth: 10 })}`).not.toContain(decodeURIComponent(signature));
      expect(`${error.message} ${inspect(error, { depth: 10 })}`).not.toContain(signature);
    });

    it('scrubs a plain-text or HTML answer before cutting it short, so a secret cut in two does not survive', async () => {
      for (const shape of ['text', 'html'] as const) {
        const target = await startScriptedServer((request) => {
          const signature = decodeURIComponent(/oauth_signature="([^"]*)"/.exec(String(request.headers.authorization))?.[1] ?? 'none');
          return shape === 'text'
            ? { status: 400, headers: { 'Content-Type': 'text/plain' }, body: `${'x'.repeat(280)} ${signature}` }
            : { status: 403, headers: { 'Content-Type': 'text/html' }, body: `<html><head><title>${'y'.repeat(100)} ${signature}</title></head></html>` };
        });
        server = target;
        const error = await failure(harness(target).send());
        const signature = decodeURIComponent(/oauth_signature="([^"]*)"/.exec(String(target.requests[0]?.headers.authorization))?.[1] ?? '');
        expect(signature.length).toBeGreaterThan(20);
        // The cut falls inside the echoed signature: no run of 8 of its characters may remain.
        for (let start = 0; start + 8 <= signature.length; start += 1) expect(error.message, shape).not.toContain(signature.slice(start, start + 8));
        await target.close();
        server = null;
      }
    });

    it('never lets a credential reach an error, its stack, its cause or a debug event', async () => {
      // A hostile or broken server echoing everything it received, the Authorization header included.
      const target = await startScriptedServer((request, index) =>
        index % 3 === 2
          ? { destroy: true }
          : { status: index % 3 === 0 ? 401 : 400, body: { 'o:errorDetails': [{ detail: `got ${request.url} ${String(request.headers.authorization)} ${JSON.stringify(request.headers)}`, 'o:errorCode': `X ${request.url}` }] } },
      );
      server = target;
      const h = harness(target, { policy: { maxAttempts: 3 } });
      const errors: Error[] = [];
      const url = `/rest/revoketoken?consumerKey=${CANARY.consumerKey}&token=${CANARY.tokenId}`;
      for (let round = 0; round < 2; round += 1) errors.push(await failure(h.send(url)));
      const printed = [
        ...errors.flatMap((error) => [error.message, String(error.stack), inspect(error, { depth: 10 }), JSON.stringify(error), String((error as { hint?: unknown }).hint)]),
        JSON.stringify(h.events),
        inspect(h.events, { depth: 10 }),
      ].join('\n');
      expect(printed).toContain('[redacted]');
      expect(leakedCanaries(printed)).toEqual([]);
    });
  });
});
