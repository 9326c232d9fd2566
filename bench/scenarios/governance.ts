import type { FaultKind } from '../../src/emulator/index.js';
import type { RetryReason } from '../../src/netsuite/transport.js';
import { signingTokens, type SigningToken } from '../account.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { hostEmulator, type HostedEmulator } from '../emulator-host.js';
import type { BenchRow } from '../result.js';
import { applyOnce } from '../revoke-run.js';
import { medianOf, roundTo } from '../stats.js';

/** One repetition: apply runs until every declared revocation is verified, or the allowance is spent. */
interface ConvergeSample {
  readonly wallMs: number;
  readonly applyRuns: number;
  readonly converged: boolean;
  readonly requests: number;
  readonly retries: number;
  readonly retriesByReason: Readonly<Record<RetryReason, number>>;
  /** Runs that ended in an error (a request that ran out of retries), not counting the changes that failed. */
  readonly failedRuns: number;
}

const RETRY_REASONS: readonly RetryReason[] = ['rate-limited', 'server-error', 'unauthorized', 'network', 'timeout'];

/**
 * Scenario 6: NetSuite under governance — a concurrency limit of 2 shared with nobody else, and 10% of
 * requests answered with a fault (429, 500, 503, a reset connection, a spurious 401). The same work on
 * a fault-free emulator with the same limit, in the same repetition, is the reference.
 */
export async function governanceScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.governance;
  const spec = { tokens: settings.tokens, loginRows: settings.tokens, seed: 6, latencyMs: profile.latencyMs, concurrencyLimit: settings.concurrencyLimit };
  const faulty = await hostEmulator({ ...spec, faults: { rate: settings.faultRate, seed: 6 } }, placementOf(context));
  const clean = await hostEmulator(spec, placementOf(context)).catch(async (error: unknown) => {
    await faulty.close();
    throw error;
  });
  try {
    const pools = new Map([faulty, clean].map((emulator) => [emulator, signingTokens(emulator.seed)]));
    const before = await faulty.counters();
    const faultySamples = new Map(settings.concurrencies.map((concurrency) => [concurrency, [] as ConvergeSample[]]));
    const cleanSamples = new Map(settings.concurrencies.map((concurrency) => [concurrency, [] as ConvergeSample[]]));
    for (let run = 1; run <= settings.runs; run += 1) {
      for (const concurrency of settings.concurrencies) {
        faultySamples.get(concurrency)?.push(await converge(faulty, pools, concurrency, context));
        cleanSamples.get(concurrency)?.push(await converge(clean, pools, concurrency, context));
      }
      context.log(`governance: repetition ${run}/${settings.runs} done`);
    }
    const after = await faulty.counters();
    const injected = faultDelta(before.faultsInjected, after.faultsInjected);
    return settings.concurrencies.map((concurrency) =>
      governanceRow(context, concurrency, faultySamples.get(concurrency) ?? [], cleanSamples.get(concurrency) ?? [], {
        faultsInjectedAllCases: Object.values(injected).reduce((sum, value) => sum + value, 0),
        ...Object.fromEntries(Object.entries(injected).map(([kind, value]) => [`injected ${kind}`, value])),
        emulatorPeakInFlight: after.peakInFlight,
        emulatorOverLimitAllCases: after.overLimit - before.overLimit,
      }),
    );
  } finally {
    await Promise.all([faulty.close(), clean.close()]);
  }
}

