import { execFile } from 'node:child_process';
import { count, type BenchContext } from '../context.js';
import { PLANNING_POLICIES, type PlanningPolicies } from '../planning-input.js';
import { measurePlanning, type PlanningSample } from '../planning-measure.js';
import type { BenchRow } from '../result.js';
import { formatMs } from '../format.js';
import { roundTo } from '../stats.js';

const TIME_TARGET_MS = 1000;
const RSS_TARGET_MB = 300;
/** The size the targets are stated for; smaller sizes show how the cost grows. */
const TARGET_SIZE = 100_000;

/** The argument that makes the benchmark bundle measure planning and print the sample as JSON. */
export const PLANNING_CHILD_FLAG = '--child=planning';

/**
 * Scenario 3: planChanges and the three renderers over an adopted account of 1k, 10k and 100k tokens
 * (and 100k again without the policies that produce findings). In the full run each case is measured
 * in a fresh process, so its peak RSS is planning's alone — not the benchmark's, not an emulator's.
 */
export async function planningScenario(context: BenchContext): Promise<BenchRow[]> {
  const { sizes, changesOnlySizes, runs } = context.profile.planning;
  const cases: { size: number; policies: PlanningPolicies }[] = [
    ...sizes.map((size) => ({ size, policies: 'rotation-and-unused' as const })),
    ...changesOnlySizes.map((size) => ({ size, policies: 'changes-only' as const })),
  ];
  const samples: PlanningSample[] = [];
  for (const { size, policies } of cases) {
    samples.push(context.script === null ? measurePlanning(size, policies, runs) : await measureInChild(context.script, size, policies, runs));
    context.log(`planning: ${count(size)} tokens (${policies}) measured`);
  }
  const isolated = context.script !== null;
  return samples.map((sample, index) => {
    const previous = samples.slice(0, index).reverse().find((candidate) => candidate.policies === sample.policies) ?? null;
    return planningRow(sample, previous, isolated);
  });
}

function measureInChild(script: string, size: number, policies: PlanningPolicies, runs: number): Promise<PlanningSample> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', script, PLANNING_CHILD_FLAG, `--size=${size}`, `--policies=${policies}`, `--runs=${runs}`];
    execFile(process.execPath, args, { maxBuffer: 1_048_576 }, (error, stdout, stderr) => {
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
  const option = (name: string): string => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '';
  const whole = (name: string): number => {
    const parsed = Number(option(name));
    if (!Number.isInteger(parsed) || parsed < 1) throw new RangeError(`--${name} must be a positive whole number.`);
    return parsed;
  };
  const policies = PLANNING_POLICIES.find((candidate) => candidate === option('policies'));
  if (policies === undefined) throw new RangeError(`--policies must be one of ${PLANNING_POLICIES.join(', ')}.`);
  process.stdout.write(`${JSON.stringify(measurePlanning(whole('size'), policies, whole('runs')))}\n`);
}

function policiesLabel(policies: PlanningPolicies): string {
  switch (policies) {
    case 'rotation-and-unused':
      return 'maxAge 365d + unusedFor 90d';
    case 'changes-only':
      return 'no rotation/unused policies';
  }
}

function planningRow(sample: PlanningSample, previous: PlanningSample | null, isolated: boolean): BenchRow {
  const judged = sample.size === TARGET_SIZE;
  // A command plans once: the peak of the first run (input, plan, all three renderers) is what it
  // would reach. Later runs only add garbage V8 has not yet collected; that peak is reported beside.
  const peakMB = sample.peakRssMB.json;
  const overTime = sample.totalMs >= TIME_TARGET_MS;
  const overMemory = isolated && peakMB >= RSS_TARGET_MB;
  const met = !overTime && !overMemory;
  const missedOn = [
    ...(overTime ? [`time (${formatMs(sample.totalMs)} ≥ ${TIME_TARGET_MS} ms)`] : []),
    ...(overMemory ? [`peak RSS (${roundTo(peakMB, 0)} MB ≥ ${RSS_TARGET_MB} MB)`] : []),
  ];
  const growth = previous === null ? null : `${count(previous.size)} tokens`;
  return {
    scenario: 'planning',
    case: `${count(sample.size)} observed × ${count(sample.size)} declared, ${policiesLabel(sample.policies)}`,
    runs: sample.runs,
    medianMs: sample.totalMs,
    reference: previous === null || growth === null ? null : { label: growth, ms: previous.totalMs },
    ratio: previous === null ? null : sample.totalMs / previous.totalMs,
    ratioLabel: previous === null ? '× smaller size' : `× time at ${count(previous.size)} (size × ${roundTo(sample.size / previous.size, 1)})`,
    requests: null,
    requestLimit: null,
    target: judged ? `plan + 3 renderers < ${TIME_TARGET_MS} ms; peak RSS < ${RSS_TARGET_MB} MB` : '',
    verdict: judged ? (met ? 'met' : 'missed') : 'info',
    breakdown:
      (judged && !met ? `missed on ${missedOn.join(' and ')}: ` : '') +
      `planChanges ${formatMs(sample.planMs)}, text ${formatMs(sample.textMs)}, markdown ${formatMs(sample.markdownMs)}, JSON ${formatMs(sample.jsonMs)} for ${count(sample.changes)} changes and ${count(sample.findings)} findings ` +
      `(${megabytes(sample.textChars)} MB of text, ${megabytes(sample.markdownChars)} MB of markdown, ${megabytes(sample.jsonChars)} MB of JSON); ` +
      `peak RSS ${roundTo(sample.baselineRssMB, 0)} MB at start, ${roundTo(sample.peakRssMB.input, 0)} MB with the input, ${roundTo(sample.peakRssMB.plan, 0)} after planChanges, ${roundTo(sample.peakRssMB.text, 0)} after the text, ${roundTo(peakMB, 0)} at the end`,
    details: {
      planChangesMs: roundTo(sample.planMs, 1),
      renderTextMs: roundTo(sample.textMs, 1),
      renderMarkdownMs: roundTo(sample.markdownMs, 1),
      renderJsonMs: roundTo(sample.jsonMs, 1),
      coldFirstRunMs: roundTo(sample.coldTotalMs, 1),
      planAndTextMs: roundTo(sample.planMs + sample.textMs, 1),
      peakRssMB: roundTo(peakMB, 1),
      rss: isolated ? 'own process, first run' : 'shared with the test process (not comparable)',
      peakAfterAllRunsMB: roundTo(sample.finalPeakRssMB, 1),
      baselineRssMB: roundTo(sample.baselineRssMB, 1),
      peakAfterInputMB: roundTo(sample.peakRssMB.input, 1),
      peakAfterPlanMB: roundTo(sample.peakRssMB.plan, 1),
      peakAfterTextMB: roundTo(sample.peakRssMB.text, 1),
      peakAfterMarkdownMB: roundTo(sample.peakRssMB.markdown, 1),
      changes: sample.changes,
      findings: sample.findings,
      textChars: sample.textChars,
      markdownChars: sample.markdownChars,
      jsonChars: sample.jsonChars,
    },
  };
}

function megabytes(chars: number): number {
  return roundTo(chars / 1_000_000, 1);
}
