import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type ErrorCode } from 'yaml';
import { toJsonPointer } from './json-pointer.js';
import type { ConfigProblem } from '../support/errors.js';
import { quoteValue } from './describe-value.js';
import { YamlSource } from './yaml-source.js';

/** Aliases may be expanded this many times in all; a billion-laughs file is refused long before memory runs out. */
export const MAX_ALIAS_EXPANSIONS = 100;

export type ParsedYaml =
  /** `repeatedKeys`: keys set twice, each a problem, reported with whatever else is wrong (the last value is read). */
  | { readonly ok: true; readonly source: YamlSource; readonly data: unknown; readonly repeatedKeys: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/**
 * Parses YAML text keeping positions. Syntax errors, duplicate keys, an empty or comments-only file,
 * a top-level list or scalar and alias bombs come back as located problems; otherwise the data.
 */
/** What the top level of a file must be, in words, for the shape problems: a desired-state file unless told otherwise. */
export interface ExpectedShape {
  /** Completes "…, but ": such as "a desired-state file is a mapping with version: 1, account and tokens". */
  readonly mapping: string;
  /** What to do about a top-level list. */
  readonly listHint: string;
}

const DESIRED_STATE_SHAPE: ExpectedShape = {
  mapping: 'a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml)',
  listHint: 'put the entries under tokens:',
};

export function parseYaml(text: string, file: string, shape: ExpectedShape = DESIRED_STATE_SHAPE): ParsedYaml {
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares every key with every other (minutes for 100,000 keys); repeatedKeyProblems is one pass.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, stringKeys: true });
  const source = new YamlSource(file, document, lineCounter);
  const syntax = syntaxProblems(source, text);
  const repeated = repeatedKeyProblems(source);
  if (syntax.length > 0) return { ok: false, problems: byOffset([...syntax, ...repeated]) };
  // A repeated key leaves the document readable: the checks after parsing report their problems beside it.
  const repeatedKeys = byOffset(repeated);
  const shapeProblem = topLevelShapeProblem(source, text, shape);
  if (shapeProblem !== null) return { ok: false, problems: [...repeatedKeys, shapeProblem] };
  const aliasProblems = unresolvedAliasProblems(source);
  if (aliasProblems.length > 0) return { ok: false, problems: [...repeatedKeys, ...aliasProblems] };
  return toData(source, repeatedKeys);
}

function toData(source: YamlSource, repeatedKeys: readonly ConfigProblem[]): ParsedYaml {
  try {
    return { ok: true, source, data: source.document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }), repeatedKeys };
  } catch (error) {
    // Unresolved aliases were reported before; the only ReferenceError left is yaml's alias-count limit.
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, problems: [aliasBombProblem(source)] };
  }
}

function problemAt(source: YamlSource, offset: number, message: string): ConfigProblem {
  return { file: source.file, ...source.positionOfOffset(offset), pointer: '', message };
}

const SYNTAX_MESSAGES: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'A tab is used for indentation, but YAML indents with spaces only; replace the tab with spaces.',
  MULTIPLE_DOCS: 'The file holds more than one YAML document (a --- separator); keep one account per file, or split them into files in a directory.',
  BLOCK_AS_IMPLICIT_KEY: 'A plain value contains ": ", which YAML reads as a nested mapping; put the value in quotes.',
  NON_STRING_KEY: 'A key is a list or a mapping; keys in a desired-state file are plain names such as id or state.',
  RESOURCE_EXHAUSTION: 'The YAML is nested too deeply to read; a desired-state file needs only a few levels of nesting.',
};

interface OffsetProblem {
  readonly offset: number;
  readonly problem: ConfigProblem;
}

/**
 * The parser's errors as problems. A tab used for indentation leaves the parser lost for the rest of
 * the file, so what it reports after the first such tab follows from the tab: only the tabs
 * themselves (and anything before the first) are reported, one problem per tab.
 */
