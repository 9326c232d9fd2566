import { signingTokens } from '../account.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { hostEmulator } from '../emulator-host.js';
import { LOWER_BOUND_FACTOR, observationLowerBoundMs, observationRequestLimit } from '../lower-bound.js';
import type { BenchRow } from '../result.js';
import { applyOnce, type ApplySample } from '../revoke-run.js';
import { ceilDiv, medianOf, roundTo } from '../stats.js';

/**
 * Scenario 4: `apply` revoking K tokens through rest/revoketoken, each signed with its own credentials.
 * One account serves every case; each repetition revokes tokens no earlier one touched.
 */
export async function applyScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.apply;
  const latencyMs = profile.latencyMs;
  const emulator = await hostEmulator(
    { tokens: settings.tokens, loginRows: settings.tokens, seed: 4, latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit },
    placementOf(context),
  );
  try {
    const [operator, ...pool] = signingTokens(emulator.seed);
    if (operator === undefined) throw new Error('The apply account has no token to sign in with.');
    const take = (amount: number): typeof pool => {
      if (pool.length < amount) throw new Error(`The apply account has too few active tokens left for ${amount} revocations.`);
      return pool.splice(0, amount);
    };
    const cases = settings.revokes.flatMap((revokes) => settings.concurrencies.map((concurrency) => ({ revokes, concurrency })));
    const samples = new Map(cases.map((item) => [item, [] as MeasuredApply[]]));
    const once = async (revokes: number, concurrency: number): Promise<MeasuredApply> => {
      const cpuBefore = await emulator.cpuMs();
      const sample = await applyOnce({ origins: emulator.origins, account: emulator.seed.account, operator, targets: take(revokes), concurrency });
      const cpuAfter = await emulator.cpuMs();
      return { ...sample, emulatorCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
    };
    for (let warmup = 0; warmup < profile.warmups; warmup += 1) await once(1, 2);
    for (let run = 1; run <= settings.runs; run += 1) {
      for (const item of cases) samples.get(item)?.push(await once(item.revokes, item.concurrency));
      context.log(`apply: repetition ${run}/${settings.runs} done`);
    }
    return cases.map((item) => applyRow(settings.tokens, item.revokes, item.concurrency, latencyMs, samples.get(item) ?? []));
  } finally {
    await emulator.close();
  }
}

/** An apply and the CPU the emulator spent answering it (null when it shares this process). */
interface MeasuredApply extends ApplySample {
  readonly emulatorCpuMs: number | null;
}

function applyRow(tokens: number, revokes: number, concurrency: number, latencyMs: number, samples: readonly MeasuredApply[]): BenchRow {
  const first = samples[0];
  if (first === undefined) throw new RangeError('No apply samples.');
  const observation = observationLowerBoundMs(latencyMs, first.pages, concurrency);
  // Planning observes once, verification once more after the revocations.
  const lowerBound = latencyMs * ceilDiv(revokes, concurrency) + 2 * observation;
  const wall = medianOf(samples, (sample) => sample.wallMs);
  const requests = medianOf(samples, (sample) => sample.requests);
  const requestLimit = revokes + 2 * observationRequestLimit(tokens);
  const converged = samples.every((sample) => sample.done === sample.changes && sample.changes === revokes);
  const ratio = wall / lowerBound;
  // Rounds of requests the bound counts: the revocations, and each observation's rounds.
  const rounds = ceilDiv(revokes, concurrency) + 2 * (observation / latencyMs);
  const cpu = emulatorCpu(samples);
  const emulatorPart = cpu['emulatorCpuPerRequestMs'] === undefined ? '' : ` (the emulator spends ${cpu['emulatorCpuPerRequestMs']} ms CPU per request, on one thread)`;
  return {
    scenario: 'apply',
    case: `K=${count(revokes)} revokes C=${concurrency} (N=${count(tokens)})`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'latency × ⌈K/C⌉ + 2 observations', ms: lowerBound },
    ratio,
    ratioLabel: '× lower bound',
    requests,
    requestLimit,
    target: `every revoke verified; wall ≤ ${LOWER_BOUND_FACTOR} × lower bound; requests ≤ ${requestLimit}`,
    verdict: converged && ratio <= LOWER_BOUND_FACTOR && requests <= requestLimit ? 'met' : 'missed',
    breakdown: `${rounds} rounds of requests, each ${roundTo((wall - lowerBound) / rounds, 1)} ms longer than the ${latencyMs} ms latency on average${emulatorPart}`,
    details: {
      planMs: roundTo(medianOf(samples, (sample) => sample.planMs), 1),
      revokeAndVerifyMs: roundTo(medianOf(samples, (sample) => sample.wallMs - sample.planMs), 1),
      revokeRequests: medianOf(samples, (sample) => sample.revokeRequests),
      verifiedDone: `${samples.filter((sample) => sample.done === revokes).length}/${samples.length} runs`,
      observationLowerBoundMs: observation,
      tokenPages: first.pages.tokenPages,
      auditPages: first.pages.auditPages,
      ...emulatorCpu(samples),
    },
  };
}

/** The emulator's CPU per apply and per request: its single thread's share of every round trip. */
function emulatorCpu(samples: readonly MeasuredApply[]): Record<string, number> {
  const measured = samples.flatMap((sample) => (sample.emulatorCpuMs === null ? [] : [{ cpu: sample.emulatorCpuMs, requests: sample.requests }]));
  if (measured.length === 0) return {};
  return {
    emulatorCpuMs: roundTo(medianOf(measured, (sample) => sample.cpu), 0),
    emulatorCpuPerRequestMs: roundTo(medianOf(measured, (sample) => sample.cpu / sample.requests), 1),
  };
}
