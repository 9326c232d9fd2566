import type { Io } from '../support/io.js';
import type { Plan } from '../domain/plan.js';
import { renderPlanText } from '../domain/render-text.js';
import { renderPlanMarkdown } from '../domain/render-markdown.js';
import { planJsonChunks } from '../domain/render-json.js';
import type { OutputFormat } from './shared-options.js';

export { renderPlanMarkdown } from '../domain/render-markdown.js';
export { planSummaryLine } from '../domain/plan-wording.js';
export { planOutputs } from '../github/action-outputs.js';
export { onlyNote } from './only.js';

/**
 * The plan in a format, as pieces to write in order (JSON comes a change or finding at a time). Text is
 * fitted to the terminal and coloured as `io` says; written to a file (`io` null) it is plain and unfitted.
 */
export function renderPlan(plan: Plan, format: OutputFormat, uiOrigin: string, io: Pick<Io, 'color' | 'columns'> | null): Iterable<string> {
  switch (format) {
    case 'text':
      return [renderPlanText(plan, { color: io?.color ?? false, uiOrigin, width: io?.columns ?? null })];
    case 'markdown':
      return [renderPlanMarkdown(plan, { uiOrigin })];
    case 'json':
      return planJsonChunks(plan);
  }
}

