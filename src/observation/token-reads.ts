import { HeldListener, type TokenObservation } from '../domain/observation.js';
import type { Clock, ProgressSink, TokenDirectory } from '../ports.js';

/**
 * A run's token reads, begun before anything else it waits for: the first pages are on the wire while
 * the status file is read and the planner's code loads (issue 18). What is heard before the planner
 * is ready is held for it.
 */
export interface TokenReads {
  /** When the reads began: the moment the plan judges ages as of, and its `observedAt`. */
  readonly startedAt: Date;
  /** Hears every page; attach the planner's listener once it exists. */
  readonly heard: HeldListener;
  readonly observation: Promise<TokenObservation>;
  /** Stops the reads (nothing more is sent, what is in flight is abandoned) and waits until they have settled. */
  stop(): Promise<void>;
}

export function beginTokenReads(ports: { readonly directory: TokenDirectory; readonly clock: Clock; readonly progress?: ProgressSink }): TokenReads {
  const startedAt = ports.clock.now();
  const heard = new HeldListener();
  const stopper = new AbortController();
  const observation = ports.directory.observe(ports.progress, heard, stopper.signal);
  // Awaited by whoever plans; a failure before then must not count as unhandled.
  observation.catch(() => undefined);
  return {
    startedAt,
    heard,
    observation,
    stop: async () => {
      stopper.abort();
      await observation.catch(() => undefined);
    },
  };
}
