import type { EmulatorM2MCredentials } from '../../src/emulator/index.js';
import { operatorOf } from '../account.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { formatMs } from '../format.js';
import { hostEmulator, type HostedEmulator } from '../emulator-host.js';
import { LOWER_BOUND_FACTOR, observationLowerBoundMs, observationRequestLimit } from '../lower-bound.js';
import { planWithM2M, type M2MPlanSample } from '../m2m-run.js';
import type { BenchRow, ScenarioId } from '../result.js';
import { ceilDiv, collectGarbage, median, medianOf, roundTo } from '../stats.js';

/**
 * Issue 12 (a): `plan` observing M mappings, each with its own token exchange and certificate list,
 * judged against the round-trip floor of every request the run made: ⌈requests / C⌉ × latency.
 */
export async function m2mMappingsScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.m2m;
  const latencyMs = profile.latencyMs;
  const emulator = await hostEmulator(
    { tokens: settings.tokens, loginRows: settings.tokens, seed: 12, latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit, mappings: settings.mappings + 1 },
    placementOf(context),
  );
  try {
    const { operator, declared } = await operatorAndDeclared(emulator, settings.mappings);
    const once = (): Promise<M2MPlanSample> => {
      collectGarbage();
      return planWithM2M({ origins: emulator.origins, account: emulator.seed.account, operator, declared, concurrency: settings.concurrency });
    };
    for (let warmup = 0; warmup < profile.warmups; warmup += 1) await once();
    const samples: M2MPlanSample[] = [];
    for (let run = 1; run <= settings.runs; run += 1) {
      samples.push(checked(await once(), declared.length, 'm2m-mappings'));
      context.log(`m2m-mappings: ${count(declared.length)} mappings, repetition ${run}/${settings.runs} done`);
    }
    const counters = await emulator.counters();
    return [mappingsRow(samples, declared.length, settings.concurrency, latencyMs, settings.tokens, counters.peakInFlight)];
  } finally {
    await emulator.close();
  }
}

/** Issue 12 (b): signing in with M2M costs one token exchange per run, however many pages the run reads. */
export async function m2mSignInScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.m2m;
  const latencyMs = profile.latencyMs;
  const tokens = settings.signInTokens;
  const emulator = await hostEmulator(
    { tokens, loginRows: tokens, seed: 1212, latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit, mappings: 1 },
    placementOf(context),
  );
  try {
    const { operator } = await operatorAndDeclared(emulator, 0);
    const tba = operatorOf(emulator.seed);
    const emulatorCpu = { m2m: [] as number[], tba: [] as number[] };
    const once = async (signIn: 'm2m' | 'tba'): Promise<M2MPlanSample> => {
      collectGarbage();
      const cpuBefore = await emulator.cpuMs();
      const sample = await planWithM2M({ origins: emulator.origins, account: emulator.seed.account, operator: signIn === 'm2m' ? operator : tba, declared: [], concurrency: settings.concurrency });
      const cpuAfter = await emulator.cpuMs();
      if (cpuBefore !== null && cpuAfter !== null) emulatorCpu[signIn].push(cpuAfter - cpuBefore);
      return sample;
    };
    for (let warmup = 0; warmup < profile.warmups; warmup += 1) {
      await once('m2m');
      await once('tba');
    }
    // The same plan signed in with TBA, interleaved so drift hits both alike: the difference is the sign-in.
    const samples: M2MPlanSample[] = [];
    const tbaSamples: M2MPlanSample[] = [];
    for (let run = 1; run <= settings.runs; run += 1) {
      samples.push(checked(await once('m2m'), 0, 'm2m-sign-in'));
      tbaSamples.push(await once('tba'));
      context.log(`m2m-sign-in: ${count(tokens)} tokens, repetition ${run}/${settings.runs} done`);
    }
    const cpuDetails = emulatorCpu.m2m.length === 0 ? {} : { emulatorCpuMs: roundTo(median(emulatorCpu.m2m), 0), tbaEmulatorCpuMs: roundTo(median(emulatorCpu.tba), 0) };
    return [signInRow(samples, tbaSamples, tokens, settings.concurrency, latencyMs, cpuDetails)];
  } finally {
    await emulator.close();
  }
}

/** The generated mappings: the last signs the operator in, the first `declared` are what the file declares. */
async function operatorAndDeclared(emulator: HostedEmulator, declared: number): Promise<{ operator: EmulatorM2MCredentials; declared: readonly EmulatorM2MCredentials[] }> {
  const all = await emulator.m2mCredentials();
  const operator = all[declared];
  if (operator === undefined) throw new Error(`The generated seed has ${all.length} mappings; ${declared + 1} are needed.`);
  return { operator, declared: all.slice(0, declared) };
}

function checked(sample: M2MPlanSample, declared: number, scenario: ScenarioId): M2MPlanSample {
  if (sample.mappingsObserved !== declared) throw new Error(`${scenario}: observed ${sample.mappingsObserved} of ${declared} mappings.`);
  return sample;
}

