import { isSymbol, isWord, tokenizeSql, type SqlToken } from './sql-tokenizer.js';
import { DatetimeFormatError, julianDayOf, parseDatetime, strftimeFormatOf } from './oracle-datetime.js';
import { TranslationProblem } from './suiteql-errors.js';
import { convertDateLiterals, NOW_WORDS, typeQuery, type QueryTyping } from './suiteql-date-typing.js';
import { rewriteRowLimits } from './suiteql-row-limits.js';
import { depthsOf } from './suiteql-blocks.js';
import { refuseSqliteOnly } from './suiteql-sqlite-only.js';
import { refuseDisplayFilters } from './suiteql-display-filters.js';

/**
 * Translates NetSuite's SuiteQL (an Oracle dialect) into SQLite, token by token. Only the constructs
 * that differ are rewritten; everything else, string literals included, passes through unchanged, so
 * a hostile literal can never change the shape of the query.
 */
export type Translation =
  | {
      readonly ok: true;
      readonly sql: string;
      readonly typing: QueryTyping;
      /** The query limits its own rows at the top level (FETCH FIRST, ROWNUM): page it from outside. */
      readonly limited: boolean;
    }
  | { readonly ok: false; readonly reason: string; readonly kind: 'invalid' | 'unsupported' };

/** Names of the SQL functions the engine registers (see suiteql-functions.ts). */
export const EMULATOR_FUNCTIONS = {
  toChar: 'ns_to_char',
  toDate: 'ns_to_date',
} as const;

/** The table holding the names BUILTIN.DF shows (kept after a record is deleted, like NetSuite's audit views). */
export const DISPLAY_NAME_TABLE = 'emulator_display_name';

/** The date the query runs at: SYSDATE and constant TO_DATE become literals, evaluated once per query. */
export interface TranslationContext {
  readonly now: Date;
}

/** Which record a select-type column points at, so `BUILTIN.DF(column)` can show that record's name. */
export type DisplayKind = 'integration' | 'entity' | 'role' | 'value';

export function displayKindOfColumn(column: string): DisplayKind {
  switch (column.toLowerCase()) {
    case 'tba_app_name':
      return 'integration';
    case 'entity_name':
    case 'createdby':
    case 'user':
      return 'entity';
    case 'role_name':
    case 'role':
      return 'role';
    default:
      return 'value';
  }
}

export function translateSuiteQL(query: string, context: TranslationContext): Translation {
  const prepared = prepare(query);
  if (!prepared.ok) return prepared;
  try {
    return { ok: true, sql: translateRange(prepared.tokens, 0, prepared.tokens.length, context), typing: prepared.typing, limited: prepared.limited };
  } catch (error) {
    return refusalOf(error);
  }
}

/** A query read, checked, row-limited, typed and date-converted: everything that does not depend on `now`. */
type Prepared =
  | { readonly ok: true; readonly tokens: readonly SqlToken[]; readonly typing: QueryTyping; readonly limited: boolean }
  | Extract<Translation, { ok: false }>;

/** A paging client sends the same query for every page; reading it again each time would cost more than running it. */
const PREPARED_QUERIES = 64;
const prepared = new Map<string, Prepared>();

function prepare(query: string): Prepared {
  const known = prepared.get(query);
  if (known !== undefined) return known;
  const fresh = prepareFresh(query);
  if (prepared.size >= PREPARED_QUERIES) prepared.delete(prepared.keys().next().value ?? '');
  prepared.set(query, fresh);
  return fresh;
}

function prepareFresh(query: string): Prepared {
  const tokenization = tokenizeSql(query);
  if (!tokenization.ok) return { ok: false, reason: tokenization.reason, kind: 'invalid' };
  const { tokens } = tokenization;
  if (tokens.length === 0) return { ok: false, reason: 'the query is empty', kind: 'invalid' };
  if (!isWord(tokens[0], 'SELECT') && !isWord(tokens[0], 'WITH')) {
    return { ok: false, reason: 'only SELECT queries can be run through SuiteQL', kind: 'invalid' };
  }
  if (tokens.some((token) => isSymbol(token, ';'))) {
    return { ok: false, reason: 'a query is a single statement; remove the semicolon', kind: 'invalid' };
  }
  try {
    refuseSqliteOnly(tokens);
    refuseDisplayFilters(tokens);
    const rewritten = rewriteRowLimits(tokens);
    const typing = typeQuery(rewritten);
    const withDates = convertDateLiterals(rewritten, typing.datetimeNames);
    const depths = depthsOf(withDates);
    const limited = withDates.some((token, index) => depths[index] === 0 && isWord(token, 'LIMIT'));
    return { ok: true, tokens: withDates, typing, limited };
  } catch (error) {
    return refusalOf(error);
  }
}

