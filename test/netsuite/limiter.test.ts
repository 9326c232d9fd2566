import { describe, expect, it } from 'vitest';
import { Limiter, type Precedence } from '../../src/netsuite/limiter.js';

/** The order tasks start in on a limiter of one slot held by a first task while `queued` wait, each with its precedence. */
async function startOrder(queued: readonly (readonly [string, Precedence | undefined])[]): Promise<string[]> {
  const limiter = new Limiter(1);
  const started: string[] = [];
  let releaseFirst = (): void => undefined;
  const holding = new Promise<void>((resolve) => { releaseFirst = resolve; });
  const first = limiter.run(async () => { started.push('first'); await holding; });
  const waiting = queued.map(([name, precedence]) => limiter.run(() => Promise.resolve(started.push(name)), precedence));
  await Promise.resolve();
  expect(started).toEqual(['first']);
  releaseFirst();
  await Promise.all([first, ...waiting]);
  return started;
}

describe('Limiter', () => {
  it('hands a free slot to the ahead tasks waiting first, then to the others, each in arrival order', async () => {
    expect(await startOrder([['n1', 'normal'], ['a1', 'ahead'], ['n2', undefined], ['a2', 'ahead']])).toEqual(['first', 'a1', 'a2', 'n1', 'n2']);
  });

  it('hands a free slot to a retry before anything not yet started, ahead tasks included', async () => {
    expect(await startOrder([['a1', 'ahead'], ['n1', undefined], ['r1', 'retry'], ['r2', 'retry']])).toEqual(['first', 'r1', 'r2', 'a1', 'n1']);
  });

  it('while held, starts retries only; the others start when the last hold is released', async () => {
    const limiter = new Limiter(2);
    const started: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (name: string, precedence?: Precedence): Promise<void> =>
      limiter.run(() => new Promise<void>((resolve) => { started.push(name); gates.set(name, resolve); }), precedence);
    const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    const running = [task('a'), task('b')];
    await settled();
    const releaseFirst = limiter.hold();
    const releaseSecond = limiter.hold();
    running.push(task('n1'), task('a1', 'ahead'));
    gates.get('a')?.();
    gates.get('b')?.();
    await settled();
    // Both slots are free, and nothing but a retry may take one.
    expect(started).toEqual(['a', 'b']);
    running.push(task('r1', 'retry'));
    await settled();
    expect(started).toEqual(['a', 'b', 'r1']);
    releaseFirst();
    releaseFirst();
    await settled();
    expect(started).toEqual(['a', 'b', 'r1']);
    releaseSecond();
    await settled();
    // One slot was free: the ahead task takes it; the other waits for r1's.
    expect(started).toEqual(['a', 'b', 'r1', 'a1']);
    gates.get('r1')?.();
    await settled();
    expect(started).toEqual(['a', 'b', 'r1', 'a1', 'n1']);
    gates.get('a1')?.();
    gates.get('n1')?.();
    await Promise.all(running);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new Limiter(0)).toThrow(RangeError);
    expect(() => new Limiter(1.5)).toThrow(RangeError);
  });
});
