import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, spawnCli, type SpawnedCli } from '../support/built-cli.js';
import { trustingFetch } from './support/emulator-client.js';
import { OPERATOR, SMALL_SEED } from './support/small-seed.js';
import type { TestCredentials } from './support/test-signer.js';

/**
 * The emulator driven by a NetSuite client written by others: netsuite-rest (npm, MIT), which signs
 * TBA requests with OAuth 1.0a HMAC-SHA256 for an `https://` base URL. The emulator runs as
 * `netsuite-tokens emulator --tls` in its own process; the library runs in another, trusting the
 * emulator's certificate authority through NODE_EXTRA_CA_CERTS and nothing else. What is asserted
 * is what the library hands back.
 */
const DRIVER = fileURLToPath(new URL('./support/netsuite-rest-driver.js', import.meta.url));

interface Emulator {
  readonly cli: SpawnedCli;
  readonly rest: string;
  readonly system: string;
  readonly caFile: string;
  readonly ca: string;
}

let emulator: Emulator;

beforeAll(async () => {
  requireBuiltCli();
  const directory = await mkdtemp(join(tmpdir(), 'third-party-client-'));
  await writeFile(join(directory, 'seed.json'), JSON.stringify(SMALL_SEED));
  const cli = spawnCli(['emulator', '--port', '0', '--tls', '--tls-ca-file', 'ca.pem', '--seed', 'seed.json'], { env: {}, cwd: directory });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    cli.child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('Press Ctrl-C to stop.')) resolve();
    });
    void cli.done.then((ended) => { reject(new Error(`the emulator ended before listening: ${ended.out} ${ended.err}`)); });
  });
  const origin = (label: string): string => new RegExp(`${label} +(https://127\\.0\\.0\\.1:\\d+)/`).exec(out)?.[1] ?? '';
  const caFile = join(directory, 'ca.pem');
  emulator = { cli, rest: origin('REST'), system: origin('UI'), caFile, ca: await readFile(caFile, 'utf8') };
});

afterAll(async () => {
  emulator.cli.child.kill('SIGINT');
  const ended = await emulator.cli.done;
  expect(ended.code).toBe(0);
  expect(ended.out).toContain('Emulator stopped.');
});

type Step = { readonly kind: 'query' | 'pages'; readonly path: string; readonly q: string };

interface Answered {
  readonly statusCode: number;
  readonly data: { readonly items: Record<string, unknown>[]; readonly links: { rel: string; href: string }[]; readonly totalResults: number; readonly hasMore: boolean };
}

interface Refused {
  readonly error: string;
  readonly code?: string;
  readonly statusCode?: number;
  readonly body?: unknown;
  readonly wwwAuthenticate?: string;
}

/** Runs the steps through netsuite-rest in a child process and returns what the library returned. */
function throughLibrary(steps: readonly Step[], options: { credentials?: TestCredentials; trust?: boolean } = {}): Promise<unknown[]> {
  const credentials = options.credentials ?? OPERATOR;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    NS_CONSUMER_KEY: credentials.consumerKey,
    NS_CONSUMER_SECRET: credentials.consumerSecret,
    NS_TOKEN_ID: credentials.tokenId,
    NS_TOKEN_SECRET: credentials.tokenSecret,
    NS_REALM: SMALL_SEED.account,
    NS_BASE_URL: emulator.rest,
    NS_STEPS: JSON.stringify(steps),
    ...(options.trust === false ? {} : { NODE_EXTRA_CA_CERTS: emulator.caFile }),
  };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [DRIVER], { env, timeout: 20_000 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`the netsuite-rest driver failed: ${error.message} ${stderr}`));
      else resolve(JSON.parse(stdout) as unknown[]);
    });
  });
}

const one = async (q: string): Promise<Answered> => (await throughLibrary([{ kind: 'query', path: 'query/v1/suiteql', q }]))[0] as Answered;
const ids = (answered: Answered): unknown[] => answered.data.items.map((item) => item['id']);

