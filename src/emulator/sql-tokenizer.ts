/**
 * Splits SuiteQL text into tokens so the dialect translation works on the query's structure, never on
 * its raw text: a quote, comma or keyword inside a string literal stays inside that literal.
 */
export type SqlTokenKind = 'word' | 'quoted-identifier' | 'string' | 'number' | 'symbol';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  /** The token exactly as written (a string literal keeps its quotes and doubled quotes). */
  readonly text: string;
}

export type Tokenization = { readonly ok: true; readonly tokens: readonly SqlToken[] } | { readonly ok: false; readonly reason: string };

/** Multi-character operators first, so `<=` is one token and not `<` then `=`. */
const SYMBOLS = ['||', '<=', '>=', '<>', '!=', '(', ')', ',', '.', '*', '+', '-', '/', '%', '=', '<', '>', ';'];

export function tokenizeSql(text: string): Tokenization {
  const tokens: SqlToken[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index] ?? '';
    const rest = text.slice(index);
    if (/\s/.test(character)) {
      index += 1;
    } else if (rest.startsWith('--')) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end + 1;
    } else if (rest.startsWith('/*')) {
      const end = text.indexOf('*/', index + 2);
      if (end === -1) return { ok: false, reason: 'a /* comment is not closed' };
      index = end + 2;
    } else if (character === "'") {
      const end = closingQuote(text, index, "'");
      if (end === -1) return { ok: false, reason: `the string literal starting at character ${index + 1} is not closed` };
      tokens.push({ kind: 'string', text: text.slice(index, end + 1) });
      index = end + 1;
    } else if (character === '"') {
      const end = closingQuote(text, index, '"');
      if (end === -1) return { ok: false, reason: `the quoted identifier starting at character ${index + 1} is not closed` };
      tokens.push({ kind: 'quoted-identifier', text: text.slice(index, end + 1) });
      index = end + 1;
    } else if (/[A-Za-z_]/.test(character)) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(rest)?.[0] ?? character;
      tokens.push({ kind: 'word', text: word });
      index += word.length;
    } else if (/[0-9]/.test(character) || (character === '.' && /^\.[0-9]/.test(rest))) {
      const number = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(rest)?.[0] ?? character;
      tokens.push({ kind: 'number', text: number });
      index += number.length;
    } else if (character === '?' || character === ':' || character === '@' || character === '$') {
      return { ok: false, reason: `bind parameters (${character}) are not supported; write values as quoted literals` };
    } else {
      const symbol = SYMBOLS.find((candidate) => rest.startsWith(candidate));
      if (symbol === undefined) return { ok: false, reason: `unexpected character ${JSON.stringify(character)} at character ${index + 1}` };
      tokens.push({ kind: 'symbol', text: symbol });
      index += symbol.length;
    }
  }
  return { ok: true, tokens };
}

/** Index of the quote closing the literal opened at `start`; a doubled quote is an escaped one. */
function closingQuote(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] === quote) {
        index += 2;
        continue;
      }
      return index;
    }
    index += 1;
  }
  return -1;
}

export function isWord(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

export function isSymbol(token: SqlToken | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}