function refusalOf(error: unknown): Extract<Translation, { ok: false }> {
  if (error instanceof TranslationProblem || error instanceof DatetimeFormatError) return { ok: false, reason: error.message, kind: error.kind };
  throw error;
}

function translateRange(tokens: readonly SqlToken[], start: number, end: number, context: TranslationContext): string {
  const out: string[] = [];
  let index = start;
  while (index < end) {
    const token = tokens[index];
    if (token === undefined) break;
    const afterDot = isSymbol(tokens[index - 1], '.');
    if (isWord(token, 'BUILTIN') && isSymbol(tokens[index + 1], '.') && tokens[index + 2]?.kind === 'word') {
      const name = (tokens[index + 2]?.text ?? '').toUpperCase();
      if (name !== 'DF') throw new TranslationProblem(`BUILTIN.${name} is not supported by the emulator; BUILTIN.DF is`, 'unsupported');
      const call = readCall(tokens, index + 3, end, 'BUILTIN.DF');
      const argument = call.arguments.length === 1 ? call.arguments[0] : undefined;
      if (argument === undefined) throw new TranslationProblem(`BUILTIN.DF takes 1 argument, not ${call.arguments.length}`);
      const kind = displayKindOfColumn(columnNameOf(tokens, argument) ?? '');
      const value = translateRange(tokens, argument.start, argument.end, context);
      // A correlated lookup runs inside SQLite: no call back into JavaScript per row.
      out.push(kind === 'value' ? `(${value})` : `(SELECT name FROM ${DISPLAY_NAME_TABLE} WHERE kind = '${kind}' AND id = (${value}))`);
      index = call.close + 1;
      continue;
    }
    if (token.kind === 'word' && !afterDot && isSymbol(tokens[index + 1], '(')) {
      const rewrite = FUNCTION_REWRITES[token.text.toUpperCase()];
      if (rewrite !== undefined) {
        const call = readCall(tokens, index + 1, end, token.text.toUpperCase());
        out.push(rewrite(call.arguments.map((argument) => ({ sql: translateRange(tokens, argument.start, argument.end, context), literal: stringLiteralOf(tokens, argument) })), context));
        index = call.close + 1;
        continue;
      }
    }
    if (token.kind === 'word' && !afterDot && NOW_WORDS.has(token.text.toUpperCase()) && !isSymbol(tokens[index + 1], '(')) {
      out.push(`(${julianDayOf(context.now)})`);
    } else if (token.kind === 'quoted-identifier') {
      out.push(bracketedIdentifier(token));
    } else {
      out.push(token.text);
    }
    index += 1;
  }
  return out.join(' ');
}

/**
 * A double-quoted name in SQLite's bracket form: SQLite reads `"x"` as a string when no column is
 * called x, which Oracle never does (it is an identifier, or an error); `[x]` is only ever a name.
 */
