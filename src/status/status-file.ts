import { readFile } from 'node:fs/promises';
import type { StatusFile } from '../domain/status.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { readPlainYaml } from '../config/plain-yaml.js';
import { writePlainYaml } from '../config/write-plain-yaml.js';
import { ConfigError, RuntimeFailure, type ConfigProblem } from '../support/errors.js';
import { schemaProblems } from '../schemas/schema-problems.js';
import { SCHEMA_FILES, loadValidator } from '../schemas/validators.js';

const HEADER = [
  'Written by netsuite-tokens after every apply: what NetSuite showed, what was done, what is pending.',
  'Do not edit by hand; the next run rewrites it. Its git history is the audit trail.',
].join('\n');

const NOT_WRITTEN_BY_US = 'The status file is not one netsuite-tokens wrote (it may have been edited by hand)';
const RESTORE_HINT = "Restore it from git history (git checkout <commit> -- <file>); deleting it starts a new record that has forgotten the protection of tokens removed from the config and every rotation under way, whose superseded certificates are then reported unknown and never retired automatically.";
/** Aliases are expanded at most this many times; the operator never writes one. */
const MAX_ALIAS_EXPANSIONS = 100;


// The yaml library is loaded only to write a status file the plain writer cannot (a NetSuite name with a
// tab or a line break in it), or to read one that is not plain (issue 18).
export async function serializeStatus(status: StatusFile): Promise<string> {
  const body = writePlainYaml(status as unknown as Readonly<Record<string, unknown>>) ?? (await import('yaml')).stringify(status, { lineWidth: 0, nullStr: 'null' });
  return `${HEADER.split('\n').map((line) => `# ${line}`).join('\n')}\n${body}`;
}

/**
 * Writes the status file atomically. What it writes must read back: a status that does not match
 * schemas/status.schema.json is a bug here, and writing it would make the next run refuse the file.
 */
export async function writeStatus(path: string, status: StatusFile): Promise<void> {
  const check = (await loadValidator('status'))(status);
  if (!check.valid) {
    const where = schemaProblems(check.errors, 'The status').map((problem) => `${problem.message} (at /${problem.path.join('/')})`).join(' ');
    throw new Error(`The status about to be written does not match ${SCHEMA_FILES.status}: ${where}`);
  }
  try {
    await writeFileAtomic(path, await serializeStatus(status));
  } catch (error) {
    throw new RuntimeFailure(`Could not write the status file ${path}.`, { cause: error, hint: 'Check that the directory exists and is writable.' });
  }
}

/**
 * Reads the previous status file, or null when there is none yet. A status file that cannot be read
 * is an error rather than "no history": it remembers which tokens are protected. It is checked against
 * schemas/status.schema.json, and each problem is reported at its line and column.
 */
export async function readStatus(path: string, label: string = path): Promise<StatusFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RuntimeFailure(`Could not read the status file ${label}.`, { cause: error });
  }
  return parseStatus(text, label);
}

/** A status file's text, checked against its schema; a ConfigError at the line and column of the first problem otherwise. */
export async function parseStatus(text: string, label: string): Promise<StatusFile> {
  // An empty file (a write interrupted by hand, a truncating editor) is said as such, not as a shape.
  if (text.trim() === '') throw refusal([{ file: label, line: 1, column: 1, pointer: '', message: `${NOT_WRITTEN_BY_US}: it is empty.` }]);
  // The file as this operator writes it is plain YAML: read without the yaml library, whose parse of a
  // 20,000-token status file took 4 of plan's 5.5 seconds (issue 18). Anything else, and any problem,
  // goes the long way, which words the problem at its line and column.
  const plain = readPlainYaml(text);
  if (plain !== null && (await loadValidator('status'))(plain.data).valid) return plain.data as unknown as StatusFile;
  const [{ LineCounter, parseDocument }, { YamlSource }] = await Promise.all([import('yaml'), import('../config/yaml-source.js')]);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = new YamlSource(label, document, lineCounter);
  const syntaxError = document.errors[0];
  if (syntaxError !== undefined) {
    throw refusal([{ ...source.sourceOf([]), ...source.positionOfOffset(syntaxError.pos[0]), message: `${NOT_WRITTEN_BY_US}: it is not valid YAML (${firstLine(syntaxError.message)}).` }]);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch {
    throw refusal([{ ...source.sourceOf([]), message: `${NOT_WRITTEN_BY_US}: it uses YAML aliases, which netsuite-tokens never writes.` }]);
  }
  const check = (await loadValidator('status'))(value);
  if (!check.valid) {
    throw refusal(schemaProblems(check.errors, 'the file').map((problem) => {
      const located = source.locate(problem);
      return { ...located, message: `${NOT_WRITTEN_BY_US}: ${located.message}` };
    }));
  }
  return check.value;
}

function refusal(problems: readonly ConfigProblem[]): ConfigError {
  const ordered = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return new ConfigError(ordered, { subject: 'status file', hint: RESTORE_HINT });
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}
