import { readFile } from 'node:fs/promises';
import { parseDocument, stringify } from 'yaml';
import type { StatusFile } from './domain/status.js';
import { writeFileAtomic } from './support/atomic-write.js';
import { ConfigError, RuntimeFailure } from './support/errors.js';

const HEADER = [
  'Written by netsuite-tokens after every apply: what NetSuite showed, what was done, what is pending.',
  'Do not edit by hand; the next run rewrites it. Its git history is the audit trail.',
].join('\n');

/** `netsuite-tokens.yaml` → `netsuite-tokens.status.yaml`, next to the config. */
export function statusPathFor(configPath: string): string {
  return configPath.replace(/(\.ya?ml)?$/i, '.status.yaml');
}

export function serializeStatus(status: StatusFile): string {
  return `${HEADER.split('\n').map((line) => `# ${line}`).join('\n')}\n${stringify(status, { lineWidth: 0, nullStr: 'null' })}`;
}

export async function writeStatus(path: string, status: StatusFile): Promise<void> {
  try {
    await writeFileAtomic(path, serializeStatus(status));
  } catch (error) {
    throw new RuntimeFailure(`Could not write the status file ${path}.`, { cause: error, hint: 'Check that the directory exists and is writable.' });
  }
}

/**
 * Reads the previous status file, or null when there is none yet. A status file that cannot be read
 * is an error rather than "no history": it remembers which tokens are protected.
 */
export async function readStatus(path: string): Promise<StatusFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RuntimeFailure(`Could not read the status file ${path}.`, { cause: error });
  }
  const document = parseDocument(text, { prettyErrors: false });
  const problem = document.errors[0];
  const value: unknown = problem === undefined ? document.toJS() : undefined;
  if (problem !== undefined || !isStatusFile(value)) {
    const [line, column] = problem?.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [1, 1];
    throw new ConfigError([{ file: path, line, column, pointer: '', message: 'The status file is not one netsuite-tokens wrote (it may have been edited by hand)' }], {
      subject: 'status file',
      hint: 'Restore it from git history, or delete it to start a new record (protection of tokens removed from the config is then forgotten).',
    });
  }
  return value;
}

function isStatusFile(value: unknown): value is StatusFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof StatusFile, unknown>>;
  return candidate.statusVersion === 1 && typeof candidate.account === 'string' && Array.isArray(candidate.tokens)
    && candidate.tokens.every((token: unknown) => typeof token === 'object' && token !== null && typeof (token as { id?: unknown }).id === 'string' && typeof (token as { state?: unknown }).state === 'string');
}
