import { isSymbol, isWord, type SqlToken } from './sql-tokenizer.js';

/**
 * The structure of a SuiteQL query as far as the translation needs it: where each query block
 * (`SELECT ... FROM ... WHERE ...`, at any nesting) starts and ends, and where its clauses are. It
 * works on tokens, so a keyword inside a string literal is never mistaken for a clause.
 */

/** Tokens `start` (inclusive) to `end` (exclusive). */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

export type ClauseName = 'from' | 'where' | 'groupBy' | 'having' | 'orderBy' | 'offset' | 'fetch';

export interface QueryBlock {
  /** Index of the block's SELECT. */
  readonly select: number;
  /** Exclusive end: the `)` closing the block, the set operator after it, or the end of the query. */
  readonly end: number;
  readonly depth: number;
  /** Index of each clause's first keyword (FROM, WHERE, GROUP, HAVING, ORDER, OFFSET, FETCH). */
  readonly clauses: Readonly<Partial<Record<ClauseName, number>>>;
  /** A member of UNION / INTERSECT / EXCEPT / MINUS. */
  readonly inCompound: boolean;
  /** The select list, after any DISTINCT / ALL / UNIQUE. */
  readonly selectList: TokenRange;
  readonly distinct: boolean;
}

const SET_OPERATORS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS']);
const CLAUSE_ORDER: readonly ClauseName[] = ['from', 'where', 'groupBy', 'having', 'orderBy', 'offset', 'fetch'];

/** Nesting depth of every token; a parenthesis has the depth outside it. */
export function depthsOf(tokens: readonly SqlToken[]): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (isSymbol(token, ')')) depth = Math.max(0, depth - 1);
    depths.push(depth);
    if (isSymbol(token, '(')) depth += 1;
  }
  return depths;
}