function bracketedIdentifier(token: SqlToken): string {
  const name = token.text.slice(1, -1).replace(/""/g, '"');
  if (name.includes(']')) throw new TranslationProblem(`the quoted identifier ${token.text} holds a ], which the emulator cannot pass on`, 'unsupported');
  return `[${name}]`;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** A translated argument, and its text when it is a single string literal (formats usually are). */
interface Argument {
  readonly sql: string;
  readonly literal: string | null;
}

/** Oracle functions SQLite lacks or spells differently; each receives its already translated arguments. */
const FUNCTION_REWRITES: Readonly<Record<string, (args: readonly Argument[], context: TranslationContext) => string>> = {
  TO_CHAR: (args) => {
    const arg = withArity(args, 1, 2, 'TO_CHAR');
    const format = args[1]?.literal;
    const strftime = format === undefined || format === null ? null : strftimeFormatOf(format);
    if (strftime !== null) return `strftime(${sqlString(strftime)}, ${arg(0)})`;
    return `${EMULATOR_FUNCTIONS.toChar}(${arg(0)}, ${arg(1)})`;
  },
  TO_DATE: (args) => {
    const arg = withArity(args, 1, 2, 'TO_DATE');
    const [text, format] = args;
    if (text?.literal !== null && text?.literal !== undefined && (format === undefined || format.literal !== null)) {
      return `(${julianDayOf(parseDatetime(text.literal, format?.literal ?? DEFAULT_DATE_FORMAT))})`;
    }
    return `${EMULATOR_FUNCTIONS.toDate}(${arg(0)}, ${arg(1)})`;
  },
  TO_NUMBER: (args) => `CAST((${withArity(args, 1, 1, 'TO_NUMBER')(0)}) AS NUMERIC)`,
  NVL: (args) => {
    const arg = withArity(args, 2, 2, 'NVL');
    return `COALESCE(${arg(0)}, ${arg(1)})`;
  },
  NVL2: (args) => {
    const arg = withArity(args, 3, 3, 'NVL2');
    return `(CASE WHEN (${arg(0)}) IS NOT NULL THEN (${arg(1)}) ELSE (${arg(2)}) END)`;
  },
  DECODE: (args) => {
    const arg = withArity(args, 3, Number.POSITIVE_INFINITY, 'DECODE');
    let sql = '(CASE';
    let index = 1;
    for (; index + 1 < args.length; index += 2) {
      // DECODE treats two NULLs as equal, which is what SQLite's IS does.
      sql += ` WHEN (${arg(0)}) IS (${arg(index)}) THEN (${arg(index + 1)})`;
    }
    if (index < args.length) sql += ` ELSE (${arg(index)})`;
    return `${sql} END)`;
  },
};

/** Without a format, TO_DATE reads the emulated user's date preference. */
export const DEFAULT_DATE_FORMAT = 'MM/DD/YYYY';

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function stringLiteralOf(tokens: readonly SqlToken[], range: Range): string | null {
  const token = tokens[range.start];
  if (range.end - range.start !== 1 || token?.kind !== 'string') return null;
  return token.text.slice(1, -1).replace(/''/g, "'");
}

/** Checks the argument count; the returned accessor gives SQL NULL for an omitted optional argument. */
function withArity(args: readonly Argument[], min: number, max: number, name: string): (index: number) => string {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} or ${max}`;
    throw new TranslationProblem(`${name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`);
  }
  return (index) => args[index]?.sql ?? 'NULL';
}

/** Reads `( arg, arg, ... )` starting at the opening parenthesis; arguments split at top-level commas. */
function readCall(tokens: readonly SqlToken[], open: number, end: number, name: string): { readonly arguments: readonly Range[]; readonly close: number } {
  if (!isSymbol(tokens[open], '(')) throw new TranslationProblem(`${name} must be followed by an argument list in parentheses`);
  const args: Range[] = [];
  let depth = 0;
  let argumentStart = open + 1;
  for (let index = open + 1; index < end; index += 1) {
    const token = tokens[index];
    if (isSymbol(token, '(')) depth += 1;
    else if (isSymbol(token, ')')) {
      if (depth === 0) {
        if (index > argumentStart || args.length > 0) args.push(nonEmpty({ start: argumentStart, end: index }, name));
        return { arguments: args, close: index };
      }
      depth -= 1;
    } else if (isSymbol(token, ',') && depth === 0) {
      args.push(nonEmpty({ start: argumentStart, end: index }, name));
      argumentStart = index + 1;
    }
  }
  throw new TranslationProblem(`the parentheses after ${name} are not closed`);
}

function nonEmpty(range: Range, name: string): Range {
  if (range.end <= range.start) throw new TranslationProblem(`${name} has an empty argument`);
  return range;
}

/** The column an argument names (`col`, `t.col`, `"col"`), or null when it is an expression. */
function columnNameOf(tokens: readonly SqlToken[], range: Range): string | null {
  const parts = tokens.slice(range.start, range.end);
  const isName = (token: SqlToken | undefined): boolean => token?.kind === 'word' || token?.kind === 'quoted-identifier';
  const unquote = (token: SqlToken): string => (token.kind === 'quoted-identifier' ? token.text.slice(1, -1).replace(/""/g, '"') : token.text);
  const [first, second, third] = parts;
  if (parts.length === 1 && first !== undefined && isName(first)) return unquote(first);
  if (parts.length === 3 && isName(first) && isSymbol(second, '.') && third !== undefined && isName(third)) return unquote(third);
  return null;
}
