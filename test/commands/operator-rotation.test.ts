import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import { ROTATION_ACCOUNT, emulatorCertificates, rotationSeed, seededBundle } from '../support/rotation-fleet.js';
import { runCli } from '../support/runs.js';

/**
 * SPEC §11 guards: the operator's own mapping may rotate — keeping itself fresh is the point — but its
 * current certificate is revoked only after the new one is verified and delivered; the next run signs
 * in with the delivered bundle and has nothing left to do.
 */

let emulator: RunningEmulator | null = null;

/** The operator's own mapping declared active, with `extra` lines (rotation, deliver) after it. */
function operatorConfig(running: RunningEmulator, extra = ''): string {
  const operator = running.m2mCredentials('token-gitops');
  return `version: 1
account: "${ROTATION_ACCOUNT}"
policy: { unmanaged: ignore }
tokens: []
certificates:
  - mapping: token-gitops
    clientId: "${operator?.clientId ?? ''}"
    entity: "${operator?.entityId ?? ''}"
    role: "${operator?.roleId ?? ''}"
    state: active
    credentials: env:NETSUITE_CREDENTIALS
${extra}`;
}
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

describe('the operator rotating its own mapping', () => {
  it('rotates with --rotate, revokes its old certificate last, and signs in with the new bundle afterwards', async () => {
    const running = await startEmulator({ seed: rotationSeed(0), origins: 'split' });
    emulator = running;
    const dir = await mkdtemp(join(tmpdir(), 'nst-self-rotate-'));
    const old = running.m2mCredentials('token-gitops')?.current?.certificateId ?? '';
    await writeFile(join(dir, 'netsuite-tokens.yaml'), operatorConfig(running, '    rotation: { overlap: 0d }\n    deliver:\n      - file: { path: secrets/operator.json }\n'));
    const urls = { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets, NETSUITE_UI_URL: running.origins.system };
    const env = { ...urls, NETSUITE_CREDENTIALS: seededBundle(running, 'token-gitops') };

    // Not due (300 days left): only --rotate asks for it.
    const quiet = await runCli(['plan', '--detailed-exitcode'], { env, cwd: dir });
    expect(quiet.code).toBe(0);
    const applied = await runCli(['apply', '--yes', '--rotate', 'token-gitops'], { env, cwd: dir });
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);

    const bundle = await readFile(join(dir, 'secrets', 'operator.json'), 'utf8');
    const fresh = (JSON.parse(bundle) as { certificateId: string }).certificateId;
    expect(emulatorCertificates(running, 'token-gitops')).toEqual(expect.arrayContaining([{ certificateId: old, active: false }, { certificateId: fresh, active: true }]));
    const status = parse(await readFile(join(dir, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;
    expect(status.certificates?.[0]).toMatchObject({ rotation: null, previous: [], lastRotation: { certificateId: fresh } });

    // The old bundle no longer signs in; the delivered one does, and nothing is left to do.
    expect((await runCli(['plan'], { env, cwd: dir })).code).toBe(1);
    const next = await runCli(['plan', '--detailed-exitcode'], { env: { ...urls, NETSUITE_CREDENTIALS: bundle }, cwd: dir });
    expect(next.err).toBe('');
    expect(next.code).toBe(0);
  });

  it('observes its own mapping with its own token when the entry gives no credentials, and only when the entry is the client id\'s only one', async () => {
    const running = await startEmulator({ seed: rotationSeed(0), origins: 'split' });
    emulator = running;
    const dir = await mkdtemp(join(tmpdir(), 'nst-self-observe-'));
    const withoutCredentials = operatorConfig(running).replace('    credentials: env:NETSUITE_CREDENTIALS\n', '');
    const env = { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets, NETSUITE_CREDENTIALS: seededBundle(running, 'token-gitops') };
    interface JsonPlan { readonly findings: readonly { readonly kind: string; readonly subject: { readonly name: string; readonly id: string | null } }[]; readonly summary: { readonly byKind: Record<string, { readonly observed: number }> } }

    await writeFile(join(dir, 'netsuite-tokens.yaml'), withoutCredentials);
    const own = await runCli(['plan', '--format', 'json'], { env, cwd: dir });
    expect(own.err).toBe('');
    const observed = JSON.parse(own.out) as JsonPlan;
    expect(observed.findings).toEqual([]);
    expect(observed.summary.byKind['m2m-certificate']?.observed).toBeGreaterThanOrEqual(1);

    // A second entry on the same integration record (another entity): which one the operator's token lists is not known.
    const twin = withoutCredentials.replace(/( {2}- mapping: token-gitops\n(?: {4}.*\n)*)/, (block) => `${block}${block.replace('mapping: token-gitops', 'mapping: token-gitops-twin').replace(/entity: "[^"]*"/, 'entity: "99999"')}`);
    await writeFile(join(dir, 'netsuite-tokens.yaml'), twin);
    const ambiguous = await runCli(['plan', '--format', 'json'], { env, cwd: dir });
    expect((JSON.parse(ambiguous.out) as JsonPlan).findings.filter((finding) => finding.kind === 'unobservable').map((finding) => finding.subject.name).sort()).toEqual(['token-gitops', 'token-gitops-twin']);
  });

  it('names no mapping it does not know, and refuses one without rotation:', async () => {
    const running = await startEmulator({ seed: rotationSeed(0), origins: 'split' });
    emulator = running;
    const dir = await mkdtemp(join(tmpdir(), 'nst-self-rotate-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), operatorConfig(running));
    const env = { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets, NETSUITE_CREDENTIALS: seededBundle(running, 'token-gitops') };
    const unknown = await runCli(['apply', '--yes', '--rotate', 'token-gitop'], { env, cwd: dir });
    expect(unknown.code).toBe(3);
    expect(unknown.err).toContain('--rotate token-gitop: no certificate mapping of that name is declared; did you mean token-gitops?');
    const none = await runCli(['apply', '--yes', '--rotate', 'nothing-like-it'], { env, cwd: dir });
    expect(none.code).toBe(3);
    expect(none.err).toContain('--rotate nothing-like-it: no certificate mapping of that name is declared.\n');
    const plain = await runCli(['apply', '--yes', '--rotate', 'token-gitops'], { env, cwd: dir });
    expect(plain.code).toBe(3);
    expect(plain.err).toContain('the mapping declares no rotation:');
    expect(Object.keys(running.state().counters.requestsByPath)).toEqual([]);
  });
});

describe('verifying a new certificate by the role and entity its token acts as (SPEC §12.1)', () => {
  const ROTATE = '    rotation: { overlap: 0d }\n    deliver:\n      - file: { path: secrets/operator.json }\n';

  it('reads the five-field sub of Oracle\'s token-endpoint sample, and rotates', async () => {
    const running = await startEmulator({ seed: rotationSeed(0), origins: 'split', accessTokenSubject: 'five-field' });
    emulator = running;
    const dir = await mkdtemp(join(tmpdir(), 'nst-verify-sub-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), operatorConfig(running, ROTATE));
    const env = { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets, NETSUITE_UI_URL: running.origins.system, NETSUITE_CREDENTIALS: seededBundle(running, 'token-gitops') };
    const applied = await runCli(['apply', '--yes', '--rotate', 'token-gitops'], { env, cwd: dir });
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'secrets', 'operator.json'), 'utf8'))).toMatchObject({ kind: 'netsuite-m2m' });
  });

  it('delivers nothing and keeps the old certificate when the token does not say what it acts as', async () => {
    const running = await startEmulator({ seed: rotationSeed(0), origins: 'split', accessTokenSubject: 'unreadable' });
    emulator = running;
    const dir = await mkdtemp(join(tmpdir(), 'nst-verify-sub-'));
    const old = running.m2mCredentials('token-gitops')?.current?.certificateId ?? '';
    await writeFile(join(dir, 'netsuite-tokens.yaml'), operatorConfig(running, ROTATE));
    const env = { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets, NETSUITE_UI_URL: running.origins.system, NETSUITE_CREDENTIALS: seededBundle(running, 'token-gitops') };
    const applied = await runCli(['apply', '--yes', '--rotate', 'token-gitops'], { env, cwd: dir });
    expect(applied.code).toBe(1);
    expect(`${applied.out}${applied.err}`).toContain('does not say which role and entity it acts as');
    await expect(readFile(join(dir, 'secrets', 'operator.json'), 'utf8')).rejects.toThrow();
    expect(emulatorCertificates(running, 'token-gitops')).toContainEqual({ certificateId: old, active: true });
  });
});
