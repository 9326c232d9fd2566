import { describe, expect, it } from 'vitest';
import { alignRows, type Cell } from '../../src/domain/text-layout.js';

/** The emoji sequences below, each drawn as one glyph two columns wide. */
const SEQUENCES = ['\u2764\ufe0f', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', '\u{1f1ef}\u{1f1f5}'];

/** Terminal columns as a terminal draws them, for the test's own check: CJK and emoji two, combining marks none. */
function columns(text: string): number {
  let rest = text;
  let count = 0;
  for (const sequence of SEQUENCES) {
    count += 2 * (rest.split(sequence).length - 1);
    rest = rest.split(sequence).join('');
  }
  for (const glyph of rest) count += /\p{Mn}/u.test(glyph) ? 0 : /[\u4e00-\u9fff\uac00-\ud7a3\u3041-\u30ff]|\p{Emoji_Presentation}/u.test(glyph) ? 2 : 1;
  return count;
}

describe('table columns with wide and combining characters', () => {
  const rows: Cell[][] = [
    [{ text: 'ID' }, { text: 'TOKEN' }, { text: 'ROLE' }],
    [{ text: '1' }, { text: '経費精算 連携', shrink: true }, { text: 'Finance' }],
    [{ text: '2' }, { text: '🚀 Launch sync', shrink: true }, { text: 'Ops' }],
    [{ text: '3' }, { text: 'Cafe\u0301 sync', shrink: true }, { text: 'Ops' }],
    ...SEQUENCES.map((sequence, index): Cell[] => [{ text: String(4 + index) }, { text: `${sequence} sync`, shrink: true }, { text: 'Ops' }]),
  ];

  it('line up where a terminal draws them', () => {
    const lines = alignRows(rows, false, '');
    const roleColumn = lines.map((line) => columns(line.slice(0, line.lastIndexOf(line.endsWith('Finance') ? 'Finance' : line.endsWith('ROLE') ? 'ROLE' : 'Ops'))));
    expect(new Set(roleColumn).size).toBe(1);
  });

  it('are cut by columns, never past the width given', () => {
    for (const line of alignRows(rows, false, '', 22)) expect(columns(line)).toBeLessThanOrEqual(22);
  });
});
