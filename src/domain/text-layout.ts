import { shorten, visibleText } from './markdown.js';

/**
 * Terminal layout: aligned columns and ANSI colour, the colour only when asked for (a TTY), never
 * inside the padding so columns line up either way. Untrusted text is neutralised first: a control
 * character or bidi override in a token name cannot move the cursor, clear the screen or reorder a line.
 */

export type Tone = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'magenta' | 'cyan';

export interface Cell {
  readonly text: string;
  readonly tone?: Tone;
  /** A column holding such cells (names from NetSuite, owners) may be cut short to fit the terminal's width. */
  readonly shrink?: boolean;
  /**
   * A column holding such cells may be left out when the table cannot fit otherwise, the highest
   * number first (what it shows is also said elsewhere, such as in the token's name).
   */
  readonly optional?: number;
}

const SGR: Record<Tone, string> = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', magenta: '35', cyan: '36' };

export function paint(text: string, tone: Tone | undefined, color: boolean): string {
  return color && tone !== undefined && text !== '' ? `\u001b[${SGR[tone]}m${text}\u001b[0m` : text;
}

/** Longest a NetSuite string may run in a column, so one long name cannot push every row off screen. */
const COLUMN_MAX = 48;

/** A string from NetSuite (or the file) made safe and short for a terminal column; empty shows as a dash. */
export function terminalText(value: string | null, max: number = COLUMN_MAX): string {
  if (value === null || value === '') return '—';
  return shorten(visibleText(value), max);
}

/** Terminal columns `text` takes: two for a wide glyph (CJK, emoji), none for a combining mark. */
function width(text: string): number {
  // Latin text with the punctuation the operator's sentences use (’, —, …, →), nearly every cell and
  // word: one column a character, without segmenting.
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  let count = 0;
  for (const glyph of glyphs(text)) count += columnsOf(glyph);
  return count;
}

/** Characters one column wide that never join another: Latin, Greek and Cyrillic letters, general punctuation, arrows. */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff]*$/;
/** Made on first use: making one loads ICU's break rules, a cost every command would pay at start-up (issue 18). */
let graphemes: Intl.Segmenter | null = null;

/** What a terminal draws as one glyph: a character with its combining marks, a flag, an emoji sequence. */
function glyphs(text: string): string[] {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

const COMBINING = /^[\p{Mn}\p{Me}]$/u;
/** An emoji drawn as one (a sequence joined by ZWJ, with skin tones, or a flag's two letters). */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), as terminals draw them. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

/** Columns of one grapheme: its first character's, or two for an emoji (a text-style one too, with VS16). */
function columnsOf(glyph: string): number {
  const point = glyph.codePointAt(0) ?? 0;
  if (point < 0x300) return 1;
  // Combining marks, zero-width spaces and joiners, and variation selectors take no column of their own.
  if (COMBINING.test(glyph) || (point >= 0x200b && point <= 0x200f) || (point >= 0xfe00 && point <= 0xfe0f)) return 0;
  if (glyph.includes('\ufe0f') || (EMOJI.test(glyph) && (glyph.length > 2 || /\p{Emoji_Presentation}|\p{Regional_Indicator}/u.test(glyph)))) return 2;
  return WIDE.some(([from, to]) => point >= from && point <= to) ? 2 : 1;
}

/** `text` cut to at most `columns` terminal columns, ending in an ellipsis when cut; never inside a glyph. */
function shortenToWidth(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let kept = '';
  let used = 0;
  for (const glyph of glyphs(text)) {
    const next = columnsOf(glyph);
    if (used + next > columns - 1) break;
    kept += glyph;
    used += next;
  }
  return `${kept}…`;
}

/** A shrinkable column is never cut below this (or its widest cell, when that is narrower). */
const MIN_SHRUNK_COLUMN = 8;
/** Before an optional column is left out, shrinkable ones are cut no further than this. */
const READABLE_COLUMN = 16;
const GAP = 2;

