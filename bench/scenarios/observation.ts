import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { renderPlanText } from '../../src/domain/render-text.js';
import { createNetSuiteClient } from '../../src/netsuite/client.js';
import { observeAndPlan, type AccountPorts } from '../../src/reconcile.js';
import { operatorEnv, operatorOf, type SigningToken } from '../account.js';
import { adoptedDesiredState } from '../adopted-desired.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { cpuMsOf, hostEmulator, type HostedEmulator } from '../emulator-host.js';
import { LOWER_BOUND_FACTOR, observationLowerBoundMs, observationRequestLimit, pagesOf, sharedSlotsFloorMs, type ObservationPages } from '../lower-bound.js';
import { meteredExchange } from '../metered-exchange.js';
import { observeNaively } from '../naive-observer.js';
import type { BenchRow } from '../result.js';
import { formatMs } from '../format.js';
import { collectGarbage, median, medianOf, roundTo } from '../stats.js';
import type { DesiredState } from '../../src/domain/desired.js';

/** One `plan` without the CLI around it: observe through the client, plan, render the text. */
interface OursSample {
  readonly planWallMs: number;
  readonly observeMs: number;
  readonly requests: number;
  readonly roundTripMs: number;
  readonly pages: ObservationPages;
  /** CPU used meanwhile by this process (client, planning, rendering) and by the emulator's (null when shared). */
  readonly clientCpuMs: number;
  readonly emulatorCpuMs: number | null;
}

interface NaiveSample {
  readonly wallMs: number;
  readonly requests: number;
  readonly roundTripMs: number;
}

/**
 * Scenarios 1 and 2: observation cost at each account size, for the operator at each concurrency and
 * for the naive one-page-at-a-time script, interleaved within every repetition so drift on a shared
 * machine hits all of them alike.
 */
export async function observationScenarios(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of context.profile.observation.sizes) rows.push(...(await observeAccount(context, size)));
  return rows;
}

async function observeAccount(context: BenchContext, size: number): Promise<BenchRow[]> {
  const { profile } = context;
  const latencyMs = profile.latencyMs;
  const startedAt = performance.now();
  const emulator = await hostEmulator({ tokens: size, loginRows: size, seed: size, latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit }, placementOf(context));
  try {
    context.log(`observation: ${count(size)} tokens, emulator ready in ${Math.round(performance.now() - startedAt)} ms`);
    const operator = operatorOf(emulator.seed);
    const desired = adoptedDesiredState(emulator.seed);
    const concurrencies = profile.observation.concurrencies;
    for (let warmup = 0; warmup < profile.warmups; warmup += 1) await planOnce(emulator, operator, desired, concurrencies[0] ?? 2);

    const ours = new Map<number, OursSample[]>(concurrencies.map((concurrency) => [concurrency, []]));
    const naive: NaiveSample[] = [];
    const runs = profile.observation.runs(size);
    for (let run = 1; run <= runs; run += 1) {
      for (const concurrency of concurrencies) ours.get(concurrency)?.push(await planOnce(emulator, operator, desired, concurrency));
      naive.push(await naiveOnce(emulator, operator));
      context.log(`observation: ${count(size)} tokens, repetition ${run}/${runs} done`);
    }
    const counters = await emulator.counters();
    const emulatorDetails = { emulatorPeakInFlight: counters.peakInFlight, emulatorOverLimit: counters.overLimit };
    const rows = concurrencies.map((concurrency) => oursRow(size, concurrency, latencyMs, ours.get(concurrency) ?? [], emulatorDetails));
    rows.push(naiveRow(size, latencyMs, naive, ours));
    return rows;
  } finally {
    await emulator.close();
  }
}

async function planOnce(emulator: HostedEmulator, operator: SigningToken, desired: DesiredState, concurrency: number): Promise<OursSample> {
  collectGarbage();
  const metered = meteredExchange();
  const client = createNetSuiteClient({ account: emulator.seed.account, env: operatorEnv(emulator.origins, operator, concurrency), exchange: metered.exchange, clock: { now: () => new Date() } });
  let observeMs = 0;
  const reconcile: Omit<AccountPorts, 'status' | 'rotation'> = {
    directory: {
      observe: async (progress, listener) => {
        const started = performance.now();
        const observed = await client.directory.observe(progress, listener);
        observeMs = performance.now() - started;
        return observed;
      },
    },
    certificates: client.certificates,
    executor: client.executor,
    clock: { now: () => new Date() },
    signal: new AbortController().signal,
    uiOrigin: client.endpoints.ui,
  };
  const emulatorCpuBefore = await emulator.cpuMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const planned = await observeAndPlan(reconcile, { desired, credentials: new Map() }, EMPTY_HISTORY, { allowOverLimit: false });
  const text = renderPlanText(planned.plan, { color: false, uiOrigin: client.endpoints.ui });
  const planWallMs = performance.now() - started;
  const clientCpuMs = cpuMsOf(process.cpuUsage(cpuBefore));
  const emulatorCpuAfter = await emulator.cpuMs();
  if (text.length === 0) throw new Error('The plan came out empty.');
  return {
    planWallMs,
    observeMs,
    requests: metered.requests(),
    roundTripMs: metered.meanRoundTripMs(),
    pages: pagesOf(planned.observation),
    clientCpuMs,
    emulatorCpuMs: emulatorCpuBefore === null || emulatorCpuAfter === null ? null : emulatorCpuAfter - emulatorCpuBefore,
  };
}

