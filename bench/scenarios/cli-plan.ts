import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EmulatorSeed } from '../../src/emulator/index.js';
import { SUITEQL_PATH } from '../../src/netsuite/suiteql.js';
import { operatorEnv, operatorOf } from '../account.js';
import { runCli, writeUsageReporter, type CliRun } from '../cli-process.js';
import { count, placementOf, type BenchContext } from '../context.js';
import { desiredStateFile } from '../desired-file.js';
import { formatMs } from '../format.js';
import { hostEmulator } from '../emulator-host.js';
import { LOWER_BOUND_FACTOR, observationLowerBoundMs, observationRequestLimit, type ObservationPages } from '../lower-bound.js';
import type { BenchRow } from '../result.js';
import { ceilDiv, median, medianOf, roundTo } from '../stats.js';

interface PlanSample extends CliRun {
  readonly requests: number;
  readonly emulatorCpuMs: number | null;
}

/**
 * Issue 18: `netsuite-tokens plan` as a user runs it — the built CLI in its own process against an
 * emulator in another — beside `--version` timed in the same repetitions. What plan adds to starting
 * the CLI is judged against the round-trip lower bound; the CLI's own CPU (its resource usage) is
 * reported beside it, because on a shared machine that CPU is what stretches the wall time.
 */
export async function cliPlanScenario(context: BenchContext): Promise<BenchRow[]> {
  const { profile } = context;
  const settings = profile.cliPlan;
  const latencyMs = profile.latencyMs;
  const declaredLabel = (declared: number | null): string => (declared === null ? 'every token declared' : `${count(declared)} declared`);
  const caseOf = (declared: number | null, concurrency: number, withStatus: boolean): string =>
    `plan CLI, N=${count(settings.tokens)} C=${concurrency}, ${declaredLabel(declared)}${withStatus ? ', with its status file' : ''}`;
  const firstDeclared = settings.declared[0] ?? null;
  const cases = [
    ...settings.declared.flatMap((declared) => settings.concurrencies.map((concurrency) => ({ declared, concurrency, withStatus: false }))),
    ...settings.withStatus.map((concurrency) => ({ declared: firstDeclared, concurrency, withStatus: true })),
  ];
  if (context.script === null) return cases.map(({ declared, concurrency, withStatus }) => skipped(caseOf(declared, concurrency, withStatus)));
  const cli = join(dirname(context.script), 'cli.js');
  const directory = await mkdtemp(join(tmpdir(), 'nst-bench-plan-'));
  const emulator = await hostEmulator(
    { tokens: settings.tokens, loginRows: settings.tokens, seed: settings.tokens, latencyMs, concurrencyLimit: profile.emulatorConcurrencyLimit },
    placementOf(context),
  );
  try {
    const configOf = (declared: number | null, withStatus = false): string => join(directory, `netsuite-tokens-${declared ?? 'all'}${withStatus ? '-status' : ''}.yaml`);
    for (const declared of settings.declared) {
      await writeFile(configOf(declared), desiredStateFile(emulator.seed, { credentialsEvery: null, ...(declared === null ? {} : { declared }) }));
    }
    const reporter = await writeUsageReporter(directory);
    const operator = operatorOf(emulator.seed);
    if (settings.withStatus.length > 0) {
      // An apply of a file with nothing to change writes the status file every later run reads first.
      const config = configOf(firstDeclared, true);
      await writeFile(config, desiredStateFile(emulator.seed, { credentialsEvery: null, ...(firstDeclared === null ? {} : { declared: firstDeclared }) }));
      await runCli([cli, 'apply', '--config', config], { cwd: directory, env: { ...envOf(operatorEnv(emulator.origins, operator, 2)) }, reporter });
    }
    const suiteQlRequests = async (): Promise<number> => (await emulator.counters()).requestsByPath[SUITEQL_PATH] ?? 0;
    const planOnce = async (declared: number | null, concurrency: number, withStatus = false): Promise<PlanSample> => {
      const requestsBefore = await suiteQlRequests();
      const cpuBefore = await emulator.cpuMs();
      const run = await runCli([cli, 'plan', '--config', configOf(declared, withStatus)], { cwd: directory, env: { ...envOf(operatorEnv(emulator.origins, operator, concurrency)) }, reporter });
      const cpuAfter = await emulator.cpuMs();
      return { ...run, requests: (await suiteQlRequests()) - requestsBefore, emulatorCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
    };
    const version = (): Promise<CliRun> => runCli([cli, '--version'], { cwd: directory, env: {}, reporter });

    for (let warmup = 0; warmup < profile.warmups; warmup += 1) await planOnce(settings.declared[0] ?? null, settings.concurrencies[0] ?? 2);
    const versions: CliRun[] = [];
    const plans = cases.map((planCase) => ({ ...planCase, samples: [] as PlanSample[] }));
    // Interleaved, so a busy moment on the shared machine slows --version and each plan alike.
    for (let run = 1; run <= settings.runs; run += 1) {
      versions.push(await version());
      for (const planCase of plans) planCase.samples.push(await planOnce(planCase.declared, planCase.concurrency, planCase.withStatus));
      context.log(`cli-plan: ${count(settings.tokens)} tokens, repetition ${run}/${settings.runs} done`);
    }
    const pages = pagesOfSeed(emulator.seed);
    const versionMs = medianOf(versions, (sample) => sample.wallMs);
    const versionCpuMs = medianOf(versions, (sample) => sample.cpuMs);
    return plans.map(({ declared, concurrency, withStatus, samples }) => planRow(caseOf(declared, concurrency, withStatus), samples, { versionMs, versionCpuMs, pages, concurrency, latencyMs, tokens: settings.tokens }));
  } finally {
    await emulator.close();
    await rm(directory, { recursive: true, force: true });
  }
}

interface RowFacts {
  readonly versionMs: number;
  readonly versionCpuMs: number;
  readonly pages: ObservationPages;
  readonly concurrency: number;
  readonly latencyMs: number;
  readonly tokens: number;
}

function planRow(label: string, samples: readonly PlanSample[], facts: RowFacts): BenchRow {
  const lowerBound = observationLowerBoundMs(facts.latencyMs, facts.pages, facts.concurrency);
  const wall = medianOf(samples, (sample) => sample.wallMs);
  const overVersion = wall - facts.versionMs;
  const ratio = overVersion / lowerBound;
  const requests = medianOf(samples, (sample) => sample.requests);
  const requestLimit = observationRequestLimit(facts.tokens);
  const cpuMs = medianOf(samples, (sample) => sample.cpuMs);
  const emulatorCpu = samples.flatMap((sample) => (sample.emulatorCpuMs === null ? [] : [sample.emulatorCpuMs]));
  return {
    scenario: 'cli-plan',
    case: label,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'round-trip lower bound', ms: lowerBound },
    ratio,
    ratioLabel: '× lower bound (wall − --version)',
    requests,
    requestLimit,
    target: `(plan wall − --version) ≤ ${LOWER_BOUND_FACTOR} × lower bound; requests ≤ ${requestLimit}`,
    verdict: ratio <= LOWER_BOUND_FACTOR && requests <= requestLimit ? 'met' : 'missed',
    breakdown:
      `plan took ${formatMs(wall)}, ${formatMs(overVersion)} more than --version (${formatMs(facts.versionMs)}); ` +
      `the CLI's process used ${formatMs(cpuMs)} of CPU (--version ${formatMs(facts.versionCpuMs)})` +
      (emulatorCpu.length === 0 ? '' : `, the emulator's ${formatMs(median(emulatorCpu))}`) +
      `; ${facts.pages.tokenPages} token and ${facts.pages.auditPages} last-use pages, C=${facts.concurrency}`,
    details: {
      overVersionMs: roundTo(overVersion, 1),
      versionMs: roundTo(facts.versionMs, 1),
      operatorCpuMs: roundTo(cpuMs, 0),
      versionCpuMs: roundTo(facts.versionCpuMs, 0),
      ...(emulatorCpu.length === 0 ? {} : { emulatorCpuMs: roundTo(median(emulatorCpu), 0) }),
      tokenPages: facts.pages.tokenPages,
      auditPages: facts.pages.auditPages,
      latencyMs: facts.latencyMs,
    },
  };
}

/** The pages the minimum observation of `seed` reads: its tokens, and one last-use row per name with a successful login. */
function pagesOfSeed(seed: EmulatorSeed): ObservationPages {
  const used = new Set<string>();
  for (const row of seed.loginAudit ?? []) if (row.status === 'Success' && row.token !== undefined) used.add(row.token);
  return { tokenPages: Math.max(1, ceilDiv(seed.tokens.length, 1000)), auditPages: Math.max(1, ceilDiv(used.size, 1000)) };
}

function envOf(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) defined[name] = value;
  return defined;
}

function skipped(label: string): BenchRow {
  return {
    scenario: 'cli-plan',
    case: label,
    runs: 0,
    medianMs: null,
    reference: null,
    ratio: null,
    ratioLabel: '× lower bound (wall − --version)',
    requests: null,
    requestLimit: null,
    target: 'needs the built CLI (dist/cli.js); skipped in the in-process quick run',
    verdict: 'skipped',
    breakdown: '',
    details: {},
  };
}
