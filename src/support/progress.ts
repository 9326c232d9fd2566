import type { Io } from './io.js';
import type { ProgressSink } from '../ports.js';

/**
 * Progress of long observations: a line rewritten in place on a terminal, plain lines in CI and pipes.
 * Short work (what one SuiteQL page holds) shows nothing.
 */
const QUIET_UP_TO = 1000;

export function progressFor(io: Io): ProgressSink {
  let lastPlain = -1;
  return {
    update(done, total, what) {
      if (total <= QUIET_UP_TO) return;
      if (io.interactive) {
        io.stderr.write(`\r${what}: ${done}/${total}${done === total ? '\n' : ''}`);
        return;
      }
      // One plain line per tenth of the work at most, so CI logs stay short.
      const tenth = Math.floor((done * 10) / total);
      if (tenth !== lastPlain) {
        lastPlain = tenth;
        io.stderr.write(`${what}: ${done}/${total}\n`);
      }
    },
  };
}
