import { describe, expect, it } from 'vitest';
import { terminalStreams } from '../../src/support/io.js';
import { progressFor } from '../../src/support/progress.js';

/** What a terminal shows for text with carriage returns and erase-to-end-of-line: the visible lines. */
function screen(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  let column = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (text.startsWith('\u001b[K', index)) {
      line = line.slice(0, column);
      index += 2;
    } else if (char === '\r') column = 0;
    else if (char === '\n') {
      lines.push(line);
      line = '';
      column = 0;
    } else {
      line = line.slice(0, column) + char + line.slice(column + 1);
      column += 1;
    }
  }
  return [...lines, line];
}

function terminal() {
  let written = '';
  const streams = terminalStreams({ write: (text) => { written += text; } }, { write: (text) => { written += text; } });
  return { streams, written: () => written };
}

describe('progress on a terminal', () => {
  it('shows the reads under way on one line rewritten in place, and ends it when all are done', () => {
    const { streams, written } = terminal();
    const progress = progressFor({ status: streams.status, stderr: streams.stderr, columns: null });
    progress.update(2000, 20000, 'access tokens');
    progress.update(1000, 12000, 'last-use rows');
    progress.update(20000, 20000, 'access tokens');
    expect(screen(written())).toEqual(['access tokens: 20000/20000, last-use rows: 1000/12000']);
    progress.update(12000, 12000, 'last-use rows');
    streams.stdout.write('Plan: 1 change\n');
    expect(screen(written())).toEqual(['access tokens: 20000/20000, last-use rows: 12000/12000', 'Plan: 1 change', '']);
  });

  it('leaves nothing of a longer count behind when a shorter one replaces it', () => {
    const { streams, written } = terminal();
    streams.status.show('access tokens: 20000/20000');
    streams.status.show('done: 1/2');
    expect(screen(written())).toEqual(['done: 1/2']);
  });

  it('ends the line before an error, so the message starts a line of its own', () => {
    const { streams, written } = terminal();
    const progress = progressFor({ status: streams.status, stderr: streams.stderr, columns: null });
    progress.update(3000, 20000, 'access tokens');
    streams.stderr.write('error: NetSuite answered 503.\n');
    expect(screen(written())).toEqual(['access tokens: 3000/20000', 'error: NetSuite answered 503.', '']);
  });

  it('cuts the line to the terminal\'s width, so it never wraps and can be rewritten in place', () => {
    const { streams, written } = terminal();
    const progress = progressFor({ status: streams.status, stderr: streams.stderr, columns: 40 });
    progress.update(2000, 20000, 'access tokens');
    progress.update(1000, 12000, 'last-use rows');
    expect(screen(written())).toEqual(['access tokens: 2000/20000, last-use rows'.slice(0, 39)]);
  });

  it('shows nothing for a read of one page', () => {
    const { streams, written } = terminal();
    progressFor({ status: streams.status, stderr: streams.stderr, columns: null }).update(500, 1000, 'access tokens');
    expect(written()).toBe('');
  });
});

describe('progress in CI and pipes', () => {
  it('prints at most one plain line per tenth of each read, however the reads interleave', () => {
    let written = '';
    const progress = progressFor({ status: null, stderr: { write: (text) => { written += text; } }, columns: null });
    for (let done = 250; done <= 20000; done += 250) {
      progress.update(done, 20000, 'access tokens');
      if (done <= 12000) progress.update(done, 12000, 'last-use rows');
    }
    const lines = written.trimEnd().split('\n');
    // Tenths 0 to 10: the first page, each tenth, and the end.
    expect(lines.filter((line) => line.startsWith('access tokens: '))).toHaveLength(11);
    expect(lines.filter((line) => line.startsWith('last-use rows: '))).toHaveLength(11);
    expect(lines).toContain('access tokens: 20000/20000');
    expect(lines).toContain('last-use rows: 12000/12000');
    expect(written).not.toContain('\r');
  });
});