/** Index of the `)` matching the `(` at `open`, or -1 when it is not closed. */
export function matchingClose(tokens: readonly SqlToken[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    if (isSymbol(tokens[index], '(')) depth += 1;
    else if (isSymbol(tokens[index], ')')) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Index of the `(` matching the `)` at `close`, or -1. */
export function matchingOpen(tokens: readonly SqlToken[], close: number): number {
  let depth = 0;
  for (let index = close; index >= 0; index -= 1) {
    if (isSymbol(tokens[index], ')')) depth += 1;
    else if (isSymbol(tokens[index], '(')) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

export function queryBlocks(tokens: readonly SqlToken[]): QueryBlock[] {
  const depths = depthsOf(tokens);
  const blocks: QueryBlock[] = [];
  tokens.forEach((token, select) => {
    if (!isWord(token, 'SELECT')) return;
    const depth = depths[select] ?? 0;
    const clauses: Partial<Record<ClauseName, number>> = {};
    let end = tokens.length;
    let followedBySetOperator = false;
    for (let index = select + 1; index < tokens.length; index += 1) {
      const current = tokens[index];
      const level = depths[index] ?? 0;
      if (level < depth) {
        end = index;
        break;
      }
      if (level > depth || current?.kind !== 'word' || isSymbol(tokens[index - 1], '.')) continue;
      const word = current.text.toUpperCase();
      if (SET_OPERATORS.has(word)) {
        end = index;
        followedBySetOperator = true;
        break;
      }
      const clause = clauseAt(tokens, index, word);
      if (clause !== null && clauses[clause] === undefined) clauses[clause] = index;
    }
    const before = tokens[select - 1];
    const afterSetOperator = before?.kind === 'word' && (SET_OPERATORS.has(before.text.toUpperCase()) || ((isWord(before, 'ALL') || isWord(before, 'DISTINCT')) && SET_OPERATORS.has((tokens[select - 2]?.text ?? '').toUpperCase())));
    const listStart = ['DISTINCT', 'UNIQUE', 'ALL'].some((word) => isWord(tokens[select + 1], word)) ? select + 2 : select + 1;
    const listEnd = CLAUSE_ORDER.map((name) => clauses[name]).find((index) => index !== undefined) ?? end;
    blocks.push({
      select,
      end,
      depth,
      clauses,
      inCompound: followedBySetOperator || afterSetOperator,
      selectList: { start: listStart, end: listEnd },
      distinct: isWord(tokens[select + 1], 'DISTINCT') || isWord(tokens[select + 1], 'UNIQUE'),
    });
  });
  return blocks;
}

function clauseAt(tokens: readonly SqlToken[], index: number, word: string): ClauseName | null {
  switch (word) {
    case 'FROM':
      return 'from';
    case 'WHERE':
      return 'where';
    case 'GROUP':
      return isWord(tokens[index + 1], 'BY') ? 'groupBy' : null;
    case 'HAVING':
      return 'having';
    case 'ORDER':
      return isWord(tokens[index + 1], 'BY') ? 'orderBy' : null;
    case 'OFFSET':
      return 'offset';
    case 'FETCH':
      return isWord(tokens[index + 1], 'FIRST') || isWord(tokens[index + 1], 'NEXT') ? 'fetch' : null;
    default:
      return null;
  }
}

/** The tokens of a clause after its keyword(s), up to the next clause or the end of the block. */
export function clauseRange(block: QueryBlock, name: ClauseName): TokenRange | null {
  const start = block.clauses[name];
  if (start === undefined) return null;
  const keywordLength = name === 'groupBy' || name === 'orderBy' ? 2 : 1;
  const next = CLAUSE_ORDER.slice(CLAUSE_ORDER.indexOf(name) + 1).map((later) => block.clauses[later]).find((index) => index !== undefined);
  return { start: start + keywordLength, end: next ?? block.end };
}

/** The block a token belongs to: the innermost one around it. */
export function owningBlock(blocks: readonly QueryBlock[], index: number): QueryBlock | undefined {
  let owner: QueryBlock | undefined;
  for (const block of blocks) {
    if (block.select < index && index < block.end && (owner === undefined || block.select > owner.select)) owner = block;
  }
  return owner;
}

/** Splits a range at the tokens `isSeparator` accepts that sit at the range's own nesting level. */
export function splitTopLevel(tokens: readonly SqlToken[], range: TokenRange, isSeparator: (token: SqlToken, index: number) => boolean): TokenRange[] {
  const parts: TokenRange[] = [];
  let depth = 0;
  let start = range.start;
  for (let index = range.start; index < range.end; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isSymbol(token, '(')) depth += 1;
    else if (isSymbol(token, ')')) depth -= 1;
    else if (depth === 0 && isSeparator(token, index)) {
      parts.push({ start, end: index });
      start = index + 1;
    }
  }
  parts.push({ start, end: range.end });
  return parts;
}

/** The range without parentheses that enclose all of it: `((a = 1))` → `a = 1`. */
export function withoutEnclosingParentheses(tokens: readonly SqlToken[], range: TokenRange): TokenRange {
  let current = range;
  while (current.end - current.start >= 2 && isSymbol(tokens[current.start], '(') && matchingClose(tokens, current.start) === current.end - 1) {
    current = { start: current.start + 1, end: current.end - 1 };
  }
  return current;
}

/** One item of a select list: `*`, `t.*`, or an expression with its alias (if any). */
export type SelectItem =
  | { readonly kind: 'star' }
  | { readonly kind: 'expression'; readonly expression: TokenRange; readonly alias: string | null };

const NOT_AN_ALIAS = new Set(['END', 'NULL', 'TRUE', 'FALSE']);

export function selectItems(tokens: readonly SqlToken[], block: QueryBlock): SelectItem[] {
  return splitTopLevel(tokens, block.selectList, (token) => isSymbol(token, ',')).map((range): SelectItem => {
    const last = tokens[range.end - 1];
    const beforeLast = tokens[range.end - 2];
    if (isSymbol(last, '*') && (range.end - range.start === 1 || isSymbol(beforeLast, '.'))) return { kind: 'star' };
    const isName = (token: SqlToken | undefined): boolean => token?.kind === 'word' || token?.kind === 'quoted-identifier';
    if (last !== undefined && isName(last) && range.end - range.start >= 2 && !NOT_AN_ALIAS.has(last.text.toUpperCase())) {
      if (isWord(beforeLast, 'AS')) return { kind: 'expression', expression: { start: range.start, end: range.end - 2 }, alias: nameOf(last) };
      if (beforeLast !== undefined && (isName(beforeLast) || beforeLast.kind === 'number' || beforeLast.kind === 'string' || isSymbol(beforeLast, ')')) && !isSymbol(beforeLast, '.')) {
        return { kind: 'expression', expression: { start: range.start, end: range.end - 1 }, alias: nameOf(last) };
      }
    }
    return { kind: 'expression', expression: range, alias: null };
  });
}

/** A name as SuiteQL compares it: quoted identifiers unquoted, everything lower case. */
export function nameOf(token: SqlToken): string {
  return (token.kind === 'quoted-identifier' ? token.text.slice(1, -1).replace(/""/g, '"') : token.text).toLowerCase();
}

/** Tokens the rewrites add. */
export const synthetic = {
  word: (text: string): SqlToken => ({ kind: 'word', text }),
  symbol: (text: string): SqlToken => ({ kind: 'symbol', text }),
  number: (text: string): SqlToken => ({ kind: 'number', text }),
};
