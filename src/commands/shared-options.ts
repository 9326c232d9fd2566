import { UsageError } from '../support/errors.js';

/** Output formats shared by plan and apply. */
export type OutputFormat = 'text' | 'markdown' | 'json';

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

export const DEFAULT_CONFIG_PATH = 'netsuite-tokens.yaml';

export function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const format = FORMATS.find((candidate) => candidate === value);
  if (format === undefined) throw new UsageError(`Unknown --format "${value}".`, { hint: `Use one of: ${FORMATS.join(', ')}.` });
  return format;
}
