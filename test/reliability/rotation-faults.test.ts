import { createHash, X509Certificate } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENTS_PATH_PREFIX } from '../../src/emulator/certificates-api.js';
import { FAULT_KINDS, startEmulator, type FaultKind, type RunningEmulator } from '../../src/emulator/index.js';
import { STACK_FRAME, runCli } from '../support/runs.js';
import { consumerEnv, converged, emulatorCertificates, expectConverged, rotationSeed, rotationWorld } from '../support/rotation-fleet.js';

/**
 * SPEC §16: with 20% of the answers of the token endpoint and the certificates API faulted — 429,
 * 500, 503, a dropped connection, a spurious 401, and `reset-after` (the request takes effect and
 * its reply is lost: an upload stored, a revocation made, a token issued) — rotations of several
 * mappings converge within a few applies, and a certificate is never uploaded twice: every upload
 * the operator sends is checked, as it leaves, against what the emulator already holds.
 */

const MAPPINGS = 4;
const MAX_RUNS = 6;
const RATE = 0.2;
const DAY_MS = 86_400_000;
const SCENARIOS: readonly { readonly seed: number; readonly overlap: '0d' | '7d'; readonly rate: number; readonly kinds: readonly FaultKind[] }[] = [
  { seed: 7, overlap: '0d', rate: RATE, kinds: FAULT_KINDS },
  { seed: 23, overlap: '0d', rate: RATE, kinds: FAULT_KINDS },
  { seed: 101, overlap: '0d', rate: RATE, kinds: FAULT_KINDS },
  { seed: 59, overlap: '7d', rate: RATE, kinds: FAULT_KINDS },
  // Lost replies alone, in 30% of the answers: uploads and revocations that took effect unbeknown to the operator.
  { seed: 5, overlap: '0d', rate: 0.3, kinds: ['reset-after'] },
];

const figures = { scenarios: 0, runs: 0, exit1: 0, faults: 0, resetAfter: 0, uploadsSent: 0, uploadsStored: 0, duplicateUploads: 0, revokesSent: 0, revokesOfRevoked: 0 };
const startedAt = performance.now();

afterAll(() => {
  console.info(`rotation-faults: ${JSON.stringify({ ...figures, ms: Math.round(performance.now() - startedAt) })}`);
});

/** SPEC §12.1: a certificate's id is base64url(SHA-256(DER)), unpadded, as the emulator names it. */
function certificateIdOf(pem: string): string {
  return createHash('sha256').update(new X509Certificate(pem).raw).digest('base64url');
}

interface Watch {
  uploadsSent: number;
  duplicateUploads: number;
  revokesSent: number;
  revokesOfRevoked: number;
}

/** The operator's fetch, watched: each upload and revoke checked against the emulator as it leaves. */
function watchedFetch(emulator: RunningEmulator, watch: Watch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (init?.method === 'POST' && url.pathname.startsWith(CLIENTS_PATH_PREFIX)) {
      const held = emulator.state().certificates;
      if (url.pathname.endsWith('/certificates')) {
        const body = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as { fileContent?: string };
        const id = certificateIdOf(body.fileContent ?? '');
        watch.uploadsSent += 1;
        if (held.some((certificate) => certificate.certificateId === id)) watch.duplicateUploads += 1;
      } else if (url.pathname.endsWith('/revoke')) {
        const id = decodeURIComponent(url.pathname.split('/').at(-2) ?? '');
        watch.revokesSent += 1;
        if (held.some((certificate) => certificate.certificateId === id && certificate.revokedAt !== null)) watch.revokesOfRevoked += 1;
      }
    }
    return fetch(input, init);
  };
}

describe.concurrent('rotations under 20% faults on the token endpoint and the certificates API', () => {
  for (const scenario of SCENARIOS) {
    it(`${String(scenario.rate * 100)}% ${scenario.kinds.length === 1 ? scenario.kinds.join('') : 'faults'}, seed ${String(scenario.seed)}, overlap ${scenario.overlap}: ${String(MAPPINGS)} mappings converge within ${String(MAX_RUNS)} applies, no certificate uploaded twice`, async () => {
      const offset = { ms: 0 };
      const now = (): Date => new Date(Date.now() + offset.ms);
      const emulator = await startEmulator({
        seed: rotationSeed(MAPPINGS),
        origins: 'split',
        now,
        latencyMs: 2,
        concurrencyLimit: 3,
        faults: { rate: scenario.rate, seed: scenario.seed, kinds: scenario.kinds, endpoints: ['token', 'certificates'] },
      });
      const world = await rotationWorld(emulator, MAPPINGS, { overlap: scenario.overlap, targets: 1 });
      const watch: Watch = { uploadsSent: 0, duplicateUploads: 0, revokesSent: 0, revokesOfRevoked: 0 };
      try {
        let runs = 0;
        while (!(await converged(world))) {
          runs += 1;
          expect(runs, `converged within ${String(MAX_RUNS)} applies`).toBeLessThanOrEqual(MAX_RUNS);
          const run = await runCli(['apply', '--yes'], { env: await consumerEnv(world), cwd: world.dir, now, fetch: watchedFetch(emulator, watch) });
          // A run may give up on a rotation (exit 1, said so); never a crash.
          expect([0, 1], `apply ${String(runs)}:\n${run.out}\n${run.err}`).toContain(run.code);
          expect(run.err).not.toMatch(STACK_FRAME);
          // A run that reports a failure leaves something for the next one to do (never a done revocation
          // reported failed because its reply was lost).
          if (run.code === 1) {
            figures.exit1 += 1;
            expect(await converged(world), `apply ${String(runs)} exited 1 with nothing left to do:\n${run.out}`).toBe(false);
          }
          // Never two rotations of one mapping: at most one new certificate per mapping per run.
          for (const mapping of world.mappings) expect(emulatorCertificates(emulator, mapping).length).toBeLessThanOrEqual(1 + runs);
          if (scenario.overlap !== '0d' && runs === 1) offset.ms = 8 * DAY_MS;
        }
        await expectConverged(world, `fault seed ${String(scenario.seed)}`, now());
        expect(watch.duplicateUploads, 'uploads of a certificate NetSuite already held').toBe(0);

        const state = emulator.state();
        const stored = state.certificates.length - (MAPPINGS + 1);
        figures.scenarios += 1;
        figures.runs += runs;
        figures.faults += Object.values(state.counters.faultsInjected).reduce((sum, count) => sum + count, 0);
        figures.resetAfter += state.counters.faultsInjected['reset-after'];
        figures.uploadsSent += watch.uploadsSent;
        figures.uploadsStored += stored;
        figures.duplicateUploads += watch.duplicateUploads;
        figures.revokesSent += watch.revokesSent;
        figures.revokesOfRevoked += watch.revokesOfRevoked;
      } finally {
        await emulator.close();
        await rm(world.dir, { recursive: true, force: true });
      }
    });
  }
});