/**
 * Rows as lines with every column but the last padded to its widest cell, in terminal columns (a CJK
 * glyph or an emoji takes two). Trailing empty cells leave no trailing spaces. With a
 * `maxWidth` (the terminal's), columns of shrinkable cells give up width, widest first, until the
 * rows fit or every such column is at its minimum; what no longer fits a cell ends in "…".
 */
export function alignRows(allRows: readonly (readonly Cell[])[], color: boolean, indent = '  ', maxWidth: number | null = null): string[] {
  let rows = allRows;
  let widths = columnWidths(rows);
  if (maxWidth !== null) {
    const available = maxWidth - width(indent);
    // Names stay readable while optional columns can go; only then are they cut to the bone.
    for (;;) {
      const shrinkable = columnFlags(rows, (cell) => cell.shrink === true);
      if (fitColumns(widths, shrinkable, available, READABLE_COLUMN)) break;
      const dropped = columnToDrop(rows);
      if (dropped === null) {
        fitColumns(widths, shrinkable, available, MIN_SHRUNK_COLUMN);
        break;
      }
      rows = rows.map((row) => row.filter((_, column) => column !== dropped));
      widths = columnWidths(rows);
    }
  }
  return rows.map((row) => {
    const parts = row.map((cell, column) => {
      const columnWidth = widths[column] ?? 0;
      const text = shortenToWidth(cell.text, columnWidth);
      const padding = column === row.length - 1 ? '' : ' '.repeat(columnWidth - width(text));
      return paint(text, cell.tone, color) + padding;
    });
    return (indent + parts.join(' '.repeat(GAP))).trimEnd();
  });
}

function columnWidths(rows: readonly (readonly Cell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width(cell.text));
    });
  }
  return widths;
}

function columnFlags(rows: readonly (readonly Cell[])[], test: (cell: Cell) => boolean): boolean[] {
  const flags: boolean[] = [];
  for (const row of rows) row.forEach((cell, column) => { if (test(cell)) flags[column] = true; });
  return flags;
}

/** The optional column to leave out next: the highest `optional` of any of its cells; null when none is left. */
function columnToDrop(rows: readonly (readonly Cell[])[]): number | null {
  let best: { column: number; rank: number } | null = null;
  for (const row of rows) {
    row.forEach((cell, column) => {
      if (cell.optional !== undefined && (best === null || cell.optional > best.rank)) best = { column, rank: cell.optional };
    });
  }
  return (best as { column: number; rank: number } | null)?.column ?? null;
}

/**
 * Narrows shrinkable columns in place, one character at a time from the widest, until they fit
 * `available`; false when even every such column at `minimum` is too wide.
 */
function fitColumns(widths: number[], shrinkable: readonly boolean[], available: number, minimum: number): boolean {
  const natural = [...widths];
  let total = widths.reduce((sum, each) => sum + each, 0) + GAP * Math.max(0, widths.length - 1);
  while (total > available) {
    let widest = -1;
    widths.forEach((each, column) => {
      const floor = Math.min(natural[column] ?? 0, minimum);
      if (shrinkable[column] === true && each > floor && (widest === -1 || each > (widths[widest] ?? 0))) widest = column;
    });
    if (widest === -1) return false;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  return true;
}

/**
 * Prose (a message, a summary) as lines of at most `maxWidth`, broken between words, each line
 * starting with `indent`; a single word longer than the line (a URL) is left whole. Without a width,
 * one line.
 */
export function wrapText(text: string, maxWidth: number | null, indent = ''): string[] {
  if (maxWidth === null || width(indent) + width(text) <= maxWidth) return [indent + text];
  const room = Math.max(MIN_SHRUNK_COLUMN, maxWidth - width(indent));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (width(line) + 1 + width(word) <= room) line = `${line} ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  lines.push(indent + line);
  return lines;
}
