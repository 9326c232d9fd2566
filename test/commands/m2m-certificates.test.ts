import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import { packageRoot } from '../../src/support/package-root.js';
import { netsuiteUrls } from '../support/account.js';
import { runCli } from '../support/runs.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';

/**
 * SPEC §10–§11 end to end against the emulator: the operator signs in with its own M2M certificate
 * (a bundle in NETSUITE_CREDENTIALS), observes each declared mapping with that mapping's own token,
 * plans and applies a revoke through the certificates API, verifies by listing again and records
 * status version 2 — and no private key or access token appears anywhere.
 */

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

const bundleOf = (running: RunningEmulator, mapping: string): string => demoBundle(running, mapping);
const config = (running: RunningEmulator, expenseState: 'active' | 'revoked'): string => demoCertificatesConfig(running, expenseState);

async function setUp(): Promise<{ running: RunningEmulator; dir: string; env: Record<string, string>; keys: string[] }> {
  const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
  const running = await startEmulator({ seed, origins: 'split' });
  emulator = running;
  const dir = await mkdtemp(join(tmpdir(), 'nst-m2m-'));
  const env = { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: bundleOf(running, 'token-gitops'), EXPENSE_SYNC_M2M: bundleOf(running, 'expense-sync') };
  const keys = ['token-gitops', 'expense-sync'].flatMap((mapping) => (running.m2mCredentials(mapping)?.current?.privateKeyPem ?? '').split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')));
  return { running, dir, env, keys };
}

const tokenRequests = (running: RunningEmulator): number => running.state().counters.requestsByPath['/services/rest/auth/oauth2/v1/token'] ?? 0;

/** A plan signed in with the operator's bundle as changed by `change`, and what the person reads. */
async function refusedSignIn(change: (running: RunningEmulator, bundle: Record<string, unknown>) => Promise<Record<string, unknown>>, now?: () => Date): Promise<{ code: number; err: string; keys: string[] }> {
  const { running, dir, env, keys } = await setUp();
  await writeFile(join(dir, 'netsuite-tokens.yaml'), config(running, 'active'));
  const bundle = await change(running, JSON.parse(env.NETSUITE_CREDENTIALS ?? '{}') as Record<string, unknown>);
  const run = await runCli(['plan'], { env: { ...env, NETSUITE_CREDENTIALS: JSON.stringify(bundle) }, cwd: dir, ...(now === undefined ? {} : { now }) });
  return { code: run.code, err: run.err, keys };
}

async function control(running: RunningEmulator, path: string, body: object = {}): Promise<void> {
  const response = await fetch(`${running.controlUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
}

describe('an M2M sign-in NetSuite refuses, in one sentence and what to check', () => {
  it('a certificate id that is not mapped', async () => {
    const { code, err, keys } = await refusedSignIn((_, bundle) => Promise.resolve({ ...bundle, certificateId: 'NotMappedCertificate0000000000000000000000' }));
    expect(code).toBe(1);
    expect(err).toMatch(/^error: NetSuite refused the client credentials grant for client \w+ with certificate NotMappedCertificate0+ \(invalid_client: /m);
    expect(err).toContain('Check the certificate id (the JWT kid)');
    for (const line of keys) expect(err).not.toContain(line);
  });

  it('a revoked certificate', async () => {
    const { code, err } = await refusedSignIn(async (running, bundle) => {
      await control(running, `/certificates/${encodeURIComponent(String(bundle['certificateId']))}/revoke`);
      return bundle;
    });
    expect(code).toBe(1);
    expect(err).toMatch(/\(invalid_grant: [^)]*revoked/);
    expect(err).toContain('Check that the certificate is active');
  });

  it('an integration without the Client Credentials grant', async () => {
    const { code, err } = await refusedSignIn(async (running, bundle) => {
      await control(running, `/integrations/${running.m2mCredentials('token-gitops')?.integrationId ?? ''}/grants`, { grants: ['tba'] });
      return bundle;
    });
    expect(code).toBe(1);
    expect(err).toContain('(unauthorized_client: ');
    expect(err).toContain('Client Credentials (Machine to Machine) grant');
  });

  it('a clock more than five minutes off', async () => {
    const { code, err } = await refusedSignIn((_, bundle) => Promise.resolve(bundle), () => new Date(Date.now() + 20 * 60_000));
    expect(code).toBe(1);
    expect(err).toContain('(invalid_grant: ');
    expect(err).toContain("this machine's clock");
  });
});

describe('certificate mappings against the emulator, signed in with M2M', () => {
  it('plans with a Bearer token: the mapping expiring in 45 days is reported, and the operator’s own, whose role may not list certificates, is unobservable', async () => {
    const { running, dir, env, keys } = await setUp();
    await writeFile(join(dir, 'netsuite-tokens.yaml'), config(running, 'active'));
    const run = await runCli(['plan', '--format', 'json'], { env, cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.out) as { changes: unknown[]; findings: { kind: string; subject: { kind: string; name: string } }[]; summary: { byKind: Record<string, { managed: number }> } };
    expect(plan.changes).toEqual([]);
    expect(plan.findings.map((finding) => `${finding.kind}:${finding.subject.name}`)).toEqual(['expiring:expense-sync', 'unobservable:token-gitops']);
    expect(JSON.stringify(plan.findings[1])).toContain('lacks the permission Manage own OAuth 2.0 Client Credentials certificates');
    expect(JSON.stringify(plan.findings[1])).toContain('Give the mapping’s role');
    expect(plan.summary.byKind['m2m-certificate']?.managed).toBe(1);
    // One exchange per mapping and run: the operator's token serves SuiteQL and its own list.
    expect(tokenRequests(running)).toBe(2);
    for (const line of keys) expect(run.out + run.err).not.toContain(line);
    expect(run.out + run.err).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  it('revokes a mapping declared revoked through the certificates API, verifies it, and leaves it alone afterwards', async () => {
    const { running, dir, env, keys } = await setUp();
    await writeFile(join(dir, 'netsuite-tokens.yaml'), config(running, 'revoked'));
    const first = await runCli(['apply'], { env, cwd: dir });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Done, verified in NetSuite \(1\)/);
    expect(running.m2mCredentials('expense-sync')?.current).toBeNull();

    const statusText = await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8');
    const status = parse(statusText) as StatusFile;
    expect(status.statusVersion).toBe(2);
    expect(status.certificates?.map((mapping) => [mapping.mapping, mapping.state])).toEqual([['expense-sync', 'revoked'], ['token-gitops', 'unobservable']]);
    for (const line of keys) expect(first.out + first.err + statusText).not.toContain(line);
    // Access tokens and client assertions are JWTs: none reaches the output or the record.
    expect(first.out + first.err + statusText).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);

    // Recorded all revoked: the next run does not try to sign in as it (its certificate cannot).
    const before = tokenRequests(running);
    const second = await runCli(['apply'], { env, cwd: dir });
    expect(second.code).toBe(0);
    expect(tokenRequests(running) - before).toBe(1);
    // Nothing new after that: the record stays byte for byte.
    const settled = await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8');
    expect(await runCli(['apply'], { env, cwd: dir })).toMatchObject({ code: 0 });
    expect(await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8')).toBe(settled);
  });

  it('plans the TBA tokens of the example file the same whether the operator signs in with TBA or M2M', async () => {
    const { running, dir, env } = await setUp();
    const example = await readFile(join(packageRoot(), 'examples', 'netsuite-tokens.yaml'), 'utf8');
    await writeFile(join(dir, 'netsuite-tokens.yaml'), example);
    const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
    const tba = (tokenId: string, prefix: string): Record<string, string> => {
      const token = seed.tokens.find((candidate) => candidate.id === tokenId);
      const integration = seed.integrations.find((candidate) => candidate.id === token?.integration);
      return { [`${prefix}_CONSUMER_KEY`]: integration?.consumerKey ?? '', [`${prefix}_CONSUMER_SECRET`]: integration?.consumerSecret ?? '', [`${prefix}_TOKEN_ID`]: token?.tokenId ?? '', [`${prefix}_TOKEN_SECRET`]: token?.tokenSecret ?? '' };
    };
    const shared = { ...netsuiteUrls(running.origins), ...tba('4713', 'CELIGO') };
    const viaTba = await runCli(['plan', '--format', 'json'], { env: { ...shared, ...tba('4712', 'NETSUITE') }, cwd: dir });
    const viaM2m = await runCli(['plan', '--format', 'json'], { env: { ...shared, NETSUITE_CREDENTIALS: env.NETSUITE_CREDENTIALS ?? '' }, cwd: dir });
    expect(viaTba.code).toBe(0);
    expect(viaM2m.err).toBe('');
    expect(viaM2m.code).toBe(0);
    const changes = (out: string): unknown => (JSON.parse(out) as { changes: { subject: { id: string }; action: string; via: string; blocked: string | null }[] }).changes.map((change) => [change.subject.id, change.action, change.via, change.blocked]);
    expect(changes(viaM2m.out)).toEqual(changes(viaTba.out));
    expect((changes(viaM2m.out) as unknown[]).length).toBeGreaterThan(0);
  });

  it('import adopts the mapping the operator signs in with, protected, from its access token’s subject', async () => {
    const { running, dir, env, keys } = await setUp();
    const run = await runCli(['import', '--account', '1234567_SB1', '--out', 'imported.yaml'], { env, cwd: dir });
    expect(run.err).toMatch(/the mapping the operator signs in with protected as the operator's own/);
    expect(run.code).toBe(0);
    const written = parse(await readFile(join(dir, 'imported.yaml'), 'utf8')) as { certificates: unknown[] };
    expect(written.certificates).toEqual([{
      mapping: 'netsuite-tokens-operator',
      clientId: running.m2mCredentials('token-gitops')?.clientId,
      entity: '302',
      role: '1002',
      state: 'active',
      protect: true,
      credentials: 'env:NETSUITE_CREDENTIALS',
    }]);
    for (const line of keys) expect(run.out + run.err).not.toContain(line);
    // What import wrote plans without a change: the operator's mapping is its own and protected.
    const plan = await runCli(['plan', '--config', 'imported.yaml', '--detailed-exitcode'], { env, cwd: dir });
    expect(plan.err).toBe('');
    expect(plan.code).toBe(0);
  });

  it('refuses to revoke the mapping the operator signs in with', async () => {
    const { running, dir, env } = await setUp();
    await writeFile(join(dir, 'netsuite-tokens.yaml'), config(running, 'active').replace('    state: active\n    owner: "@acme/platform"', '    state: revoked\n    owner: "@acme/platform"'));
    const run = await runCli(['plan'], { env, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toContain('blocked: operator’s own sign-in');
    expect(running.m2mCredentials('token-gitops')?.current).not.toBeNull();
  });
});
