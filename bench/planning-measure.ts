import { EMPTY_HISTORY } from '../src/domain/plan.js';
import { planChanges } from '../src/domain/plan-changes.js';
import { planJsonChunks } from '../src/domain/render-json.js';
import { renderPlanMarkdown } from '../src/domain/render-markdown.js';
import { renderPlanText } from '../src/domain/render-text.js';
import { planningInput, type PlanningPolicies } from './planning-input.js';
import { collectGarbage, median } from './stats.js';

/** What planning `size` tokens cost, measured in one process (a child of its own in the full run). */
export interface PlanningSample {
  readonly size: number;
  readonly policies: PlanningPolicies;
  readonly runs: number;
  /** planChanges plus the three renderers, median and first (cold) run. */
  readonly totalMs: number;
  readonly coldTotalMs: number;
  readonly planMs: number;
  readonly textMs: number;
  readonly markdownMs: number;
  readonly jsonMs: number;
  readonly inputMs: number;
  readonly changes: number;
  readonly findings: number;
  /** Characters of the text, markdown and JSON output. */
  readonly textChars: number;
  readonly markdownChars: number;
  readonly jsonChars: number;
  /** Resident set before the input was built, and the peak after each step of the first run (the peak only grows). */
  readonly baselineRssMB: number;
  readonly peakRssMB: { readonly input: number; readonly plan: number; readonly text: number; readonly markdown: number; readonly json: number };
  /** The peak over the whole measurement. */
  readonly finalPeakRssMB: number;
}

const UI_ORIGIN = 'https://1234567-sb1.app.netsuite.com';

/** maxRSS is in kilobytes. */
function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function measurePlanning(size: number, policies: PlanningPolicies, runs: number): PlanningSample {
  const baselineRssMB = process.memoryUsage().rss / 1_048_576;
  const inputStarted = performance.now();
  const input = planningInput(size, policies);
  const inputMs = performance.now() - inputStarted;
  const samples: { plan: number; text: number; markdown: number; json: number }[] = [];
  const peaks: number[] = [peakRssMB()];
  let outcome = { changes: 0, findings: 0, textChars: 0, markdownChars: 0, jsonChars: 0 };
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const stage = (): void => { if (run === 0) peaks.push(peakRssMB()); };
    const started = performance.now();
    const plan = planChanges(input.desired, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false });
    const planned = performance.now();
    stage();
    const text = renderPlanText(plan, { color: false, uiOrigin: UI_ORIGIN });
    const texted = performance.now();
    stage();
    const markdown = renderPlanMarkdown(plan, { uiOrigin: UI_ORIGIN });
    const marked = performance.now();
    stage();
    // Counted piece by piece, as `plan --format json` writes it: never held as one string.
    let jsonChars = 0;
    for (const chunk of planJsonChunks(plan)) jsonChars += chunk.length;
    const finished = performance.now();
    stage();
    samples.push({ plan: planned - started, text: texted - planned, markdown: marked - texted, json: finished - marked });
    outcome = { changes: plan.changes.length, findings: plan.findings.length, textChars: text.length, markdownChars: markdown.length, jsonChars };
  }
  const total = (sample: (typeof samples)[number]): number => sample.plan + sample.text + sample.markdown + sample.json;
  const first = samples[0];
  if (first === undefined) throw new RangeError('Planning needs at least one run.');
  const [input0 = 0, plan0 = 0, text0 = 0, markdown0 = 0, json0 = 0] = peaks;
  return {
    size,
    policies,
    runs,
    totalMs: median(samples.map(total)),
    coldTotalMs: total(first),
    planMs: median(samples.map((sample) => sample.plan)),
    textMs: median(samples.map((sample) => sample.text)),
    markdownMs: median(samples.map((sample) => sample.markdown)),
    jsonMs: median(samples.map((sample) => sample.json)),
    inputMs,
    ...outcome,
    baselineRssMB,
    peakRssMB: { input: input0, plan: plan0, text: text0, markdown: markdown0, json: json0 },
    finalPeakRssMB: peakRssMB(),
  };
}