function mappingsRow(samples: readonly M2MPlanSample[], mappings: number, concurrency: number, latencyMs: number, tokens: number, peakInFlight: number): BenchRow {
  const first = samples[0];
  if (first === undefined) throw new RangeError('No m2m-mappings samples.');
  const requests = medianOf(samples, (sample) => sample.requests);
  const lowerBound = latencyMs * ceilDiv(requests, concurrency);
  const wall = medianOf(samples, (sample) => sample.wallMs);
  const ratio = wall / lowerBound;
  const requestLimit = observationRequestLimit(tokens) + 2 * mappings + 1;
  const exchanges = medianOf(samples, (sample) => sample.tokenExchanges);
  const lists = medianOf(samples, (sample) => sample.certificateLists);
  const suiteqlPages = first.pages.tokenPages + first.pages.auditPages;
  return {
    scenario: 'm2m-mappings',
    case: `M=${count(mappings)} mappings C=${concurrency}`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'round-trip lower bound', ms: lowerBound },
    ratio,
    ratioLabel: '× lower bound',
    requests,
    requestLimit,
    target: `plan wall ≤ ${LOWER_BOUND_FACTOR} × ⌈requests / C⌉ × latency; requests ≤ ${requestLimit}`,
    verdict: ratio <= LOWER_BOUND_FACTOR && requests <= requestLimit ? 'met' : 'missed',
    breakdown:
      `${exchanges} token exchanges (one per mapping and the operator's), ${lists} certificate lists and ${suiteqlPages} SuiteQL pages, ` +
      `${roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1)} ms per request against ${latencyMs} ms latency; ` +
      `the bound is ${formatMs(lowerBound)} (${ceilDiv(requests, concurrency)} rounds of ${concurrency})`,
    details: {
      tokenExchanges: exchanges,
      certificateLists: lists,
      suiteqlPages,
      mappingsObserved: first.mappingsObserved,
      meanRoundTripMs: roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1),
      latencyMs,
      emulatorPeakInFlight: peakInFlight,
    },
  };
}

function signInRow(samples: readonly M2MPlanSample[], tbaSamples: readonly M2MPlanSample[], tokens: number, concurrency: number, latencyMs: number, cpuDetails: Record<string, number>): BenchRow {
  const first = samples[0];
  if (first === undefined) throw new RangeError('No m2m-sign-in samples.');
  const requests = medianOf(samples, (sample) => sample.requests);
  const requestLimit = observationRequestLimit(tokens) + 1;
  // Every run, not the median: one run that exchanged twice is a miss.
  const mostExchanges = Math.max(...samples.map((sample) => sample.tokenExchanges));
  // Issue 7's bound plus the exchange, which must finish before the first page can be asked for.
  const lowerBound = latencyMs + observationLowerBoundMs(latencyMs, first.pages, concurrency);
  const wall = medianOf(samples, (sample) => sample.wallMs);
  const tbaWall = medianOf(tbaSamples, (sample) => sample.wallMs);
  const tbaRequests = medianOf(tbaSamples, (sample) => sample.requests);
  return {
    scenario: 'm2m-sign-in',
    case: `N=${count(tokens)} signed in with M2M C=${concurrency}`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'lower bound with one exchange', ms: lowerBound },
    ratio: wall / lowerBound,
    ratioLabel: '× lower bound',
    requests,
    requestLimit,
    target: `exactly 1 token-endpoint request per run; requests ≤ ${requestLimit}`,
    verdict: samples.every((sample) => sample.tokenExchanges === 1) && requests <= requestLimit ? 'met' : 'missed',
    breakdown:
      `${mostExchanges} token-endpoint request(s) at most in a run, for ${first.pages.tokenPages + first.pages.auditPages} SuiteQL pages sent with the same Bearer token; ` +
      `${roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1)} ms per request against ${latencyMs} ms latency; ` +
      `the same plan signed in with TBA took ${formatMs(tbaWall)} in ${tbaRequests} requests (M2M − TBA: ${formatMs(wall - tbaWall)}, ${requests - tbaRequests} request)` +
      (cpuDetails['emulatorCpuMs'] === undefined ? '' : `; the emulator's single thread spent ${cpuDetails['emulatorCpuMs']} ms CPU answering the M2M run and ${cpuDetails['tbaEmulatorCpuMs'] ?? '?'} ms the TBA one`),
    details: {
      tokenEndpointRequests: mostExchanges,
      tbaWallMs: roundTo(tbaWall, 1),
      tbaRequests,
      m2mMinusTbaMs: roundTo(wall - tbaWall, 1),
      tbaMeanRoundTripMs: roundTo(medianOf(tbaSamples, (sample) => sample.roundTripMs), 1),
      ...cpuDetails,
      tokenPages: first.pages.tokenPages,
      auditPages: first.pages.auditPages,
      meanRoundTripMs: roundTo(medianOf(samples, (sample) => sample.roundTripMs), 1),
      latencyMs,
    },
  };
}
