import { isSymbol, isWord, type SqlToken } from './sql-tokenizer.js';
import {
  clauseRange,
  matchingClose,
  owningBlock,
  queryBlocks,
  splitTopLevel,
  synthetic,
  withoutEnclosingParentheses,
  type QueryBlock,
  type TokenRange,
} from './suiteql-blocks.js';
import { TranslationProblem } from './suiteql-errors.js';

/**
 * Oracle's row limits, which SQLite spells differently:
 *
 * - `[OFFSET m ROWS] FETCH FIRST|NEXT n ROWS ONLY` becomes `LIMIT n OFFSET m`.
 * - `ROWNUM` in a select list becomes `ROW_NUMBER() OVER ()`: rows numbered in the order they are
 *   produced, before the block's ORDER BY, as Oracle numbers them.
 * - `ROWNUM <= n` (and `<`, `=`, `>=`, `>`, `<>`, `BETWEEN`, either side) as a condition ANDed into a
 *   WHERE keeps the first rows that pass the rest of the WHERE, before GROUP BY and ORDER BY, as in
 *   Oracle: `WHERE ROWNUM <= 3 ORDER BY id DESC` sorts three arbitrary rows, it does not find the
 *   three largest ids. The candidates are cut in a subquery (`FROM (SELECT * FROM t WHERE ... LIMIT n)
 *   t`), or, when nothing after the WHERE depends on the cut, with a LIMIT on the block.
 *
 * Sources: [DOC] Oracle's ROWNUM semantics (assigned as rows pass the WHERE, before sorting; a
 * condition that rejects row 1 rejects all); [3P] public SuiteQL code pages with
 * `ROWNUM` (`SELECT * FROM (SELECT ROWNUM AS rownumber, * FROM (...)) WHERE rownumber BETWEEN a AND b`)
 * and with `FETCH FIRST n ROWS ONLY`; [INF] that SuiteQL passes both to Oracle unchanged.
 * SuiteQL's own paging is the REST `limit`/`offset` parameters, applied after all of this.
 */
export function rewriteRowLimits(original: readonly SqlToken[]): SqlToken[] {
  refuseSqliteLimit(original);
  if (!original.some((token) => isWord(token, 'ROWNUM') || isWord(token, 'FETCH') || isWord(token, 'OFFSET'))) return [...original];
  let tokens = [...original];
  // Innermost and last blocks first; each rewrite changes positions, so the structure is read again.
  for (let guard = 0; guard < 1000; guard += 1) {
    const blocks = queryBlocks(tokens);
    const pending = blocks.filter((block) => needsRewrite(tokens, blocks, block)).sort((a, b) => b.select - a.select)[0];
    if (pending === undefined) return tokens;
    tokens = [...tokens.slice(0, pending.select), ...rewriteBlock(tokens, blocks, pending), ...tokens.slice(pending.end)];
  }
  throw new TranslationProblem('the query has too many nested row limits');
}

/**
 * [3P] SuiteQL has no LIMIT clause (public SuiteQL guidance says to use FETCH FIRST or ROWNUM
 * instead); SQLite would run it, so it is refused here rather than answered.
 */
function refuseSqliteLimit(tokens: readonly SqlToken[]): void {
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    // A LIMIT followed by a count in any form (1, (1), -1, 1 + 1); not a column or alias called limit.
    const isClause = next !== undefined && !isSymbol(next, ',') && !isSymbol(next, ')') && !isSymbol(next, '.') && !isWord(next, 'FROM');
    if (isWord(token, 'LIMIT') && !isSymbol(tokens[index - 1], '.') && !isWord(tokens[index - 1], 'AS') && isClause) {
      throw new TranslationProblem('LIMIT is not SuiteQL; use FETCH FIRST n ROWS ONLY or ROWNUM, and page with the limit and offset query parameters');
    }
  });
}

const isRownum = (tokens: readonly SqlToken[], index: number): boolean => isWord(tokens[index], 'ROWNUM') && !isSymbol(tokens[index - 1], '.');

function ownRownums(tokens: readonly SqlToken[], blocks: readonly QueryBlock[], block: QueryBlock): number[] {
  const indexes: number[] = [];
  for (let index = block.select + 1; index < block.end; index += 1) {
    if (isRownum(tokens, index) && owningBlock(blocks, index) === block) indexes.push(index);
  }
  return indexes;
}

