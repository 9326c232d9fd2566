import type { Io } from './io.js';
import type { ProgressSink } from '../ports.js';

/**
 * Progress of long observations: a line rewritten in place on a terminal, plain lines in CI and pipes.
 * Short work (what one SuiteQL page holds) shows nothing.
 */
const QUIET_UP_TO = 1000;

export function progressFor(io: Pick<Io, 'status' | 'stderr'>, label: string | null = null): ProgressSink {
  const { status } = io;
  // With several accounts read one after another, the counts say whose they are.
  const prefix = label === null ? '' : `${label}: `;
  if (status !== null) {
    // One line for the reads under way side by side, ended when every one of them is done.
    const counts = new Map<string, { done: number; total: number }>();
    return {
      update(done, total, what) {
        if (total <= QUIET_UP_TO) return;
        counts.set(what, { done, total });
        status.show(fitted(prefix, [...counts].map(([name, count]) => ({ name, count: `${count.done}/${count.total}` })), status.width));
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
        io.stderr.write(`${prefix}${what}: ${done}/${total}\n`);
      }
    },
  };
}

/** One read's count on the status line: what is read, and `done/total`. */
export interface Count {
  readonly name: string;
  readonly count: string;
}

/**
 * The counts after `prefix`, as many as fit the terminal's width: a wrapped line could not be rewritten
 * in place (\r goes back only to the start of its last row), and a count cut short would read as
 * another number. So what does not fit is dropped and marked with an ellipsis, the prefix and names
 * before the numbers, and a number is shown whole or not at all.
 */
export function fitted(prefix: string, counts: readonly Count[], width: number | null): string {
  const named = counts.map(({ name, count }) => `${name}: ${count}`);
  const candidates = [
    `${prefix}${named.join(', ')}`,
    ...named.slice(0, -1).map((_, index) => `${prefix}${named.slice(0, named.length - 1 - index).join(', ')}, …`),
    ...(counts[0] === undefined ? [] : [`…${counts[0].count}`]),
    '…',
  ];
  return width === null ? (candidates[0] ?? '') : candidates.find((line) => line.length < width) ?? '';
}
