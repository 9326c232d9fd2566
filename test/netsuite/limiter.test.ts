import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/netsuite/limiter.js';

describe('Limiter', () => {
  it('hands a free slot to the ahead tasks waiting first, then to the others, each in arrival order', async () => {
    const limiter = new Limiter(1);
    const started: string[] = [];
    let releaseFirst = (): void => undefined;
    const holding = new Promise<void>((resolve) => { releaseFirst = resolve; });
    const first = limiter.run(async () => { started.push('first'); await holding; });
    const queued = [
      limiter.run(() => Promise.resolve(started.push('n1')), 'normal'),
      limiter.run(() => Promise.resolve(started.push('a1')), 'ahead'),
      limiter.run(() => Promise.resolve(started.push('n2'))),
      limiter.run(() => Promise.resolve(started.push('a2')), 'ahead'),
    ];
    await Promise.resolve();
    expect(started).toEqual(['first']);
    releaseFirst();
    await Promise.all([first, ...queued]);
    expect(started).toEqual(['first', 'a1', 'a2', 'n1', 'n2']);
  });

  it('hands a free slot to a retry before anything not yet started, ahead tasks included', async () => {
    const limiter = new Limiter(1);
    const started: string[] = [];
    let releaseFirst = (): void => undefined;
    const holding = new Promise<void>((resolve) => { releaseFirst = resolve; });
    const first = limiter.run(async () => { started.push('first'); await holding; });
    const queued = [
      limiter.run(() => Promise.resolve(started.push('a1')), 'ahead'),
      limiter.run(() => Promise.resolve(started.push('n1'))),
      limiter.run(() => Promise.resolve(started.push('r1')), 'retry'),
      limiter.run(() => Promise.resolve(started.push('r2')), 'retry'),
    ];
    releaseFirst();
    await Promise.all([first, ...queued]);
    expect(started).toEqual(['first', 'r1', 'r2', 'a1', 'n1']);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new Limiter(0)).toThrow(RangeError);
    expect(() => new Limiter(1.5)).toThrow(RangeError);
  });
});
