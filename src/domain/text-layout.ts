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

function width(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Rows as lines with every column but the last padded to its widest cell (code points; wide CJK
 * glyphs may still drift, which is cosmetic). Trailing empty cells leave no trailing spaces.
 */
export function alignRows(rows: readonly (readonly Cell[])[], color: boolean, indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width(cell.text));
    });
  }
  return rows.map((row) => {
    const parts = row.map((cell, column) => {
      const padding = column === row.length - 1 ? '' : ' '.repeat((widths[column] ?? 0) - width(cell.text));
      return paint(cell.text, cell.tone, color) + padding;
    });
    return (indent + parts.join('  ')).trimEnd();
  });
}