async function naiveOnce(emulator: HostedEmulator, operator: SigningToken): Promise<NaiveSample> {
  collectGarbage();
  const metered = meteredExchange();
  const started = performance.now();
  const result = await observeNaively({ restOrigin: emulator.origins.rest, account: emulator.seed.account, operator, exchange: metered.exchange });
  const wallMs = performance.now() - started;
  if (result.tokens !== emulator.seed.tokens.length) throw new Error(`The naive observer read ${result.tokens} tokens of ${emulator.seed.tokens.length}.`);
  return { wallMs, requests: result.requests, roundTripMs: metered.meanRoundTripMs() };
}

function oursRow(size: number, concurrency: number, latencyMs: number, samples: readonly OursSample[], emulatorDetails: Record<string, number>): BenchRow {
  const first = samples[0];
  if (first === undefined) throw new RangeError('No observation samples.');
  const lowerBound = observationLowerBoundMs(latencyMs, first.pages, concurrency);
  const wall = medianOf(samples, (sample) => sample.planWallMs);
  const requests = medianOf(samples, (sample) => sample.requests);
  const requestLimit = observationRequestLimit(size);
  const ratio = wall / lowerBound;
  const observeMs = medianOf(samples, (sample) => sample.observeMs);
  const cpu = emulatorCpu(samples);
  const emulatorPart = cpu['emulatorCpuPerPageMs'] === undefined ? '' : `; the emulator spends ${cpu['emulatorCpuPerPageMs']} ms CPU per page on one thread, so the ${concurrency} pages of a round are answered one after another`;
  return {
    scenario: 'observation',
    case: `N=${count(size)} C=${concurrency}`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'round-trip lower bound', ms: lowerBound },
    ratio,
    ratioLabel: '× lower bound',
    requests,
    requestLimit,
    target: `plan wall ≤ ${LOWER_BOUND_FACTOR} × lower bound; requests ≤ ${requestLimit}`,
    verdict: ratio <= LOWER_BOUND_FACTOR && requests <= requestLimit ? 'met' : 'missed',
    breakdown:
      `observing took ${formatMs(observeMs)} (${roundTo(observeMs / lowerBound, 2)} × the bound; ${roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1)} ms per request against ${latencyMs} ms latency${emulatorPart}), ` +
      `planning and rendering the text plan ${formatMs(wall - observeMs)}; the operator's process used ${formatMs(medianOf(samples, (sample) => sample.clientCpuMs))} of CPU; ` +
      `the floor for any client whose two queries share the ${concurrency} slots is ${formatMs(sharedSlotsFloorMs(latencyMs, first.pages, concurrency))}`,
    details: {
      observeMs: roundTo(medianOf(samples, (sample) => sample.observeMs), 1),
      planAndRenderMs: roundTo(medianOf(samples, (sample) => sample.planWallMs - sample.observeMs), 1),
      tokenPages: first.pages.tokenPages,
      auditPages: first.pages.auditPages,
      sharedSlotsFloorMs: sharedSlotsFloorMs(latencyMs, first.pages, concurrency),
      meanRoundTripMs: roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1),
      latencyMs,
      operatorCpuMs: roundTo(medianOf(samples, (sample) => sample.clientCpuMs), 0),
      ...emulatorCpu(samples),
      ...emulatorDetails,
    },
  };
}

function naiveRow(size: number, latencyMs: number, naive: readonly NaiveSample[], ours: ReadonlyMap<number, readonly OursSample[]>): BenchRow {
  const wall = medianOf(naive, (sample) => sample.wallMs);
  const requests = medianOf(naive, (sample) => sample.requests);
  const observeAt = (concurrency: number): number | null => {
    const samples = ours.get(concurrency);
    return samples === undefined || samples.length === 0 ? null : median(samples.map((sample) => sample.observeMs));
  };
  const speedUps: Record<string, number> = {};
  for (const concurrency of ours.keys()) {
    const observeMs = observeAt(concurrency);
    if (observeMs !== null) speedUps[`speedUpAtC${concurrency}`] = roundTo(wall / observeMs, 2);
  }
  const defaultObserve = observeAt(2) ?? observeAt([...ours.keys()][0] ?? 2);
  return {
    scenario: 'naive-baseline',
    case: `N=${count(size)} one page in flight`,
    runs: naive.length,
    medianMs: wall,
    reference: defaultObserve === null ? null : { label: 'operator observation at C=2', ms: defaultObserve },
    ratio: defaultObserve === null ? null : wall / defaultObserve,
    ratioLabel: 'speed-up of the operator',
    requests,
    requestLimit: null,
    target: '',
    verdict: 'info',
    breakdown: `${requests} requests one after another, ${roundTo(medianOf(naive, (sample) => sample.roundTripMs), 1)} ms each on average against ${latencyMs} ms latency`,
    details: {
      ...speedUps,
      sequentialLowerBoundMs: latencyMs * requests,
      meanRoundTripMs: roundTo(medianOf(naive, (sample) => sample.roundTripMs), 1),
    },
  };
}

/** The emulator's CPU per observation, and per page: what its single thread adds to every round trip. */
function emulatorCpu(samples: readonly OursSample[]): Record<string, number> {
  const measured = samples.flatMap((sample) => (sample.emulatorCpuMs === null ? [] : [{ cpu: sample.emulatorCpuMs, pages: sample.requests }]));
  if (measured.length === 0) return {};
  return {
    emulatorCpuMs: roundTo(medianOf(measured, (sample) => sample.cpu), 0),
    emulatorCpuPerPageMs: roundTo(medianOf(measured, (sample) => sample.cpu / sample.pages), 1),
  };
}
