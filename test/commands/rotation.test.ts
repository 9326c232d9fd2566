import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import { packageRoot } from '../../src/support/package-root.js';
import { netsuiteUrls } from '../support/account.js';
import { runCli } from '../support/runs.js';
import { answering, captureIo } from '../support/io.js';
import { main } from '../../src/cli.js';
import { startFakeGitHub } from '../github/support/fake-github.js';
import { startFakeSecretsManager } from '../support/fake-secrets-manager.js';
import { DEMO_ACCOUNT, demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';
import { control } from '../emulator/support/emulator-client.js';
import { newCertificate } from '../emulator/support/m2m.js';

/**
 * SPEC §12.1 end to end against the emulator: a mapping whose certificate expires within renewBefore is
 * rotated by apply — a new key and certificate, uploaded with the mapping's own token, verified by
 * signing in with the new key, delivered to a file target, and the old certificate retired (at once with
 * overlap 0d, or by a later apply once the overlap has passed) — and the next apply has nothing to do.
 */

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

const DAY_MS = 86_400_000;

function rotatingConfig(running: RunningEmulator, overlap: string): string {
  return `${demoCertificatesConfig(running, 'active')}    rotation: { validity: 365d, overlap: ${overlap} }
    deliver:
      - file: { path: secrets/expense-sync.json }
`;
}

/** One clock for the operator and the emulator, so a test can let days pass. */
const clock = { at: Date.now(), now: (): Date => new Date(clock.at) };

async function setUp(overlap: string): Promise<{ running: RunningEmulator; dir: string; env: Record<string, string>; oldCertificate: string }> {
  const seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
  clock.at = Date.now();
  const running = await startEmulator({ seed, origins: 'split', now: clock.now });
  emulator = running;
  const dir = await mkdtemp(join(tmpdir(), 'nst-rotate-'));
  await writeFile(join(dir, 'netsuite-tokens.yaml'), rotatingConfig(running, overlap));
  const env = { ...netsuiteUrls(running.origins), NETSUITE_CREDENTIALS: demoBundle(running, 'token-gitops'), EXPENSE_SYNC_M2M: demoBundle(running, 'expense-sync') };
  return { running, dir, env, oldCertificate: running.m2mCredentials('expense-sync')?.current?.certificateId ?? '' };
}

const statusOf = async (dir: string): Promise<StatusFile> => parse(await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;

/** The mapping's certificates as the emulator holds them (its own view, not the operator's). */
function certificatesOf(running: RunningEmulator, mapping: string): { certificate_id: string; revoked: boolean }[] {
  const credentials = running.m2mCredentials(mapping);
  return running.state().certificates
    .filter((certificate) => certificate.clientId === credentials?.clientId && certificate.entityId === credentials.entityId && certificate.roleId === credentials.roleId)
    .map((certificate) => ({ certificate_id: certificate.certificateId, revoked: certificate.revokedAt !== null }));
}

describe('apply rotates a certificate that expires within renewBefore', () => {
  it('with overlap 0d: uploads, verifies, delivers to the file target and retires the old certificate in one run', async () => {
    const { running, dir, env, oldCertificate } = await setUp('0d');

    const plan = await runCli(['plan', '--detailed-exitcode'], { env, cwd: dir });
    expect(plan.code).toBe(2);
    expect(plan.out).toContain('Rotate');
    expect(plan.out).toContain('file:secrets/expense-sync.json');

    const applied = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);

    const bundleText = await readFile(join(dir, 'secrets', 'expense-sync.json'), 'utf8');
    expect((await stat(join(dir, 'secrets', 'expense-sync.json'))).mode & 0o777).toBe(0o600);
    const bundle = JSON.parse(bundleText) as Record<string, string>;
    expect(bundle).toMatchObject({ kind: 'netsuite-m2m', version: 1, accountId: DEMO_ACCOUNT, algorithm: 'ES256' });
    expect(bundle['certificateId']).not.toBe(oldCertificate);

    const listed = certificatesOf(running, 'expense-sync');
    expect(listed.find((item) => item.certificate_id === oldCertificate)?.revoked).toBe(true);
    expect(listed.find((item) => item.certificate_id === bundle['certificateId'])?.revoked).toBe(false);

    const status = await statusOf(dir);
    const row = status.certificates?.find((mapping) => mapping.mapping === 'expense-sync');
    expect(row?.rotation).toBeNull();
    expect(row?.previous).toEqual([]);
    expect(row?.lastRotation?.certificateId).toBe(bundle['certificateId']);
    expect(row?.current?.certificateId).toBe(bundle['certificateId']);

    // Nothing of the key anywhere but the file target.
    const keyLines = (bundle['privateKey'] ?? '').split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
    expect(keyLines.length).toBeGreaterThan(0);
    const statusText = await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8');
    for (const line of keyLines) {
      expect(applied.out).not.toContain(line);
      expect(statusText).not.toContain(line);
    }

    // The consumer now reads the new bundle: the next apply has nothing to do.
    const again = await runCli(['apply', '--yes'], { env: { ...env, EXPENSE_SYNC_M2M: bundleText }, cwd: dir });
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('Rotate');
  });

  it('records a refusal for NetSuite\'s limit of 5 active certificates as capacity, keeps the old certificate and exits 1', async () => {
    const { running, dir, env, oldCertificate } = await setUp('0d');
    // Other mappings of the same integration record hold the rest: the mapping's own token cannot see them.
    const credentials = running.m2mCredentials('expense-sync');
    const activeOnRecord = (): number => running.state().certificates.filter((certificate) => certificate.clientId === credentials?.clientId && certificate.state === 'active').length;
    while (activeOnRecord() < 5) {
      const uploaded = await control(running, 'POST', '/certificates', { integration: credentials?.integrationId, entity: '302', role: '1002', certificatePem: newCertificate({ type: 'ec', curve: 'P-256' }, { from: new Date(clock.at - DAY_MS), days: 365 }).pem });
      expect(uploaded.status).toBe(201);
    }

    const applied = await runCli(['apply', '--yes', '--format', 'json'], { env, cwd: dir, now: clock.now });
    expect(applied.code).toBe(1);
    const report = JSON.parse(applied.out) as { results: { action: string; outcome: string; failure: string | null; detail: string }[]; rotations: { state: string; failure: string | null; detail: string }[] };
    const rotate = report.results.find((result) => result.action === 'rotate');
    expect(rotate).toMatchObject({ outcome: 'failed', failure: 'capacity' });
    expect(rotate?.detail).toContain('the most active certificates NetSuite allows (5');
    expect(report.rotations).toEqual([expect.objectContaining({ state: 'failed', failure: 'capacity' })]);
    expect(certificatesOf(running, 'expense-sync')).toEqual([{ certificate_id: oldCertificate, revoked: false }]);

    const row = (await statusOf(dir)).certificates?.find((mapping) => mapping.mapping === 'expense-sync');
    expect(row?.failed).toEqual([expect.objectContaining({ action: 'rotate', via: 'api', failure: 'capacity' })]);

    const text = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(text.code).toBe(1);
    expect(text.out).toContain("The integration record is at NetSuite's limit of 5 active certificates; the next apply tries again.");
  });

  it('with an overlap: delivers now, keeps the old certificate, and a later apply retires it', async () => {
    const { running, dir, env, oldCertificate } = await setUp('7d');
    const start = clock.at;
    const first = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(first.code).toBe(0);
    const bundleText = await readFile(join(dir, 'secrets', 'expense-sync.json'), 'utf8');
    const newCertificate = (JSON.parse(bundleText) as Record<string, string>)['certificateId'];

    let row = (await statusOf(dir)).certificates?.find((mapping) => mapping.mapping === 'expense-sync');
    expect(row?.rotation).toMatchObject({ state: 'delivered', certificateId: newCertificate, replaces: [oldCertificate], targets: [{ target: 'file:secrets/expense-sync.json', state: 'written' }] });
    expect(row?.previous).toEqual([{ certificateId: oldCertificate, retireAfter: new Date(start + 7 * DAY_MS).toISOString(), supersededAt: new Date(start).toISOString() }]);
    expect((certificatesOf(running, 'expense-sync')).find((item) => item.certificate_id === oldCertificate)?.revoked).toBe(false);

    // Before the overlap ends: nothing to do.
    clock.at = start + 6 * DAY_MS;
    const early = await runCli(['plan', '--detailed-exitcode'], { env: { ...env, EXPENSE_SYNC_M2M: bundleText }, cwd: dir, now: clock.now });
    expect(early.err).toBe('');
    expect(early.code).toBe(0);

    clock.at = start + 8 * DAY_MS;
    const later = await runCli(['apply', '--yes'], { env: { ...env, EXPENSE_SYNC_M2M: bundleText }, cwd: dir, now: clock.now });
    expect(later.code).toBe(0);
    expect(later.out).toContain('retire (active → revoked)');
    expect((certificatesOf(running, 'expense-sync')).find((item) => item.certificate_id === oldCertificate)?.revoked).toBe(true);
    row = (await statusOf(dir)).certificates?.find((mapping) => mapping.mapping === 'expense-sync');
    expect(row?.rotation).toBeNull();
    expect(row?.previous).toEqual([]);
    expect(row?.lastRotation?.certificateId).toBe(newCertificate);
  });
});

/** A new mapping on the demo's integration record, for entity 309 and role 1008: no certificate yet, its variable not set. */
function onboardingConfig(clientId: string): string {
  return `version: 1
account: "${DEMO_ACCOUNT}"
policy: { unmanaged: ignore }
tokens: []
certificates:
  - mapping: expense-onboard
    clientId: "${clientId}"
    entity: "309"
    role: "1008"
    state: active
    credentials: env:EXPENSE_ONBOARD_M2M
    rotation: { overlap: 0d }
    deliver:
      - file: { path: secrets/expense-onboard.json }
`;
}

describe('onboarding a mapping that has no certificate yet (SPEC §11)', () => {
  it('makes the first key and certificate, delivers the bundle, shows the same certificate until an administrator uploads it, then verifies it', async () => {
    const { running, dir, env } = await setUp('0d');
    const client = running.m2mCredentials('expense-sync')?.clientId ?? '';
    await writeFile(join(dir, 'netsuite-tokens.yaml'), onboardingConfig(client));
    const first = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('pending');
    const bundleText = await readFile(join(dir, 'secrets', 'expense-onboard.json'), 'utf8');
    const bundle = JSON.parse(bundleText) as Record<string, string>;
    const journal = (await statusOf(dir)).certificates?.find((row) => row.mapping === 'expense-onboard')?.rotation;
    expect(journal).toMatchObject({ state: 'delivered', certificateId: bundle['certificateId'], replaces: [] });
    const pem = journal?.certificatePem ?? '';
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(pem).not.toContain('PRIVATE KEY');
    for (const line of (bundle['privateKey'] ?? '').split('\n').filter((line) => line.length > 20)) expect(first.out).not.toContain(line);
    // The checklist says where, for which entity and role, and shows the certificate to upload (public).
    expect(first.out).toContain('Administrator checklist (1): in the NetSuite UI, Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup');
    expect(first.out).toMatch(/\[ \]\s+Rotate\s+—\s+expense-onboard\s+entity 309\s+role 1008\s+owner/);
    for (const line of pem.trim().split('\n')) expect(first.out).toContain(`      ${line}`);
    expect(first.out).toContain('Delivered; waiting for an administrator to upload the certificate');
    expect(first.out).not.toContain('Delivered by an earlier run');
    expect(first.out).not.toContain('Access Tokens');

    // Not uploaded yet: the next run shows the same certificate and delivers nothing new.
    const second = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(second.code).toBe(0);
    expect((await statusOf(dir)).certificates?.find((row) => row.mapping === 'expense-onboard')?.rotation?.certificatePem).toBe(pem);
    expect(await readFile(join(dir, 'secrets', 'expense-onboard.json'), 'utf8')).toBe(bundleText);

    // The administrator uploads it; the consumer's variable holds the delivered bundle; the next run verifies it.
    const uploaded = await fetch(`${running.controlUrl}/certificates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ integration: running.m2mCredentials('expense-sync')?.integrationId, entity: '309', role: '1008', certificatePem: pem }) });
    expect(uploaded.ok).toBe(true);
    const third = await runCli(['apply', '--yes'], { env: { ...env, EXPENSE_ONBOARD_M2M: bundleText }, cwd: dir, now: clock.now });
    expect(third.err).toBe('');
    expect(third.code).toBe(0);
    const row = (await statusOf(dir)).certificates?.find((mapping) => mapping.mapping === 'expense-onboard');
    expect(row?.rotation).toBeNull();
    expect(row?.lastRotation?.certificateId).toBe(bundle['certificateId']);
    expect(row?.current?.certificateId).toBe(bundle['certificateId']);
  });
});

describe('a delivery that leaves its target as it was', () => {
  it('revokes the new certificate at once, so a target that keeps failing never fills the integration record', async () => {
    const { running, dir, env, oldCertificate } = await setUp('7d');
    // A name the file system takes, but not the temporary file the write puts the key in first
    // (255 bytes at most): the write fails before the target changes, whoever runs the test.
    const target = `secrets/${'k'.repeat(245)}.json`;
    await writeFile(join(dir, 'netsuite-tokens.yaml'), rotatingConfig(running, '7d').replace('secrets/expense-sync.json', target));
    for (const run of [1, 2]) {
      const applied = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
      expect(applied.code, `run ${run}`).toBe(1);
      expect(applied.out + applied.err).toContain('Could not write');
      expect(applied.out + applied.err).toMatch(/No target holds the new certificate \S+, so it was revoked again\./);
      // Only the certificate the bundle holds is active: each run's new one was revoked when its delivery failed.
      expect(certificatesOf(running, 'expense-sync').filter((item) => !item.revoked).map((item) => item.certificate_id)).toEqual([oldCertificate]);
      const row = (await statusOf(dir)).certificates?.find((mapping) => mapping.mapping === 'expense-sync');
      expect(row?.rotation ?? null).toBeNull();
      expect(row?.previous).toEqual([]);
    }
    expect(certificatesOf(running, 'expense-sync')).toHaveLength(3);
  });
});

describe('a mapping that only looks new', () => {
  it('is not onboarded over a target that already holds a value: its variable unset and no status file is no proof it is new', async () => {
    const { running, dir, env } = await setUp('0d');
    const client = running.m2mCredentials('expense-sync')?.clientId ?? '';
    await writeFile(join(dir, 'netsuite-tokens.yaml'), onboardingConfig(client));
    // What its consumers read today: a bundle this run knows nothing about.
    await mkdir(join(dir, 'secrets'), { recursive: true });
    const working = '{"kind":"netsuite-m2m","certificateId":"in-use"}\n';
    await writeFile(join(dir, 'secrets', 'expense-onboard.json'), working, { mode: 0o600 });
    const refused = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(refused.code).toBe(1);
    expect(refused.out + refused.err).toContain('Not onboarded: file:secrets/expense-onboard.json already holds a value');
    expect(refused.out + refused.err).toContain('set EXPENSE_ONBOARD_M2M');
    expect(await readFile(join(dir, 'secrets', 'expense-onboard.json'), 'utf8')).toBe(working);
    expect((await statusOf(dir)).certificates?.find((row) => row.mapping === 'expense-onboard')?.rotation ?? null).toBeNull();

    // Once the stale value is removed, the same apply onboards.
    await rm(join(dir, 'secrets', 'expense-onboard.json'));
    const onboarded = await runCli(['apply', '--yes'], { env, cwd: dir, now: clock.now });
    expect(onboarded.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'secrets', 'expense-onboard.json'), 'utf8'))).toMatchObject({ kind: 'netsuite-m2m', clientId: client });
  });
});

describe('delivery targets are checked before NetSuite is asked anything', () => {
  it('refuses a file target git would commit, at its place in the file, with no request sent', async () => {
    const { running, dir, env } = await setUp('0d');
    execFileSync('git', ['init', '-q', dir]);
    const apply = await runCli(['apply', '--yes'], { env: { ...env, PATH: process.env['PATH'] ?? '' }, cwd: dir, now: clock.now });
    expect(apply.code).toBe(3);
    expect(apply.err).toMatch(/netsuite-tokens\.yaml:\d+:\d+/);
    expect(apply.err).toContain('file:secrets/expense-sync.json');
    expect(apply.err).not.toMatch(/^\s+at /m);
    expect(Object.values(running.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0)).toBe(0);

    // Once git ignores it, the same apply rotates.
    await writeFile(join(dir, '.gitignore'), 'secrets/\n');
    const ignored = await runCli(['apply', '--yes'], { env: { ...env, PATH: process.env['PATH'] ?? '' }, cwd: dir, now: clock.now });
    expect(ignored.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'secrets', 'expense-sync.json'), 'utf8'))).toMatchObject({ kind: 'netsuite-m2m' });
  });
});

describe('rotating into a GitHub environment secret, AWS Secrets Manager and a file', () => {
  it('delivers one bundle to every target, each readable by its consumer and signing in', async () => {
    const { dir, env } = await setUp('0d');
    const github = await startFakeGitHub({ token: 'ghs_operator_token_0001', owner: 'acme', repo: 'expense-sync', branchTip: () => null, environments: ['production'] });
    const aws = await startFakeSecretsManager({ accessKeyId: 'AKIAEXAMPLE0001', region: 'eu-west-1' });
    try {
      aws.createSecret('netsuite/expense-sync');
      await writeFile(join(dir, 'netsuite-tokens.yaml'), `${demoCertificatesConfig(emulator as RunningEmulator, 'active')}    rotation: { overlap: 0d }
    deliver:
      - github: { repository: acme/expense-sync, environment: production, secret: NETSUITE_M2M }
      - aws: { secretId: netsuite/expense-sync, region: eu-west-1 }
      - file: { path: secrets/expense-sync.json }
`);
      const stores = { GITHUB_SECRETS_TOKEN: 'ghs_operator_token_0001', GITHUB_API_URL: github.url, AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE0001', AWS_SECRET_ACCESS_KEY: 'example-secret-access-key', AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url };
      const applied = await runCli(['apply', '--yes'], { env: { ...env, ...stores }, cwd: dir, now: clock.now });
      expect(applied.err).toBe('');
      expect(applied.code).toBe(0);

      const fromFile = await readFile(join(dir, 'secrets', 'expense-sync.json'), 'utf8');
      expect(github.secretValue('NETSUITE_M2M', 'production')).toBe(fromFile);
      expect(aws.currentValue('netsuite/expense-sync')).toBe(fromFile);
      expect(aws.violations).toEqual([]);
      expect(aws.requests.every((request) => /^AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE0001\//.test(request.authorization ?? ''))).toBe(true);
      // The sealed value on the wire is not the bundle.
      expect(JSON.stringify(github.requests)).not.toContain((JSON.parse(fromFile) as { privateKey: string }).privateKey.split('\n')[1] ?? 'unreachable');

      // A consumer reading the GitHub secret signs in with it: the mapping is observed with the delivered bundle.
      const plan = await runCli(['plan', '--format', 'json'], { env: { ...env, EXPENSE_SYNC_M2M: github.secretValue('NETSUITE_M2M', 'production') ?? '' }, cwd: dir, now: clock.now });
      expect(plan.code).toBe(0);
      const findings = (JSON.parse(plan.out) as { findings: { kind: string; subject: { name: string } }[] }).findings;
      expect(findings.filter((finding) => finding.subject.name === 'expense-sync')).toEqual([]);
    } finally {
      await github.close();
      await aws.close();
    }
  });
});

describe('apply --rotate that cannot rotate the mapping is not a success', () => {
  const ROTATE_OPERATOR = '    credentials: env:NETSUITE_CREDENTIALS\n    rotation: { overlap: 0d }\n    deliver:\n      - file: { path: secrets/operator.json }\n';

  it('fails (exit 1) naming why when NetSuite will not list the mapping\'s certificates, and uploads nothing', async () => {
    const { running, dir, env } = await setUp('0d');
    // The demo's operator mapping: its role lacks the permission to list its own certificates.
    await writeFile(join(dir, 'netsuite-tokens.yaml'), demoCertificatesConfig(running, 'active').replace('    credentials: env:NETSUITE_CREDENTIALS\n', ROTATE_OPERATOR));
    const before = running.state().certificates.length;
    const applied = await runCli(['apply', '--yes', '--rotate', 'token-gitops'], { env, cwd: dir, now: clock.now });
    expect(applied.code).toBe(1);
    expect(applied.err).toMatch(/^error: --rotate token-gitops: no rotation was started\. NetSuite refused to list this mapping's certificates: .*Manage own OAuth 2\.0 Client Credentials certificates/m);
    expect(running.state().certificates.length).toBe(before);
  });

  it('refuses before any request a mapping it could not rotate: credentials not set, declared revoked, left out by --only (3), protected (4)', async () => {
    const { running, dir, env } = await setUp('0d');
    const requests = (): number => Object.values(running.state().counters.requestsByPath).reduce((sum, count) => sum + count, 0);
    const rotate = async (config: string, args: readonly string[] = [], environment: Record<string, string> = env): Promise<{ code: number; err: string }> => {
      await writeFile(join(dir, 'netsuite-tokens.yaml'), config);
      return runCli(['apply', '--yes', '--rotate', 'expense-sync', ...args], { env: environment, cwd: dir, now: clock.now });
    };
    const unset = await rotate(rotatingConfig(running, '0d'), [], { ...env, EXPENSE_SYNC_M2M: '' });
    expect(unset.code).toBe(3);
    expect(unset.err).toContain("error: --rotate expense-sync: the mapping's credentials are not set (EXPENSE_SYNC_M2M), and only its own token can upload a new certificate.\n  Set EXPENSE_SYNC_M2M to the mapping's current credentials bundle");
    const revoked = await rotate(rotatingConfig(running, '0d').replace(/(mapping: expense-sync\n(?: {4}.*\n)*? {4})state: active/, '$1state: revoked'));
    expect(revoked.code).toBe(3);
    expect(revoked.err).toContain('error: --rotate expense-sync: the mapping is declared revoked, so it gets no new certificate.\n');
    const outside = await rotate(rotatingConfig(running, '0d'), ['--only', 'token-gitops']);
    expect(outside.code).toBe(3);
    expect(outside.err).toContain('error: --rotate expense-sync: --only leaves the mapping out of this run.\n  Add --only expense-sync, or leave out --only.\n');
    const guarded = await rotate(rotatingConfig(running, '0d').replace('    credentials: env:EXPENSE_SYNC_M2M\n', '    credentials: env:EXPENSE_SYNC_M2M\n    protect: true\n'));
    expect(guarded.code).toBe(4);
    expect(guarded.err).toContain('error: --rotate expense-sync: the mapping is protected (protect: true), so the operator never changes it.\n');
    expect(requests()).toBe(0);
  });
});

describe('apply at a terminal, before a rotation', () => {
  it('asks in words of the rotation, not of revoking, and changes nothing unless told "yes" (exit 4)', async () => {
    for (const [overlap, effect] of [
      ['7d', "Rotating uploads a new certificate and delivers its key to the mapping's targets; the certificate it replaces stays active for the overlap."],
      ['0d', "Rotating uploads a new certificate and delivers its key to the mapping's targets, then revokes the certificate it replaces in the same run, which cannot be undone."],
    ] as const) {
      const { running, dir, env } = await setUp(overlap);
      const person = answering('no');
      const io = captureIo({ env, cwd: dir, now: clock.now, terminal: { ask: person } });
      const before = running.state().certificates.length;
      expect(await main(['apply'], io)).toBe(4);
      expect(person.questions).toEqual([`\nApply 1 change through NetSuite's API to account ${DEMO_ACCOUNT}? ${effect} Only "yes" is accepted: `]);
      expect(io.err()).toContain('error: Apply cancelled: nothing was changed in NetSuite.');
      expect(running.state().certificates.length).toBe(before);
      await running.close();
      emulator = null;
    }
  });
});
