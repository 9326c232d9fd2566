import { appendFile } from 'node:fs/promises';
import type { Io } from '../support/io.js';
import { appendStepSummary, setOutputs } from '../github/actions-runtime.js';
import type { ActionOutputs } from '../github/action-outputs.js';

/**
 * In GitHub Actions, a run leaves its plan or results in the job summary and the step outputs;
 * elsewhere this does nothing.
 */
export async function publishToActions(io: Io, markdown: string | null, outputs: ActionOutputs): Promise<void> {
  const append = (path: string, text: string): Promise<void> => appendFile(path, text, 'utf8');
  if (markdown !== null) await appendStepSummary(io.env, markdown, append);
  await setOutputs(io.env, outputs, append);
}
