import { execFile } from 'node:child_process';
import { count, type BenchContext } from '../context.js';
import { measurePlanning, type PlanningSample } from '../planning-measure.js';
import type { BenchRow } from '../result.js';
import { roundTo } from '../stats.js';

const TIME_TARGET_MS = 1000;
const RSS_TARGET_MB = 300;
/** The size the targets are stated for; smaller sizes show how the cost grows. */
const TARGET_SIZE = 100_000;

/** The argument that makes the benchmark bundle measure planning and print the sample as JSON. */
export const PLANNING_CHILD_FLAG = '--child=planning';

/**
 * Scenario 3: planChanges and the three renderers over an adopted account of 1k, 10k and 100k tokens.
 * In the full run each size is measured in a fresh process, so its peak RSS is planning's alone — not
 * the benchmark's, and not an emulator's.
 */
export async function planningScenario(context: BenchContext): Promise<BenchRow[]> {
  const { sizes, runs } = context.profile.planning;
  const samples: PlanningSample[] = [];
  for (const size of sizes) {
    samples.push(context.script === null ? measurePlanning(size, runs) : await measureInChild(context.script, size, runs));
    context.log(`planning: ${count(size)} tokens measured`);
  }
  const isolated = context.script !== null;
  return samples.map((sample, index) => planningRow(sample, index === 0 ? null : (samples[index - 1] ?? null), isolated));
}

function measureInChild(script: string, size: number, runs: number): Promise<PlanningSample> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', script, PLANNING_CHILD_FLAG, `--size=${size}`, `--runs=${runs}`], { maxBuffer: 1_048_576 }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`The planning child for ${size} tokens failed: ${stderr.trim().slice(0, 500) || error.message}`));
        return;
      }
      resolve(JSON.parse(stdout) as PlanningSample);
    });
  });
}

/** The child's side: measure, print one JSON line. */
export function runPlanningChild(args: readonly string[]): void {
  const value = (name: string): number => {
    const raw = args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '';
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new RangeError(`--${name} must be a positive whole number.`);
    return parsed;
  };
  process.stdout.write(`${JSON.stringify(measurePlanning(value('size'), value('runs')))}\n`);
}

function planningRow(sample: PlanningSample, previous: PlanningSample | null, isolated: boolean): BenchRow {
  const judged = sample.size === TARGET_SIZE;
  const met = sample.totalMs < TIME_TARGET_MS && (!isolated || sample.peakRssMB < RSS_TARGET_MB);
  return {
    scenario: 'planning',
    case: `${count(sample.size)} observed × ${count(sample.size)} declared`,
    runs: sample.runs,
    medianMs: sample.totalMs,
    reference: previous === null ? null : { label: `${count(previous.size)} tokens`, ms: previous.totalMs },
    ratio: previous === null ? null : sample.totalMs / previous.totalMs,
    ratioLabel: `× time at ${previous === null ? 'the smaller size' : count(previous.size)} (size × ${previous === null ? '-' : roundTo(sample.size / previous.size, 1)})`,
    requests: null,
    requestLimit: null,
    target: judged ? `plan + renderers < ${TIME_TARGET_MS} ms; peak RSS < ${RSS_TARGET_MB} MB` : '',
    verdict: judged ? (met ? 'met' : 'missed') : 'info',
    details: {
      planChangesMs: roundTo(sample.planMs, 1),
      renderTextMs: roundTo(sample.textMs, 1),
      renderMarkdownMs: roundTo(sample.markdownMs, 1),
      renderJsonMs: roundTo(sample.jsonMs, 1),
      coldFirstRunMs: roundTo(sample.coldTotalMs, 1),
      peakRssMB: roundTo(sample.peakRssMB, 1),
      baselineRssMB: roundTo(sample.baselineRssMB, 1),
      rss: isolated ? 'own process' : 'shared with the test process (not comparable)',
      changes: sample.changes,
      findings: sample.findings,
      outputChars: sample.outputChars,
    },
  };
}
