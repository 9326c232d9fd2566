import type { BenchContext } from './context.js';
import { machineInfo } from './machine.js';
import type { BenchProfile } from './profile.js';
import type { BenchReport, BenchRow, ScenarioId } from './result.js';
import { applyScenario } from './scenarios/apply.js';
import { cliPlanScenario } from './scenarios/cli-plan.js';
import { governanceScenario } from './scenarios/governance.js';
import { keyGenerationScenario } from './scenarios/key-generation.js';
import { rotationScenario } from './scenarios/rotation.js';
import { m2mMappingsScenario, m2mSignInScenario } from './scenarios/m2m.js';
import { observationScenarios } from './scenarios/observation.js';
import { planningScenario } from './scenarios/planning.js';
import { startupScenario } from './scenarios/startup.js';

export interface RunOptions {
  readonly profile: BenchProfile;
  /** See BenchContext.script: the built bundle, or null to run everything in this process. */
  readonly script: string | null;
  readonly log?: (line: string) => void;
  /** The run's date; the real clock by default. */
  readonly now?: () => Date;
  /** Run only these scenarios (all by default); a partial run is for looking at one figure, not for BENCHMARKS.md. */
  readonly only?: readonly ScenarioId[];
}

/** Runs every scenario in turn and returns the report; writing it anywhere is the caller's choice. */
export async function runBenchmarks(options: RunOptions): Promise<BenchReport> {
  const now = options.now ?? ((): Date => new Date());
  const context: BenchContext = { profile: options.profile, script: options.script, log: options.log ?? ((): void => undefined) };
  const machine = machineInfo();
  const started = performance.now();
  const rows: BenchRow[] = [];
  const wanted = (scenario: ScenarioId): boolean => options.only === undefined || options.only.includes(scenario);
  // observationScenarios also produces the naive-baseline rows.
  if (wanted('observation') || wanted('naive-baseline')) rows.push(...(await observationScenarios(context)));
  if (wanted('planning')) rows.push(...(await planningScenario(context)));
  if (wanted('apply')) rows.push(...(await applyScenario(context)));
  if (wanted('startup')) rows.push(...(await startupScenario(context)));
  if (wanted('cli-plan')) rows.push(...(await cliPlanScenario(context)));
  if (wanted('governance')) rows.push(...(await governanceScenario(context)));
  if (wanted('m2m-mappings')) rows.push(...(await m2mMappingsScenario(context)));
  if (wanted('m2m-sign-in')) rows.push(...(await m2mSignInScenario(context)));
  if (wanted('key-generation')) rows.push(...(await keyGenerationScenario(context)));
  if (wanted('rotation')) rows.push(...(await rotationScenario(context)));
  const { profile } = options;
  return {
    formatVersion: 1,
    date: now().toISOString(),
    quick: profile.quick,
    machine,
    settings: {
      'Emulator latency': `each NetSuite reply leaves ${profile.latencyMs} ms after its request arrived; the emulator does the request's work within that time, as NetSuite's servers answer concurrent requests side by side`,
      'Emulator concurrency limit': `${profile.emulatorConcurrencyLimit} (${profile.governance.concurrencyLimit} under governance)`,
      'Emulator placement': context.script === null ? 'in this process' : 'a child process on loopback (its CPU does not bill the operator)',
      'Warm-up': `${profile.warmups} untimed run(s) before the timed ones on each account`,
      'Repetitions': `observation ${profile.observation.sizes.map((size) => `${size.toLocaleString('en-US')}: ${profile.observation.runs(size)}`).join(', ')}; planning ${profile.planning.runs}; apply ${profile.apply.runs}; start-up ${profile.startup.runs} (validate ${profile.startup.validateRuns}); plan CLI ${profile.cliPlan.runs}; governance ${profile.governance.runs}; M2M ${profile.m2m.runs}; key generation ${profile.keyGeneration.rsaRuns} (RSA), ${profile.keyGeneration.ecRuns} (EC); rotation ${profile.rotation.runs}`,
      'C': 'the operator\'s NETSUITE_CONCURRENCY (default 2)',
    },
    rows,
    durationMs: performance.now() - started,
  };
}