describe('netsuite-rest (a client not written here) against `emulator --tls`', () => {
  it('pages a SuiteQL query by following the next links the emulator gives, over https', async () => {
    const [result] = (await throughLibrary([{ kind: 'pages', path: 'query/v1/suiteql?limit=2', q: 'SELECT id FROM oauthtoken ORDER BY id' }])) as [{ pages: Answered[] }];
    expect(result.pages.map((page) => page.statusCode)).toEqual([200, 200, 200]);
    expect(result.pages.flatMap(ids)).toEqual(['100', '101', '102', '103', '104', '105']);
    expect(result.pages.map((page) => page.data.hasMore)).toEqual([true, true, false]);
    expect(result.pages[0]?.data.totalResults).toBe(6);
    expect(result.pages[0]?.data.links.find((link) => link.rel === 'next')?.href).toBe(`${emulator.rest}/services/rest/query/v1/suiteql?limit=2&offset=2`);
  });

  it('finds a name with a quote in it through a doubled-quote literal, and only that one', async () => {
    const answered = await one("SELECT id, tba_token_name FROM oauthtoken WHERE tba_token_name = 'Celigo - O''Brien - Full'");
    expect(answered.statusCode).toBe(200);
    expect(answered.data.items).toEqual([{ links: [], id: '101', tba_token_name: "Celigo - O'Brien - Full" }]);
    expect((await one("SELECT id FROM oauthtoken WHERE tba_token_name = 'x'' OR ''1''=''1'")).data.items).toEqual([]);
  });

  it("filters dates with the date strings its README shows, and shows an aliased date in the user's format", async () => {
    expect(ids(await one("SELECT id FROM oauthtoken WHERE dcreated >= '01/01/2025' AND dcreated < '01/01/2026' ORDER BY id"))).toEqual(['101', '102', '104', '105']);
    expect((await one('SELECT dcreated AS created FROM oauthtoken WHERE id = 101')).data.items).toEqual([{ links: [], created: '6/15/2025' }]);
    expect(ids(await one('SELECT id FROM oauthtoken WHERE ROWNUM <= 2'))).toEqual(['100', '101']);
  });

  it("rejects an invalid query with the library's HTTPError carrying NetSuite's 400 body", async () => {
    const [missing, broken] = (await throughLibrary([
      { kind: 'query', path: 'query/v1/suiteql', q: 'SELECT id FROM nosuchtable' },
      { kind: 'query', path: 'query/v1/suiteql', q: 'SELECT id FROM oauthtoken WHERE' },
    ])) as [Refused, Refused];
    expect(missing).toMatchObject({
      error: 'HTTPError',
      statusCode: 400,
      body: {
        title: 'Bad Request',
        status: 400,
        'o:errorDetails': [
          {
            detail: "Invalid search query. Detailed unprocessed description follows. Search error occurred: Record 'nosuchtable' was not found.",
            'o:errorCode': 'INVALID_PARAMETER',
            'o:errorQueryParam': 'q',
          },
        ],
      },
    });
    expect(broken).toMatchObject({ error: 'HTTPError', statusCode: 400, body: { 'o:errorDetails': [{ detail: expect.stringContaining('Search error occurred: Invalid or unsupported search.') as unknown }] } });
  });

  it("rejects a bad secret with the library's HTTPError carrying the generic 401, and the emulator counts it", async () => {
    const before = (await (await trustingFetch(`${emulator.system}/__emulator/state`, {}, emulator.ca)).json()) as { counters: { authenticationFailures: number } };
    const [refused] = (await throughLibrary([{ kind: 'query', path: 'query/v1/suiteql', q: 'SELECT id FROM oauthtoken' }], { credentials: { ...OPERATOR, tokenSecret: 'not-the-secret' } })) as [Refused];
    expect(refused).toMatchObject({ error: 'HTTPError', statusCode: 401, body: { status: 401, 'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN' }] } });
    expect(refused.wwwAuthenticate).toContain('error="InvalidSignature"');
    const after = (await (await trustingFetch(`${emulator.system}/__emulator/state`, {}, emulator.ca)).json()) as { counters: { authenticationFailures: number } };
    expect(after.counters.authenticationFailures).toBe(before.counters.authenticationFailures + 1);
  });

  it("cannot connect at all unless told to trust the emulator's authority", async () => {
    const [refused] = (await throughLibrary([{ kind: 'query', path: 'query/v1/suiteql', q: 'SELECT id FROM oauthtoken' }], { trust: false })) as [Refused];
    expect(refused).toMatchObject({ error: 'RequestError', code: 'SELF_SIGNED_CERT_IN_CHAIN' });
  });
});
