/** Which waiting tasks get a free slot first: `ahead` ones, then `normal` ones, each in arrival order. */
export type Precedence = 'ahead' | 'normal';

/**
 * A small async semaphore: at most `limit` tasks run at once, the rest wait in arrival order, those
 * marked `ahead` before the others. NetSuite's concurrency limit is shared by every integration of the
 * account, so the operator keeps its own share small (NETSUITE_CONCURRENCY, default 2).
 */
export class Limiter {
  readonly limit: number;
  #running = 0;
  readonly #waitingAhead: (() => void)[] = [];
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A limiter needs a positive whole number, not ${limit}.`);
    this.limit = limit;
  }

  async run<T>(task: () => Promise<T>, precedence: Precedence = 'normal'): Promise<T> {
    await this.#acquire(precedence);
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  async #acquire(precedence: Precedence): Promise<void> {
    if (this.#running < this.limit) {
      this.#running += 1;
      return;
    }
    // The slot is handed over by #release, so #running never dips while someone is waiting.
    const queue = precedence === 'ahead' ? this.#waitingAhead : this.#waiting;
    await new Promise<void>((resolve) => queue.push(resolve));
  }

  #release(): void {
    const next = this.#waitingAhead.shift() ?? this.#waiting.shift();
    if (next === undefined) this.#running -= 1;
    else next();
  }
}