function needsRewrite(tokens: readonly SqlToken[], blocks: readonly QueryBlock[], block: QueryBlock): boolean {
  return block.clauses.offset !== undefined || block.clauses.fetch !== undefined || ownRownums(tokens, blocks, block).length > 0;
}

const within = (range: TokenRange | null, index: number): boolean => range !== null && range.start <= index && index < range.end;

function rewriteBlock(tokens: readonly SqlToken[], blocks: readonly QueryBlock[], block: QueryBlock): SqlToken[] {
  const rownums = ownRownums(tokens, blocks, block);
  const where = clauseRange(block, 'where');
  for (const index of rownums) {
    if (!within(block.selectList, index) && !within(where, index)) {
      throw new TranslationProblem('the emulator supports ROWNUM in a select list and in WHERE conditions such as ROWNUM <= n, not elsewhere', 'unsupported');
    }
  }
  const tailStart = Math.min(block.clauses.offset ?? block.end, block.clauses.fetch ?? block.end);
  const fetch = readFetch(tokens, tailStart, block.end);
  const selectPart = replaceRownumsInSelectList(tokens, block, new Set(rownums));
  const wherePart = where === null ? null : splitRownumConditions(tokens, where, rownums);
  const fromKeyword = block.clauses.from;
  const afterWhere = where === null ? (fromKeyword === undefined ? block.selectList.end : clauseRange(block, 'from')?.end ?? block.end) : where.end;
  const fromPart = fromKeyword === undefined ? [] : tokens.slice(fromKeyword, where === null ? afterWhere : where.start - 1);
  const middle = tokens.slice(afterWhere, tailStart); // GROUP BY, HAVING, ORDER BY
  const whereTokens = wherePart === null || wherePart.remaining.length === 0 ? [] : [synthetic.word('WHERE'), ...wherePart.remaining];

  const cut = wherePart?.rows ?? Number.POSITIVE_INFINITY;
  if (cut === Number.POSITIVE_INFINITY) return [...selectPart, ...fromPart, ...whereTokens, ...middle, ...fetch];

  const source = singleSource(tokens, block);
  if (source !== null) {
    const inner = [synthetic.word('SELECT'), synthetic.symbol('*'), synthetic.word('FROM'), ...tokens.slice(source.start, source.end), ...whereTokens, ...limitTokens(cut, 0)];
    return [...selectPart, synthetic.word('FROM'), synthetic.symbol('('), ...inner, synthetic.symbol(')'), ...(source.name === null ? [] : [synthetic.word(source.name)]), ...middle, ...fetch];
  }
  if (middle.length > 0 || block.distinct || fetch.length > 0 || computesOverRows(tokens, block)) {
    throw new TranslationProblem(
      'the emulator supports ROWNUM in WHERE together with ORDER BY, GROUP BY, DISTINCT, FETCH or aggregates only when the block reads one table or subquery; move the joins into a subquery',
      'unsupported',
    );
  }
  const limited = [...selectPart, ...fromPart, ...whereTokens, ...limitTokens(cut, 0)];
  return block.inCompound ? [synthetic.word('SELECT'), synthetic.symbol('*'), synthetic.word('FROM'), synthetic.symbol('('), ...limited, synthetic.symbol(')')] : limited;
}

/**
 * SQLite's `LIMIT offset, rows`: the form without an OFFSET keyword, so a block already rewritten is
 * not taken for one with an Oracle OFFSET clause when the structure is read again.
 */
function limitTokens(rows: number, offset: number): SqlToken[] {
  return [synthetic.word('LIMIT'), synthetic.number(String(offset)), synthetic.symbol(','), synthetic.number(String(rows))];
}

