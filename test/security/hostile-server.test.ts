import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { FLEET_NOW, allCanaries, emulatorStates, fleetCanaries, fleetEnv, fleetSeed, parseStatus, readStatusText, writeFleetConfig } from '../support/fleet.js';
import { startGarbageServer, type GarbageAnswer } from '../support/garbage-server.js';
import { STACK_FRAME, runCli, type CliRun } from '../support/runs.js';

/**
 * What comes back from "NetSuite" is untrusted input too: a wrong NETSUITE_REST_URL, a proxy's error
 * page, a broken or hostile server. Each answer below ends in exit 1 with one clear sentence and a
 * hint — no stack trace, no terminal control sequence from the server, no unbounded reading.
 */

const RETIRED = 2;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function planAgainst(answer: GarbageAnswer, args: readonly string[] = ['plan']): Promise<CliRun> {
  const server = await startGarbageServer(answer);
  cleanups.push(() => server.close());
  const files = await writeFleetConfig(RETIRED);
  cleanups.push(() => rm(files.dir, { recursive: true, force: true }));
  return runCli(args, { env: fleetEnv(RETIRED, server.url), cwd: files.dir, now: () => FLEET_NOW });
}

function expectOneClearError(run: CliRun, mentions: RegExp): void {
  expect(run.code, run.err).toBe(1);
  expect(run.out).toBe('');
  expect(run.err).toMatch(/^error: [^\n]+\n( {2}[^\n]+\n)?$/);
  expect(run.err).toMatch(mentions);
  expect(run.err).not.toMatch(STACK_FRAME);
  expect(run.err).not.toMatch(CONTROL);
  expect(run.err).not.toMatch(/unexpected failure|bug in netsuite-tokens/);
  expect(run.err.length).toBeLessThan(1500);
  for (const canary of allCanaries(fleetCanaries(RETIRED))) expect(run.err).not.toContain(canary);
}

const NOT_A_PAGE = /not a SuiteQL result page/;

describe('garbage from the SuiteQL endpoint', () => {
  it('truncated JSON', async () => {
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'application/json', body: '{"items": [{"id": "1", "tba_token_name": "A' }), NOT_A_PAGE);
  });

  it('an HTML page answered with 200 (a proxy or captive portal)', async () => {
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Sign in to continue</h1></body></html>' }), NOT_A_PAGE);
  });

  it('JSON nested a million levels deep', async () => {
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'application/json', body: `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}` }), NOT_A_PAGE);
  });

  it('JSON of the wrong shape: rows that are not objects, a total that is text', async () => {
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'application/json', body: JSON.stringify({ items: [1, 'two', null], totalResults: '3' }) }), NOT_A_PAGE);
  });

  it('a row whose flags and dates are not what SuiteQL returns', async () => {
    const body = JSON.stringify({ items: [{ id: '1', tba_token_name: 'x', binactive: 'maybe', brevoked: 'F', dcreated: '2026-01-01T00:00:00' }], totalResults: 1, count: 1, offset: 0, hasMore: false });
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'application/json', body }), /held "maybe" in binactive/);
  });

  it('a row without a numeric id', async () => {
    const body = JSON.stringify({ items: [{ id: '1; DROP TABLE oauthtoken', tba_token_name: 'x' }], totalResults: 1, count: 1, offset: 0, hasMore: false });
    expectOneClearError(await planAgainst({ kind: 'body', status: 200, contentType: 'application/json', body }), /without a numeric id/);
  });

  it('an error whose text is huge and full of terminal escape sequences', async () => {
    const detail = `\u001b]0;owned\u0007\u001b[2J\u001b[31mINVALID\u001b[0m ${'A'.repeat(5_000_000)}`;
    const body = JSON.stringify({ type: 'x', title: 'Bad Request', status: 400, 'o:errorDetails': [{ detail, 'o:errorCode': '\u001b[5mBLINK' }] });
    expectOneClearError(await planAgainst({ kind: 'body', status: 400, contentType: 'application/json', body }), /NetSuite answered POST .*suiteql with 400/);
  });

  it('a body that never ends is cut off, not read into memory until the timeout', async () => {
    const run = await planAgainst({ kind: 'endless', prefix: '{"items":[', chunk: `{"id":"1","tba_token_name":"${'x'.repeat(16_000)}"},` });
    expectOneClearError(run, /larger than/);
  }, 20_000);
});

describe('a NetSuite URL that can never answer', () => {
  it('a port nothing listens on fails at once, with no retries', async () => {
    const files = await writeFleetConfig(RETIRED);
    cleanups.push(() => rm(files.dir, { recursive: true, force: true }));
    const origin = await closedOrigin();
    const run = await runCli(['plan', '--debug'], { env: fleetEnv(RETIRED, origin), cwd: files.dir, now: () => FLEET_NOW });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^error: POST ${origin.replace(/\./g, '\\.')}/services/rest/query/v1/suiteql could not be reached \\(.*ECONNREFUSED.*\\)\\.$`, 'm'));
    expect(run.err).not.toContain('debug: retry');
  });

  it('a port fetch refuses to use fails at once, with no retries, when requests go through fetch', async () => {
    const files = await writeFleetConfig(RETIRED);
    cleanups.push(() => rm(files.dir, { recursive: true, force: true }));
    const run = await runCli(['plan', '--debug'], { env: fleetEnv(RETIRED, 'http://127.0.0.1:6000'), cwd: files.dir, now: () => FLEET_NOW, fetch: globalThis.fetch.bind(globalThis) });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: POST http:\/\/127\.0\.0\.1:6000\/services\/rest\/query\/v1\/suiteql could not be reached \(fetch failed: bad port\)\.$/m);
    expect(run.err).not.toContain('debug: retry');
  });
});

/** An origin on loopback whose port was just freed: connecting is refused. */
async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return `http://127.0.0.1:${port}`;
}

describe('garbage from the RESTlet endpoint', () => {
  it('a 200 that is not NetSuite\'s answer proves nothing: the revoke is judged by observing, and fails', async () => {
    const server = await startGarbageServer({ kind: 'body', status: 200, contentType: 'text/html', body: '<html>OK</html>' });
    cleanups.push(() => server.close());
    const emulator = await startEmulator({ seed: fleetSeed(RETIRED), origins: 'split', now: () => FLEET_NOW });
    cleanups.push(() => emulator.close());
    const files = await writeFleetConfig(RETIRED);
    cleanups.push(() => rm(files.dir, { recursive: true, force: true }));
    const run = await runCli(['apply'], { env: { ...fleetEnv(RETIRED, emulator.origins), NETSUITE_RESTLETS_URL: server.url }, cwd: files.dir, now: () => FLEET_NOW });

    expect(run.code).toBe(1);
    expect(server.requests()).toBe(RETIRED);
    const status = parseStatus((await readStatusText(files.statusPath)) ?? '');
    for (const token of status.tokens.filter((each) => each.desired === 'revoked')) {
      expect(token.state).toBe('active');
      expect(token.failed).toEqual([expect.objectContaining({ action: 'revoke', detail: expect.stringContaining('still shows the token active') as unknown })]);
    }
    expect(Object.values(emulatorStates(emulator))).not.toContain('revoked');
  });
});
