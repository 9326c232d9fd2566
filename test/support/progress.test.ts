import { describe, expect, it } from 'vitest';
import { terminalStreams } from '../../src/support/io.js';
import { fitted, progressFor } from '../../src/support/progress.js';

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

function terminal(width: number | null = null) {
  let written = '';
  const streams = terminalStreams({ write: (text) => { written += text; } }, { write: (text) => { written += text; } }, () => width);
  return { streams, written: () => written, progress: progressFor({ status: streams.status, stderr: streams.stderr }) };
}

describe('progress on a terminal', () => {
  it('shows the reads under way on one line rewritten in place, and ends it when all are done', () => {
    const { streams, written, progress } = terminal();
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

  it('lets a message take the line\'s place, and draws the count again below it, leaving no stale count between messages', () => {
    const { streams, written, progress } = terminal();
    progress.update(3000, 20000, 'access tokens');
    streams.stderr.write('Still waiting for NetSuite (10 s).\n');
    streams.stderr.write('Still waiting for NetSuite (20 s).\n');
    progress.update(4000, 20000, 'access tokens');
    expect(screen(written())).toEqual(['Still waiting for NetSuite (10 s).', 'Still waiting for NetSuite (20 s).', 'access tokens: 4000/20000']);
  });

  it('keeps a partial line (a question) and draws the count below it', () => {
    const { streams, written, progress } = terminal();
    progress.update(3000, 20000, 'access tokens');
    streams.stderr.write('Continue? ');
    progress.update(4000, 20000, 'access tokens');
    expect(screen(written())).toEqual(['Continue? ', 'access tokens: 4000/20000']);
  });

  it('leaves an error on a line of its own, with no count after it', () => {
    const { streams, written, progress } = terminal();
    progress.update(3000, 20000, 'access tokens');
    streams.stderr.write('error: NetSuite answered 503.\n');
    expect(screen(written())).toEqual(['error: NetSuite answered 503.', '']);
  });

  it('fits the line to the terminal\'s width with whole counts, so it never wraps and no count is cut short', () => {
    const wide = terminal(80);
    wide.progress.update(2000, 20000, 'access tokens');
    wide.progress.update(1000, 12000, 'last-use rows');
    expect(screen(wide.written())).toEqual(['access tokens: 2000/20000, last-use rows: 1000/12000']);
    const narrow = terminal(40);
    narrow.progress.update(2000, 20000, 'access tokens');
    narrow.progress.update(1000, 12000, 'last-use rows');
    expect(screen(narrow.written())).toEqual(['access tokens: 2000/20000, …']);
    // Too narrow for a name: the number alone, whole; narrower still, only the ellipsis.
    const count = [{ name: 'access tokens', count: '2000/20000' }];
    expect(fitted('', count, 20)).toBe('…2000/20000');
    expect(fitted('', count, 8)).toBe('…');
    expect(fitted('', count, 1)).toBe('');
  });

  it('shows nothing for a read of one page', () => {
    const { written, progress } = terminal();
    progress.update(500, 1000, 'access tokens');
    expect(written()).toBe('');
  });
});

describe('progress of several accounts', () => {
  it('names the account once before its counts on a terminal, and on each line in CI', () => {
    const { written, streams } = terminal(100);
    const progress = progressFor({ status: streams.status, stderr: streams.stderr }, 'prod.yaml (account 1234567)');
    progress.update(2000, 20000, 'access tokens');
    progress.update(1000, 12000, 'last-use rows');
    expect(screen(written())).toEqual(['prod.yaml (account 1234567): access tokens: 2000/20000, last-use rows: 1000/12000']);
    let plain = '';
    progressFor({ status: null, stderr: { write: (text) => { plain += text; } } }, 'sandbox.yaml (account 1234567_SB1)').update(2000, 20000, 'access tokens');
    expect(plain).toBe('sandbox.yaml (account 1234567_SB1): access tokens: 2000/20000\n');
  });
});

describe('progress in CI and pipes', () => {
  it('prints at most one plain line per tenth of each read, however the reads interleave', () => {
    let written = '';
    const progress = progressFor({ status: null, stderr: { write: (text) => { written += text; } } });
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