/** `[OFFSET m ROW|ROWS] [FETCH FIRST|NEXT [n] ROW|ROWS ONLY]` → LIMIT tokens (none when absent). */
function readFetch(tokens: readonly SqlToken[], start: number, end: number): SqlToken[] {
  if (start >= end) return [];
  let index = start;
  let offset = 0;
  let rows = -1;
  const count = (what: string): number => {
    const token = tokens[index];
    if (token?.kind !== 'number' || !/^\d+$/.test(token.text)) throw new TranslationProblem(`${what} must be followed by a whole number of rows`);
    index += 1;
    return Number(token.text);
  };
  const rowWord = (): void => {
    if (!isWord(tokens[index], 'ROW') && !isWord(tokens[index], 'ROWS')) throw new TranslationProblem('a row count must be followed by ROW or ROWS');
    index += 1;
  };
  if (isWord(tokens[index], 'OFFSET')) {
    index += 1;
    offset = count('OFFSET');
    rowWord();
  }
  if (isWord(tokens[index], 'FETCH')) {
    index += 2; // FETCH FIRST|NEXT
    rows = tokens[index]?.kind === 'number' ? count('FETCH FIRST') : 1;
    rowWord();
    if (isWord(tokens[index], 'WITH') || isWord(tokens[index], 'PERCENT')) {
      throw new TranslationProblem('FETCH ... PERCENT and FETCH ... WITH TIES are not supported by the emulator; FETCH FIRST n ROWS ONLY is', 'unsupported');
    }
    if (!isWord(tokens[index], 'ONLY')) throw new TranslationProblem('FETCH FIRST n ROWS must end with ONLY');
    index += 1;
  }
  if (index !== end) throw new TranslationProblem(`unexpected ${tokens[index]?.text ?? 'text'} after the row limit`);
  return limitTokens(rows, offset);
}

/** SELECT [DISTINCT] list, with each ROWNUM of this block replaced by ROW_NUMBER() OVER (). */
function replaceRownumsInSelectList(tokens: readonly SqlToken[], block: QueryBlock, own: ReadonlySet<number>): SqlToken[] {
  const out: SqlToken[] = [];
  for (let index = block.select; index < block.selectList.end; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (own.has(index)) {
      out.push(synthetic.word('ROW_NUMBER'), synthetic.symbol('('), synthetic.symbol(')'), synthetic.word('OVER'), synthetic.symbol('('), synthetic.symbol(')'));
    } else {
      out.push(token);
    }
  }
  return out;
}

interface RownumConditions {
  /** The WHERE without the ROWNUM conditions (tokens after WHERE). */
  readonly remaining: readonly SqlToken[];
  /** How many candidate rows the ROWNUM conditions let through. */
  readonly rows: number;
}

function splitRownumConditions(tokens: readonly SqlToken[], where: TokenRange, rownums: readonly number[]): RownumConditions {
  const inWhere = rownums.filter((index) => within(where, index));
  if (inWhere.length === 0) return { remaining: tokens.slice(where.start, where.end), rows: Number.POSITIVE_INFINITY };
  if (splitTopLevel(tokens, where, (token) => isWord(token, 'OR')).length > 1) {
    throw new TranslationProblem('the emulator supports ROWNUM in WHERE only in conditions joined with AND', 'unsupported');
  }
  const conjuncts = conjunctsOf(tokens, where);
  const remaining: SqlToken[] = [];
  let rows = Number.POSITIVE_INFINITY;
  for (const conjunct of conjuncts) {
    if (!inWhere.some((index) => within(conjunct, index))) {
      if (remaining.length > 0) remaining.push(synthetic.word('AND'));
      remaining.push(...tokens.slice(conjunct.start, conjunct.end));
      continue;
    }
    rows = Math.min(rows, rowsLetThrough(tokens, withoutEnclosingParentheses(tokens, conjunct)));
  }
  return { remaining, rows };
}

/** Top-level AND-ed conditions; the AND of a BETWEEN stays inside its condition. */
function conjunctsOf(tokens: readonly SqlToken[], range: TokenRange): TokenRange[] {
  let pendingBetween = false;
  return splitTopLevel(tokens, range, (token) => {
    if (isWord(token, 'BETWEEN')) pendingBetween = true;
    if (!isWord(token, 'AND')) return false;
    if (pendingBetween) {
      pendingBetween = false;
      return false;
    }
    return true;
  });
}

type Comparison = '<' | '<=' | '=' | '>=' | '>' | '<>';

const FLIPPED: Readonly<Record<Comparison, Comparison>> = { '<': '>', '<=': '>=', '=': '=', '>=': '<=', '>': '<', '<>': '<>' };

/**
 * How many rows a ROWNUM condition lets through. Oracle gives a candidate the next ROWNUM and keeps
 * it only if the condition holds, so the rows kept are 1..k for the largest k with the condition
 * true for every one of 1..k.
 */