async function converge(emulator: HostedEmulator, pools: ReadonlyMap<HostedEmulator, SigningToken[]>, concurrency: number, context: BenchContext): Promise<ConvergeSample> {
  const settings = context.profile.governance;
  const [operator, ...rest] = pools.get(emulator) ?? [];
  const targets = rest.slice(0, settings.revokes);
  if (operator === undefined || targets.length < settings.revokes) throw new Error('The governance account has too few active tokens left.');
  // The operator stays first; the revoked targets leave the pool.
  pools.get(emulator)?.splice(1, settings.revokes);
  const started = performance.now();
  let requests = 0;
  let failedRuns = 0;
  const retriesByReason = Object.fromEntries(RETRY_REASONS.map((reason) => [reason, 0])) as Record<RetryReason, number>;
  for (let applyRun = 1; applyRun <= settings.maxApplyRuns; applyRun += 1) {
    try {
      const sample = await applyOnce({ origins: emulator.origins, account: emulator.seed.account, operator, targets, concurrency, retryPolicy: settings.retryPolicy });
      requests += sample.requests;
      for (const event of sample.retries) if (event.kind === 'retry') retriesByReason[event.reason] += 1;
      // Revoked targets show as "done" on later runs too: the plan then finds them already revoked.
      if (sample.done === sample.changes) return convergeSample(started, applyRun, true, requests, retriesByReason, failedRuns);
    } catch (error) {
      failedRuns += 1;
      context.log(`governance: an apply run failed (${error instanceof Error ? error.message : String(error)}); running again`);
    }
  }
  return convergeSample(started, settings.maxApplyRuns, false, requests, retriesByReason, failedRuns);
}

function convergeSample(started: number, applyRuns: number, converged: boolean, requests: number, retriesByReason: Record<RetryReason, number>, failedRuns: number): ConvergeSample {
  const retries = Object.values(retriesByReason).reduce((sum, value) => sum + value, 0);
  return { wallMs: performance.now() - started, applyRuns, converged, requests, retries, retriesByReason, failedRuns };
}

function faultDelta(before: Readonly<Record<FaultKind, number>>, after: Readonly<Record<FaultKind, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([kind, value]) => [kind, value - before[kind as FaultKind]]));
}

function governanceRow(context: BenchContext, concurrency: number, faulty: readonly ConvergeSample[], clean: readonly ConvergeSample[], counters: Record<string, number>): BenchRow {
  const settings = context.profile.governance;
  const wall = medianOf(faulty, (sample) => sample.wallMs);
  const cleanWall = medianOf(clean, (sample) => sample.wallMs);
  const converged = faulty.filter((sample) => sample.converged).length;
  const retriesPerRequest = medianOf(faulty, (sample) => sample.retries / Math.max(1, sample.requests));
  return {
    scenario: 'governance',
    case: `limit ${settings.concurrencyLimit}, ${Math.round(settings.faultRate * 100)}% faults, C=${concurrency}, K=${settings.revokes} (N=${count(settings.tokens)})`,
    runs: faulty.length,
    medianMs: wall,
    reference: { label: 'same work without faults', ms: cleanWall },
    ratio: wall / cleanWall,
    ratioLabel: '× fault-free',
    requests: medianOf(faulty, (sample) => sample.requests),
    requestLimit: null,
    target: `converges within ${settings.maxApplyRuns} apply runs in every repetition`,
    verdict: converged === faulty.length ? 'met' : 'missed',
    breakdown: `${medianOf(faulty, (sample) => sample.retries)} retries per repetition (${RETRY_REASONS.map((reason) => `${reason} ${medianOf(faulty, (sample) => sample.retriesByReason[reason])}`).join(', ')}), each waiting a jittered backoff; ${medianOf(clean, (sample) => sample.retries)} without faults`,
    details: {
      converged: `${converged}/${faulty.length}`,
      applyRunsMax: Math.max(...faulty.map((sample) => sample.applyRuns)),
      failedApplyRuns: faulty.reduce((sum, sample) => sum + sample.failedRuns, 0),
      retries: medianOf(faulty, (sample) => sample.retries),
      retriesPerRequest: roundTo(retriesPerRequest, 3),
      ...Object.fromEntries(RETRY_REASONS.map((reason) => [`retries ${reason}`, medianOf(faulty, (sample) => sample.retriesByReason[reason])])),
      'retries without faults': medianOf(clean, (sample) => sample.retries),
      ...counters,
    },
  };
}
