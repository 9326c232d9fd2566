import { isSymbol, isWord, type SqlToken } from './sql-tokenizer.js';
import {
  matchingClose,
  matchingOpen,
  nameOf,
  queryBlocks,
  selectItems,
  splitTopLevel,
  synthetic,
  withoutEnclosingParentheses,
  type TokenRange,
} from './suiteql-blocks.js';
import { TranslationProblem } from './suiteql-errors.js';
import { julianDayOf, parseUserDate, USER_DATE_FORMAT_LABEL } from './oracle-datetime.js';

/**
 * Which values in a query are datetimes. SQLite has no date type (the emulator keeps datetimes as
 * Julian day numbers), so the translation works out from the query itself where Oracle would see a
 * DATE, for two things NetSuite does with one:
 *
 * - A string literal compared with a date (`dcreated >= '01/01/2025'`) is converted by the user's
 *   date format, as Oracle converts it by the session's date format. [3P] Public client READMEs
 *   filter SuiteQL dates this way; [INF] the session format is the user's date preference, M/D/YYYY
 *   here, with leading zeros optional and an optional time of day.
 * - A date selected without TO_CHAR comes back in the user's date format, whatever the output column
 *   is called (`SELECT dcreated AS created`): the format follows the value's source, not its name.
 */

/** Datetime columns of the emulated tables. */
export const DATETIME_COLUMNS: ReadonlySet<string> = new Set(['dcreated', 'drevoked', 'date']);

/** Oracle's words for the current date and time. */
export const NOW_WORDS: ReadonlySet<string> = new Set(['SYSDATE', 'SYSTIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIMESTAMP']);
/** Functions whose result is a datetime. */
const DATE_RESULT = new Set(['TO_DATE', 'TO_TIMESTAMP']);
/** Functions whose result is a datetime when their first argument is one. */
const DATE_OF_FIRST_ARGUMENT = new Set(['TRUNC', 'ROUND', 'MAX', 'MIN', 'NVL', 'COALESCE', 'GREATEST', 'LEAST', 'ADD_MONTHS', 'LAST_DAY', 'NEXT_DAY']);

/** How each output column of a query is shown: a datetime, another value, or the columns of a `*`. */
export type OutputColumnKind = 'datetime' | 'value' | 'star';

export interface QueryTyping {
  /** Column names and aliases that hold datetimes anywhere in the query (for `*` expansions). */
  readonly datetimeNames: ReadonlySet<string>;
  /** The outermost select list, item by item. */
  readonly outputColumns: readonly OutputColumnKind[];
}

export function typeQuery(tokens: readonly SqlToken[]): QueryTyping {
  const blocks = queryBlocks(tokens);
  const names = new Set(DATETIME_COLUMNS);
  // Inner blocks first, so an alias given in a subquery is known where the outer query reads it.
  for (const block of [...blocks].sort((a, b) => b.depth - a.depth || b.select - a.select)) {
    for (const item of selectItems(tokens, block)) {
      if (item.kind === 'expression' && item.alias !== null && isDatetime(tokens, item.expression, names)) names.add(item.alias);
    }
  }
  const main = blocks.filter((block) => block.depth === 0).sort((a, b) => a.select - b.select)[0];
  const outputColumns = main === undefined ? [] : selectItems(tokens, main).map((item): OutputColumnKind => (item.kind === 'star' ? 'star' : isDatetime(tokens, item.expression, names) ? 'datetime' : 'value'));
  return { datetimeNames: names, outputColumns };
}

/** Whether the expression in `range` is a datetime. */
export function isDatetime(tokens: readonly SqlToken[], range: TokenRange, names: ReadonlySet<string>): boolean {
  const expression = withoutWindow(tokens, withoutEnclosingParentheses(tokens, range));
  if (expression.end <= expression.start) return false;
  const terms = splitTopLevel(tokens, expression, (token) => isSymbol(token, '+') || isSymbol(token, '-'));
  if (terms.length > 1) {
    // date ± days is a date; date - date is a number of days.
    const datetimeTerms = terms.filter((term) => isDatetime(tokens, term, names));
    const first = terms[0];
    return datetimeTerms.length === 1 && first !== undefined && datetimeTerms[0] === first;
  }
  const parts = tokens.slice(expression.start, expression.end);
  const [first, second, third] = parts;
  const isName = (token: SqlToken | undefined): token is SqlToken => token?.kind === 'word' || token?.kind === 'quoted-identifier';
  if (parts.length === 1 && isName(first)) return (first.kind === 'word' && NOW_WORDS.has(first.text.toUpperCase())) || names.has(nameOf(first));
  if (parts.length === 3 && isName(first) && isSymbol(second, '.') && isName(third)) return names.has(nameOf(third));
  if (first?.kind === 'word' && isSymbol(second, '(') && matchingClose(tokens, expression.start + 1) === expression.end - 1) {
    const name = first.text.toUpperCase();
    if (DATE_RESULT.has(name)) return true;
    const args = splitTopLevel(tokens, { start: expression.start + 2, end: expression.end - 1 }, (token) => isSymbol(token, ','));
    if (DATE_OF_FIRST_ARGUMENT.has(name) && args[0] !== undefined) return isDatetime(tokens, args[0], names);
    if (name === 'CAST') return parts.some((token, index) => isWord(token, 'AS') && (isWord(parts[index + 1], 'DATE') || isWord(parts[index + 1], 'TIMESTAMP')));
  }
  return false;
}

/** `MAX(x) OVER (...)` → `MAX(x)`: a window gives the function's own type. */
function withoutWindow(tokens: readonly SqlToken[], range: TokenRange): TokenRange {
  if (!isSymbol(tokens[range.end - 1], ')')) return range;
  const open = matchingOpen(tokens, range.end - 1);
  return open - 1 > range.start && isWord(tokens[open - 1], 'OVER') ? { start: range.start, end: open - 1 } : range;
}

