import { expect } from 'vitest';

/**
 * Checks that rendered output cannot be hijacked by the strings in it: used by the renderer tests.
 */

/** Markdown with every code span removed: what GitHub would interpret as markdown. */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let index = 0;
  while (index < markdown.length) {
    const char = markdown.charAt(index);
    if (char === '\\') {
      out += markdown.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== '`') {
      out += char;
      index += 1;
      continue;
    }
    const run = /^`+/.exec(markdown.slice(index))?.[0] ?? '`';
    const close = findClosingRun(markdown, index + run.length, run.length);
    if (close === -1) {
      out += run;
      index += run.length;
    } else {
      out += 'CODE';
      index = close + run.length;
    }
  }
  return out;
}

function findClosingRun(text: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === length) return match.index;
  }
  return -1;
}

// C0 controls other than the line feed that separates lines, C1 controls, and bidi overrides/isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const HIDDEN_OR_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// eslint-disable-next-line no-control-regex -- the renderer's own colour codes
export const OWN_SGR = /\u001b\[(?:0|1|2|31|32|33|35|36)m/g;

/** Cells of a GFM table row: split on pipes that are not escaped. */
export function tableCells(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2;
}

/** Every table row has as many cells as its header: no string broke out of its cell. */
export function expectTablesIntact(markdown: string): void {
  let columns: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = null;
      continue;
    }
    expect(line.endsWith('|')).toBe(true);
    columns ??= tableCells(line);
    expect(tableCells(line)).toBe(columns);
  }
}

/** What GitHub would interpret, outside code spans, holds no mention, link, image, HTML, control or bidi character from the data. */
export function expectInert(markdown: string): void {
  const live = outsideCodeSpans(markdown);
  expect(live).not.toMatch(/@/);
  expect(live).not.toMatch(/(?<!\\)</);
  expect(live).not.toContain('evil.example');
  expect(live).not.toMatch(HIDDEN_OR_CONTROL);
  expect(live).not.toMatch(/^#+ heading|^- \[ \] fake task/m);
  expect(markdown).not.toContain('x'.repeat(250));
}