function rowsLetThrough(tokens: readonly SqlToken[], range: TokenRange): number {
  const part = tokens.slice(range.start, range.end);
  const unsupported = (): never => {
    throw new TranslationProblem('the emulator supports ROWNUM in WHERE as ROWNUM compared with a number (ROWNUM <= 10, ROWNUM BETWEEN 1 AND 10)', 'unsupported');
  };
  const constant = (from: number): { value: number; length: number } => {
    const negative = isSymbol(part[from], '-');
    const token = part[negative ? from + 1 : from];
    if (token?.kind !== 'number') return unsupported();
    return { value: (negative ? -1 : 1) * Number(token.text), length: negative ? 2 : 1 };
  };
  if (isWord(part[0], 'ROWNUM') && isWord(part[1], 'BETWEEN')) {
    const low = constant(2);
    if (!isWord(part[2 + low.length], 'AND')) return unsupported();
    const high = constant(3 + low.length);
    if (3 + low.length + high.length !== part.length) return unsupported();
    return Math.min(rowsFor('>=', low.value), rowsFor('<=', high.value));
  }
  if (isWord(part[0], 'ROWNUM')) {
    const operator = comparisonOf(part[1]) ?? unsupported();
    const value = constant(2);
    if (2 + value.length !== part.length) return unsupported();
    return rowsFor(operator, value.value);
  }
  const value = constant(0);
  const operator = comparisonOf(part[value.length]) ?? unsupported();
  if (!isWord(part[value.length + 1], 'ROWNUM') || value.length + 2 !== part.length) return unsupported();
  return rowsFor(FLIPPED[operator], value.value);
}

function comparisonOf(token: SqlToken | undefined): Comparison | null {
  if (token?.kind !== 'symbol') return null;
  if (token.text === '!=') return '<>';
  return (['<', '<=', '=', '>=', '>', '<>'] as const).find((operator) => operator === token.text) ?? null;
}

/** Rows kept by `ROWNUM <operator> value`. */
function rowsFor(operator: Comparison, value: number): number {
  switch (operator) {
    case '<=':
      return Math.max(0, Math.floor(value));
    case '<':
      return Math.max(0, Math.ceil(value) - 1);
    case '=':
      return value === 1 ? 1 : 0;
    case '>=':
      return value <= 1 ? Number.POSITIVE_INFINITY : 0;
    case '>':
      return value < 1 ? Number.POSITIVE_INFINITY : 0;
    case '<>':
      return Number.isInteger(value) && value >= 1 ? value - 1 : Number.POSITIVE_INFINITY;
  }
}

/** The block's only row source (`FROM t [alias]` or `FROM (subquery) [alias]`), or null for joins. */
function singleSource(tokens: readonly SqlToken[], block: QueryBlock): { readonly start: number; readonly end: number; readonly name: string | null } | null {
  const from = clauseRange(block, 'from');
  if (from === null || from.end <= from.start) return null;
  const parts = splitTopLevel(tokens, from, (token) => isSymbol(token, ',') || isWord(token, 'JOIN'));
  if (parts.length !== 1) return null;
  const first = tokens[from.start];
  let index = from.start;
  if (isSymbol(first, '(')) {
    index = matchingClose(tokens, from.start) + 1;
    if (index === 0) return null;
  } else if (first?.kind === 'word' || first?.kind === 'quoted-identifier') {
    index += 1;
  } else {
    return null;
  }
  const tableName = isSymbol(first, '(') ? null : (first?.text ?? null);
  if (index === from.end) return { start: from.start, end: from.end, name: tableName };
  const aliasAt = isWord(tokens[index], 'AS') ? index + 1 : index;
  const alias = tokens[aliasAt];
  if (aliasAt + 1 !== from.end || (alias?.kind !== 'word' && alias?.kind !== 'quoted-identifier')) return null;
  return { start: from.start, end: from.end, name: alias.text };
}

const AGGREGATES = new Set(['COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'LISTAGG', 'MEDIAN', 'STDDEV', 'VARIANCE', 'GROUP_CONCAT']);

/** Whether the select list computes over the set of rows (an aggregate, or a window other than ROWNUM's). */
function computesOverRows(tokens: readonly SqlToken[], block: QueryBlock): boolean {
  for (let index = block.selectList.start; index < block.selectList.end; index += 1) {
    const token = tokens[index];
    if (token?.kind !== 'word' || isSymbol(tokens[index - 1], '.')) continue;
    if (isWord(token, 'OVER')) return true;
    if (AGGREGATES.has(token.text.toUpperCase()) && isSymbol(tokens[index + 1], '(')) return true;
  }
  return false;
}