const COMPARISONS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

/**
 * Replaces each string literal compared with a datetime (`=`, `<>`, `<`, ... either side, `BETWEEN`,
 * `IN (...)`) by its Julian day, read in the user's date format. A literal that is not such a date is
 * refused, as Oracle refuses it.
 */
export function convertDateLiterals(tokens: readonly SqlToken[], names: ReadonlySet<string>): SqlToken[] {
  const converted = new Map<number, SqlToken>();
  const convert = (range: TokenRange | null): void => {
    if (range === null || range.end - range.start !== 1) return;
    const token = tokens[range.start];
    if (token?.kind !== 'string') return;
    converted.set(range.start, synthetic.number(String(julianDayOf(userDateOf(token)))));
  };
  tokens.forEach((token, index) => {
    if (token.kind === 'symbol' && COMPARISONS.has(token.text)) {
      const left = operandBefore(tokens, index);
      const right = operandAfter(tokens, index);
      if (left === null || right === null) return;
      if (isDatetime(tokens, left, names)) convert(right);
      else if (isDatetime(tokens, right, names)) convert(left);
      return;
    }
    const negated = isWord(tokens[index - 1], 'NOT');
    const left = isWord(token, 'BETWEEN') || isWord(token, 'IN') ? operandBefore(tokens, negated ? index - 1 : index) : null;
    if (left === null || !isDatetime(tokens, left, names)) return;
    if (isWord(token, 'BETWEEN')) {
      const low = operandAfter(tokens, index);
      convert(low);
      if (low !== null && isWord(tokens[low.end], 'AND')) convert(operandAfter(tokens, low.end));
      return;
    }
    if (isSymbol(tokens[index + 1], '(')) {
      const close = matchingClose(tokens, index + 1);
      if (close !== -1) splitTopLevel(tokens, { start: index + 2, end: close }, (candidate) => isSymbol(candidate, ',')).forEach(convert);
    }
  });
  return tokens.map((token, index) => converted.get(index) ?? token);
}

function userDateOf(literal: SqlToken): Date {
  const text = literal.text.slice(1, -1).replace(/''/g, "'");
  const date = parseUserDate(text);
  if (date === null) throw new TranslationProblem(`'${text}' is not a date in the user's date format (${USER_DATE_FORMAT_LABEL})`);
  return date;
}

const OPERAND_JOINERS = new Set(['+', '-', '*', '/', '||']);

/** The operand that ends just before `index`: a name, a literal, a call or a parenthesis, with the arithmetic chained to it. */
function operandBefore(tokens: readonly SqlToken[], index: number): TokenRange | null {
  const single = (end: number): number | null => {
    const last = tokens[end - 1];
    if (last === undefined) return null;
    if (isSymbol(last, ')')) {
      const open = matchingOpen(tokens, end - 1);
      if (open === -1) return null;
      const name = tokens[open - 1];
      if (name?.kind !== 'word' || isKeyword(name)) return open;
      return isSymbol(tokens[open - 2], '.') && tokens[open - 3]?.kind === 'word' ? open - 3 : open - 1;
    }
    if (last.kind === 'word' || last.kind === 'quoted-identifier') {
      if (last.kind === 'word' && isKeyword(last)) return null;
      return isSymbol(tokens[end - 2], '.') && (tokens[end - 3]?.kind === 'word' || tokens[end - 3]?.kind === 'quoted-identifier') ? end - 3 : end - 1;
    }
    return last.kind === 'string' || last.kind === 'number' ? end - 1 : null;
  };
  let start = single(index);
  if (start === null) return null;
  while (start > 0 && OPERAND_JOINERS.has(tokens[start - 1]?.kind === 'symbol' ? (tokens[start - 1]?.text ?? '') : '')) {
    const previous = single(start - 1);
    if (previous === null) break;
    start = previous;
  }
  return { start, end: index };
}

/** The operand that starts just after `index`. */
function operandAfter(tokens: readonly SqlToken[], index: number): TokenRange | null {
  const single = (start: number): number | null => {
    const first = tokens[start];
    if (first === undefined) return null;
    if (isSymbol(first, '(')) {
      const close = matchingClose(tokens, start);
      return close === -1 ? null : close + 1;
    }
    if (first.kind === 'word' || first.kind === 'quoted-identifier') {
      if (first.kind === 'word' && isKeyword(first)) return null;
      if (isSymbol(tokens[start + 1], '(')) {
        const close = matchingClose(tokens, start + 1);
        return close === -1 ? null : close + 1;
      }
      if (isSymbol(tokens[start + 1], '.') && tokens[start + 2] !== undefined) {
        if (isSymbol(tokens[start + 3], '(')) {
          const close = matchingClose(tokens, start + 3);
          return close === -1 ? null : close + 1;
        }
        return start + 3;
      }
      return start + 1;
    }
    return first.kind === 'string' || first.kind === 'number' ? start + 1 : null;
  };
  let end = single(index + 1);
  if (end === null) return null;
  while (OPERAND_JOINERS.has(tokens[end]?.kind === 'symbol' ? (tokens[end]?.text ?? '') : '')) {
    const next = single(end + 1);
    if (next === null) break;
    end = next;
  }
  return { start: index + 1, end };
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'WHERE', 'SELECT', 'FROM', 'ON', 'WHEN', 'THEN', 'ELSE', 'CASE', 'END', 'IS', 'NULL', 'LIKE', 'IN', 'BETWEEN', 'HAVING', 'BY', 'AS', 'EXISTS']);

function isKeyword(token: SqlToken): boolean {
  return KEYWORDS.has(token.text.toUpperCase());
}
