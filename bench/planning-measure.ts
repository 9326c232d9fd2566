import { EMPTY_HISTORY } from '../src/domain/plan.js';
import { planChanges } from '../src/domain/plan-changes.js';
import { renderPlanJson } from '../src/domain/render-json.js';
import { renderPlanMarkdown } from '../src/domain/render-markdown.js';
import { renderPlanText } from '../src/domain/render-text.js';
import { planningInput } from './planning-input.js';
import { collectGarbage, median } from './stats.js';

/** What planning `size` tokens cost, measured in one process (a child of its own in the full run). */
export interface PlanningSample {
  readonly size: number;
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
  /** Characters of text + markdown + JSON output. */
  readonly outputChars: number;
  /** The process's resident set before the input was built, and its peak over the whole measurement. */
  readonly baselineRssMB: number;
  readonly peakRssMB: number;
}

const UI_ORIGIN = 'https://1234567-sb1.app.netsuite.com';

export function measurePlanning(size: number, runs: number): PlanningSample {
  const baselineRssMB = process.memoryUsage().rss / 1_048_576;
  const inputStarted = performance.now();
  const input = planningInput(size);
  const inputMs = performance.now() - inputStarted;
  const samples: { plan: number; text: number; markdown: number; json: number }[] = [];
  let changes = 0;
  let findings = 0;
  let outputChars = 0;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const started = performance.now();
    const plan = planChanges(input.desired, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false });
    const planned = performance.now();
    const text = renderPlanText(plan, { color: false, uiOrigin: UI_ORIGIN });
    const texted = performance.now();
    const markdown = renderPlanMarkdown(plan, { uiOrigin: UI_ORIGIN });
    const marked = performance.now();
    const json = renderPlanJson(plan);
    const finished = performance.now();
    samples.push({ plan: planned - started, text: texted - planned, markdown: marked - texted, json: finished - marked });
    changes = plan.changes.length;
    findings = plan.findings.length;
    outputChars = text.length + markdown.length + json.length;
  }
  const total = (sample: (typeof samples)[number]): number => sample.plan + sample.text + sample.markdown + sample.json;
  const first = samples[0];
  if (first === undefined) throw new RangeError('Planning needs at least one run.');
  return {
    size,
    runs,
    totalMs: median(samples.map(total)),
    coldTotalMs: total(first),
    planMs: median(samples.map((sample) => sample.plan)),
    textMs: median(samples.map((sample) => sample.text)),
    markdownMs: median(samples.map((sample) => sample.markdown)),
    jsonMs: median(samples.map((sample) => sample.json)),
    inputMs,
    changes,
    findings,
    outputChars,
    baselineRssMB,
    // maxRSS is in kilobytes.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
