import { setImmediate } from 'node:timers/promises';

/** How long steps run before the event loop gets a turn. */
const TURN_MS = 4;

/**
 * Runs synchronous work written as steps to the end, letting the event loop in whenever a few
 * milliseconds have passed, so answers that arrive meanwhile (NetSuite's pages) are taken in and the
 * requests they free are sent instead of waiting for the whole work (issue 18).
 */
export async function inTurns<T>(steps: Generator<void, T>, now: () => number = () => performance.now()): Promise<T> {
  let turnStarted = now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (now() - turnStarted >= TURN_MS) {
      await setImmediate();
      turnStarted = now();
    }
  }
}
