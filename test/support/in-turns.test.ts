import { describe, expect, it } from 'vitest';
import { inTurns } from '../../src/support/in-turns.js';

/** Steps that each take `msPerStep` on a clock the test owns, noting which callbacks had run at each step. */
function* countedSteps(count: number, clock: { ms: number }, msPerStep: number, seen: string[], log: string[][]): Generator<void, number> {
  for (let step = 0; step < count; step += 1) {
    clock.ms += msPerStep;
    log.push([...seen]);
    yield;
  }
  return count;
}

describe('inTurns', () => {
  it('lets the event loop in once a few milliseconds have passed, and returns the work\'s result', async () => {
    const clock = { ms: 0 };
    const seen: string[] = [];
    const log: string[][] = [];
    setImmediate(() => seen.push('answer'));
    const result = await inTurns(countedSteps(10, clock, 1, seen, log), () => clock.ms);
    expect(result).toBe(10);
    // The callback waiting in the event loop ran part-way through, not only after the last step.
    expect(log[0]).toEqual([]);
    expect(log.at(-1)).toEqual(['answer']);
  });

  it('runs quick work straight through without giving the event loop a turn', async () => {
    const clock = { ms: 0 };
    const seen: string[] = [];
    const log: string[][] = [];
    setImmediate(() => seen.push('answer'));
    await inTurns(countedSteps(100, clock, 0, seen, log), () => clock.ms);
    expect(log.every((heard) => heard.length === 0)).toBe(true);
  });
});
