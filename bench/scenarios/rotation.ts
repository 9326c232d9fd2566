import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfigText } from '../../src/config/load-config-text.js';
import { createBundleDelivery } from '../../src/delivery/bundle-delivery.js';
import type { StatusFile } from '../../src/domain/status.js';
import type { EmulatorM2MCredentials } from '../../src/emulator/index.js';
import { createNetSuiteClient } from '../../src/netsuite/client.js';
import { TOKEN_PATH } from '../../src/netsuite/m2m-authorizer.js';
import type { CertificateFactory } from '../../src/ports.js';
import { reconcile } from '../../src/reconcile.js';
import { generateCertificate } from '../../src/secrets/certificate-generator.js';
import { operatorEnv } from '../account.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { hostEmulator } from '../emulator-host.js';
import { formatMs } from '../format.js';
import { LOWER_BOUND_FACTOR } from '../lower-bound.js';
import { mappingEntry } from '../m2m-run.js';
import { meteredExchange } from '../metered-exchange.js';
import type { BenchRow } from '../result.js';
import { ceilDiv, collectGarbage, medianOf, roundTo } from '../stats.js';
import { operatorOf } from '../account.js';

/** SPEC §16: per mapping at most 4 NetSuite requests to rotate (token, list, upload, token) and 2 to retire (revoke, list). */
const REQUESTS_PER_ROTATION = 6;

interface RotationSample {
  readonly wallMs: number;
  readonly requests: number;
  readonly suiteqlRequests: number;
  readonly tokenExchanges: number;
  readonly keyGenerationMs: number;
  readonly rotated: number;
  readonly roundTripMs: number;
}

/**
 * Issue 13: `apply` rotating K EC mappings with overlap 0d (each one generated, uploaded with the
 * mapping's own token, verified by signing in with the new key, delivered to a file and the old
 * certificate retired) against the emulator with latency, judged against the round-trip floor of
 * every request the run made plus the key generation it did. A fresh emulator per repetition: a
 * rotation changes the account.
 */
export async function rotationScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.rotation;
  const samples: RotationSample[] = [];
  for (let run = 0; run < settings.runs + profile.warmups; run += 1) {
    const sample = await rotateOnce(context, settings.mappings, settings.concurrency, 1300 + run);
    if (sample.rotated !== settings.mappings) throw new Error(`rotation: ${sample.rotated} of ${settings.mappings} mappings rotated.`);
    if (run >= profile.warmups) samples.push(sample);
    context.log(`rotation: ${count(settings.mappings)} mappings, repetition ${run + 1 - profile.warmups}/${settings.runs} done`);
  }
  return [rotationRow(samples, settings.mappings, settings.concurrency, profile.latencyMs)];
}

async function rotateOnce(context: BenchContext, mappings: number, concurrency: number, seed: number): Promise<RotationSample> {
  const { profile } = context;
  const emulator = await hostEmulator({ tokens: 20, loginRows: 20, seed, latencyMs: profile.latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit, mappings }, placementOf(context));
  const workdir = await mkdtemp(join(tmpdir(), 'nst-bench-rotation-'));
  try {
    const declared = await emulator.m2mCredentials();
    const account = emulator.seed.account;
    const env: Record<string, string | undefined> = { ...operatorEnv(emulator.origins, operatorOf(emulator.seed), concurrency) };
    const text = rotatingFile(account, declared, env);
    const loaded = loadConfigText(text, join(workdir, 'netsuite-tokens.yaml'));
    if (!loaded.ok) throw new Error(`The generated desired-state file is invalid: ${loaded.problems.map((problem) => problem.message).join(' ')}`);
    const built = buildDesiredState(loaded.loaded, env);
    const metered = meteredExchange();
    const clock = { now: () => new Date() };
    const client = createNetSuiteClient({ account, env, exchange: metered.exchange, clock });
    let keyGenerationMs = 0;
    const factory: CertificateFactory = {
      generate: async (request) => {
        const started = performance.now();
        try {
          return await generateCertificate(request);
        } finally {
          keyGenerationMs += performance.now() - started;
        }
      },
    };
    const written: StatusFile[] = [];
    collectGarbage();
    const started = performance.now();
    const { report } = await reconcile(
      {
        directory: client.directory,
        certificates: client.certificates,
        executor: client.executor,
        rotation: { factory, delivery: createBundleDelivery({ configDirectory: workdir, env, clock }), mask: () => undefined },
        // The journal's writes are the status record's: kept in memory, so the bench measures the operator and NetSuite.
        status: { location: join(workdir, 'netsuite-tokens.status.yaml'), read: () => Promise.resolve(null), write: (status) => { written.push(status); return Promise.resolve(); } },
        clock,
        signal: new AbortController().signal,
        uiOrigin: client.endpoints.ui,
      },
      { desired: built.state, credentials: built.credentials },
      { allowOverLimit: true, rotate: declared.map((mapping) => mapping.mapping), savedPlan: null, runUrl: null, publishers: [] },
    );
    const wallMs = performance.now() - started;
    if (written.length === 0) throw new Error('rotation: the run wrote no status.');
    const rotated = (report.rotations ?? []).filter((rotation) => rotation.state === 'retired').length;
    return {
      wallMs,
      requests: metered.requests(),
      suiteqlRequests: metered.requestsTo('/services/rest/query/v1/suiteql'),
      tokenExchanges: metered.requestsTo(TOKEN_PATH),
      keyGenerationMs,
      rotated,
      roundTripMs: metered.meanRoundTripMs(),
    };
  } finally {
    await rm(workdir, { recursive: true, force: true });
    await emulator.close();
  }
}

