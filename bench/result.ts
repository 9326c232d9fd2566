/** What one benchmark run produces: rows for the table, the JSON file and BENCHMARKS.md. */

export type ScenarioId = 'observation' | 'naive-baseline' | 'planning' | 'apply' | 'startup' | 'governance' | 'm2m-mappings' | 'm2m-sign-in' | 'cli-plan' | 'key-generation';

export const SCENARIOS: readonly ScenarioId[] = ['observation', 'naive-baseline', 'planning', 'apply', 'startup', 'governance', 'm2m-mappings', 'm2m-sign-in', 'cli-plan', 'key-generation'];

/** Whether a row's target was met; `info` rows have no target, `skipped` rows were not measured. */
export type Verdict = 'met' | 'missed' | 'info' | 'skipped';

/** The figure a timing is compared with, measured or computed in the same run. */
export interface Reference {
  readonly label: string;
  readonly ms: number;
}

export interface BenchRow {
  readonly scenario: ScenarioId;
  /** Which case of the scenario: "N=100,000 C=2". */
  readonly case: string;
  /** Timed repetitions behind the median. */
  readonly runs: number;
  readonly medianMs: number | null;
  readonly reference: Reference | null;
  /** The ratio the target is judged on, and what it means ("× lower bound", "speed-up"). */
  readonly ratio: number | null;
  readonly ratioLabel: string;
  /** Requests the operator sent (median over runs), and the most the target allows. */
  readonly requests: number | null;
  readonly requestLimit: number | null;
  /** The target in words; empty for info rows. */
  readonly target: string;
  readonly verdict: Verdict;
  /** Where the time went, in one sentence built from the measured sub-steps. */
  readonly breakdown: string;
  /** Sub-steps and counters that explain the figure (all medians unless named otherwise). */
  readonly details: Readonly<Record<string, number | string>>;
}

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  /** Load average when the run started: the machine is shared, so timings drift with it. */
  readonly loadAverage: readonly number[];
}

export interface BenchReport {
  readonly formatVersion: 1;
  readonly date: string;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  /** The conditions every scenario shares (latency, limits, repetitions), in words. */
  readonly settings: Readonly<Record<string, string | number>>;
  readonly rows: readonly BenchRow[];
  readonly durationMs: number;
}
