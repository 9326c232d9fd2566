import type { Io } from './io.js';
import type { ProgressSink } from '../ports.js';

/**
 * Progress of long observations: a line rewritten in place on a terminal, plain lines in CI and pipes.
 * Short work (what one SuiteQL page holds) shows nothing.
 */
const QUIET_UP_TO = 1000;

export function progressFor(io: Pick<Io, 'status' | 'stderr' | 'columns'>): ProgressSink {
  const { status, columns } = io;
  if (status !== null) {
    // One line for the reads under way side by side, ended when every one of them is done.
    const counts = new Map<string, { done: number; total: number }>();
    return {
      update(done, total, what) {
        if (total <= QUIET_UP_TO) return;
        counts.set(what, { done, total });
        const line = [...counts].map(([name, count]) => `${name}: ${count.done}/${count.total}`).join(', ');
        // A line that wrapped could not be rewritten in place: \r goes back to the start of its last row.
        status.show(columns === null ? line : line.slice(0, Math.max(1, columns - 1)));
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
        io.stderr.write(`${what}: ${done}/${total}\n`);
      }
    },
  };
}