function syntaxProblems(source: YamlSource, text: string): OffsetProblem[] {
  const errors = [...source.document.errors, ...source.document.warnings];
  const firstTab = Math.min(...errors.filter((error) => error.code === 'TAB_AS_INDENT').map((error) => error.pos[0]));
  return errors
    .filter((error) => error.code === 'TAB_AS_INDENT' || error.pos[0] < firstTab)
    .map((error) => {
      // A quote never closed is reported where the parser gave up (often the end of the file); the
      // person needs the quote that opened it.
      const unclosed = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
      const offset = unclosed === undefined ? error.pos[0] : openingQuote(text, error.pos[0], unclosed);
      const message = unclosed !== undefined
        ? `This ${unclosed === '"' ? 'double' : 'single'}-quoted value is never closed; add the closing ${unclosed} on this line.`
        : (SYNTAX_MESSAGES[error.code] ?? `Invalid YAML: ${withoutFinalPeriod(error.message)}; correct the YAML at this position.`);
      return { offset, problem: problemAt(source, offset, message) };
    });
}

/**
 * Where the quoted value still open at `end` starts, since any quote after it would have closed it: the
 * last unescaped `"`; for single quotes, which escape as `''`, the first quote of the last run of an
 * odd number of them (the opening one, followed by escaped pairs).
 */
function openingQuote(text: string, end: number, quote: string): number {
  for (let at = Math.min(end, text.length) - 1; at >= 0; at -= 1) {
    if (text[at] !== quote) continue;
    if (quote === '"') {
      if (text[at - 1] !== '\\') return at;
      continue;
    }
    let first = at;
    while (first > 0 && text[first - 1] === quote) first -= 1;
    if ((at - first) % 2 === 0) return first;
    at = first;
  }
  return end;
}

function withoutFinalPeriod(text: string): string {
  return text.trim().replace(/\.$/, '');
}

/** A key set twice in one mapping, at the repeat, naming the line where it was first set, with its JSON pointer. */
function repeatedKeyProblems(source: YamlSource): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  // An explicit walk rather than visit(): the pointer needs each node's path, and aliases are not followed.
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => { walk(item, [...path, index]); });
      return;
    }
    if (!isMap(node)) return;
    const firstOffsetByName = new Map<string, number>();
    for (const { key, value } of node.items) {
      if (!isScalar(key) || !key.range) continue;
      const name = String(key.value);
      const [offset] = key.range;
      const firstOffset = firstOffsetByName.get(name);
      if (firstOffset === undefined) {
        firstOffsetByName.set(name, offset);
        walk(value, [...path, name]);
        continue;
      }
      const message = `Key ${quoteValue(name)} is already set at line ${source.positionOfOffset(firstOffset).line} of this mapping; keep one of them.`;
      problems.push({ offset, problem: { ...problemAt(source, offset, message), pointer: toJsonPointer([...path, name]) } });
      walk(value, [...path, name]);
    }
  };
  walk(source.document.contents, []);
  return problems;
}

function byOffset(problems: readonly OffsetProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.offset - b.offset).map(({ problem }) => problem);
}


function topLevelShapeProblem(source: YamlSource, text: string, shape: ExpectedShape): ConfigProblem | null {
  const contents = source.document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.source === '')) {
    return problemAt(source, 0, `${emptinessOf(text)}; ${shape.mapping}.`);
  }
  if (isMap(contents)) return null;
  const start = contents.range[0];
  if (isSeq(contents)) return problemAt(source, start, `The file is a list, but ${shape.mapping}; ${shape.listHint}.`);
  return problemAt(source, start, `The file holds a single value, but ${shape.mapping}.`);
}

function emptinessOf(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return 'The file is empty';
  if (lines.every((line) => line.startsWith('#'))) return 'The file contains only comments';
  return 'The file holds an empty YAML document';
}

/** An alias with no anchor before it would make the conversion to data fail; say which one. */
function unresolvedAliasProblems(source: YamlSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  visit(source.document, {
    Alias(_, alias) {
      if (alias.resolve(source.document) !== undefined) return;
      const message = `Alias *${alias.source} refers to no anchor; put &${alias.source} on an earlier value or write the value out.`;
      problems.push(problemAt(source, alias.range?.[0] ?? 0, message));
    },
  });
  return problems;
}

function aliasBombProblem(source: YamlSource): ConfigProblem {
  let offset = 0;
  visit(source.document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return problemAt(source, offset, `The file expands YAML aliases more than ${MAX_ALIAS_EXPANSIONS} times, which is how an alias bomb exhausts memory; write the values out instead of aliasing them.`);
}