/** Every generated mapping declared with rotation (overlap 0d) into a file target of its own; their bundles in `env`. */
function rotatingFile(account: string, declared: readonly EmulatorM2MCredentials[], env: Record<string, string | undefined>): string {
  const lines = ['version: 1', `account: "${account}"`, 'policy:', '  unmanaged: ignore', `  maxChangesPerRun: ${declared.length}`, 'tokens: []', 'certificates:'];
  declared.forEach((mapping, index) => {
    lines.push(
      ...mappingEntry(account, mapping, index, env),
      '    rotation: { algorithm: ec-p256, validity: 365d, overlap: 0d }',
      '    deliver:',
      `      - file: { path: delivered/${mapping.mapping}.json }`,
    );
  });
  return `${lines.join('\n')}\n`;
}

function rotationRow(samples: readonly RotationSample[], mappings: number, concurrency: number, latencyMs: number): BenchRow {
  const requests = medianOf(samples, (sample) => sample.requests);
  const suiteql = medianOf(samples, (sample) => sample.suiteqlRequests);
  const perMapping = (requests - suiteql) / mappings;
  const lowerBound = latencyMs * ceilDiv(requests, concurrency);
  const keyGeneration = medianOf(samples, (sample) => sample.keyGenerationMs);
  const wall = medianOf(samples, (sample) => sample.wallMs);
  const allowed = LOWER_BOUND_FACTOR * lowerBound + keyGeneration;
  const ratio = (wall - keyGeneration) / lowerBound;
  return {
    scenario: 'rotation',
    case: `K=${count(mappings)} EC mappings, overlap 0d, C=${concurrency}`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'round-trip lower bound', ms: lowerBound },
    ratio,
    ratioLabel: '× lower bound (key generation taken out)',
    requests,
    requestLimit: REQUESTS_PER_ROTATION * mappings + suiteql,
    target: `NetSuite requests ≤ ${REQUESTS_PER_ROTATION} per mapping; wall ≤ ${LOWER_BOUND_FACTOR} × ⌈requests / C⌉ × latency + key generation`,
    verdict: perMapping <= REQUESTS_PER_ROTATION && wall <= allowed ? 'met' : 'missed',
    breakdown:
      `${roundTo(perMapping, 2)} NetSuite requests per mapping (${medianOf(samples, (sample) => sample.tokenExchanges)} token exchanges in all) and ${suiteql} SuiteQL pages, ` +
      `key generation ${formatMs(keyGeneration)} in all, ${roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1)} ms per request against ${latencyMs} ms latency; ` +
      `allowed ${formatMs(allowed)} (${ceilDiv(requests, concurrency)} rounds of ${concurrency} × ${LOWER_BOUND_FACTOR} + key generation)`,
    details: {
      requestsPerMapping: roundTo(perMapping, 2),
      suiteqlRequests: suiteql,
      keyGenerationMs: roundTo(keyGeneration, 1),
      allowedMs: roundTo(allowed, 1),
      meanRoundTripMs: roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1),
      latencyMs,
    },
  };
}
