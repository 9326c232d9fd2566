import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { YamlSource } from '../config/yaml-source.js';
import { ConfigError } from '../support/errors.js';
import type { EmulatorSeed } from './seed.js';
import { SEED_SCHEMA_FILE, normalizeSeed, seedProblems } from './seed-validation.js';

const SUBJECT = 'emulator seed file';
const HINT = `Its format is ${SEED_SCHEMA_FILE} (see examples/demo-seed.yaml).`;
const MAX_ALIAS_EXPANSIONS = 100;

/**
 * Reads a seed file (YAML, or JSON, which YAML reads too), validates it with
 * schemas/emulator-seed.schema.json and the rules beyond it, and reports every problem at once with
 * file:line:column and JSON pointer, as a ConfigError.
 */
export async function loadSeedFile(path: string): Promise<EmulatorSeed> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : 'cannot be read';
    throw new ConfigError([{ file: path, line: 1, column: 1, pointer: '', message: `The seed file ${reason}; give a YAML or JSON seed file with --seed.` }], { hint: HINT, subject: SUBJECT });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((error) => ({ file: path, ...at(error.pos[0]), pointer: '', message: `Invalid YAML: ${error.message.split('\n')[0] ?? 'syntax error'}` })),
      { hint: HINT, subject: SUBJECT },
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch {
    throw new ConfigError([{ file: path, line: 1, column: 1, pointer: '', message: `The file expands YAML aliases more than ${MAX_ALIAS_EXPANSIONS} times; write the values out.` }], { hint: HINT, subject: SUBJECT });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError([{ file: path, ...at(document.contents?.range[0] ?? 0), pointer: '', message: 'A seed is a mapping with account, integrations, entities, roles and tokens.' }], { hint: HINT, subject: SUBJECT });
  }
  const problems = seedProblems(value);
  if (problems.length > 0) {
    const source = new YamlSource(path, document, lineCounter);
    throw new ConfigError(problems.map((problem) => source.locate(problem)), { hint: HINT, subject: SUBJECT });
  }
  return normalizeSeed(value);
}
