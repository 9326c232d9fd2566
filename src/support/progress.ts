import type { Io } from './io.js';
import type { ProgressSink } from '../ports.js';

/**
 * Progress of long observations: a line rewritten in place on a terminal, plain lines in CI and pipes.
 * Short work (what one SuiteQL page holds) shows nothing.
 */
const QUIET_UP_TO = 1000;

export function progressFor(io: Pick<Io, 'status' | 'stderr'>, label: string | null = null): ProgressSink {
  const { status } = io;
  // With several accounts read one after another, each count says whose it is.
  const named = (what: string): string => (label === null ? what : `${label}: ${what}`);
  if (status !== null) {
    // One line for the reads under way side by side, ended when every one of them is done.
    const counts = new Map<string, { done: number; total: number }>();
    return {
      update(done, total, what) {
        if (total <= QUIET_UP_TO) return;
        counts.set(named(what), { done, total });
        status.show(fitted([...counts].map(([name, count]) => `${name}: ${count.done}/${count.total}`), status.width));
        if ([...counts.values()].every((count) => count.done >= count.total)) {
          status.end();
          counts.clear();
        }
      },
    };
  }
  // One plain line per tenth of each read at most, so CI logs stay short.
  const lastTenth = new Map<string, number>();
  return {
    update(done, total, what) {
      if (total <= QUIET_UP_TO) return;
      const tenth = Math.floor((done * 10) / total);
      if (tenth !== lastTenth.get(what)) {
        lastTenth.set(what, tenth);
        io.stderr.write(`${named(what)}: ${done}/${total}\n`);
      }
    },
  };
}

/**
 * The counts joined, as many whole ones as fit the terminal's width: a wrapped line could not be
 * rewritten in place (\r goes back only to the start of its last row), and a count cut short would read
 * as another number, so what does not fit is dropped and marked with an ellipsis.
 */
export function fitted(counts: readonly string[], width: number | null): string {
  const line = counts.join(', ');
  if (width === null || line.length < width) return line;
  for (let kept = counts.length - 1; kept >= 1; kept -= 1) {
    const shorter = `${counts.slice(0, kept).join(', ')}, …`;
    if (shorter.length < width) return shorter;
  }
  return width > 1 ? `${line.slice(0, width - 2)}…` : '';
}
