/**
 * Which waiting tasks get a free slot first, each kind in arrival order: a `retry` (work already begun,
 * tried again), then `ahead` ones, then `normal` ones.
 */
export type Precedence = 'retry' | 'ahead' | 'normal';

/**
 * A small async semaphore: at most `limit` tasks run at once, the rest wait in arrival order by
 * precedence (retries, then `ahead` tasks, then the others). NetSuite's concurrency limit is shared
 * by every integration of the account, so the operator keeps its own share small
 * (NETSUITE_CONCURRENCY, default 2).
 */
export class Limiter {
  readonly limit: number;
  #running = 0;
  readonly #waitingRetry: (() => void)[] = [];
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
    const queue = this.#queueOf(precedence);
    await new Promise<void>((resolve) => queue.push(resolve));
  }

  #queueOf(precedence: Precedence): (() => void)[] {
    switch (precedence) {
      case 'retry':
        return this.#waitingRetry;
      case 'ahead':
        return this.#waitingAhead;
      case 'normal':
        return this.#waiting;
    }
  }

  #release(): void {
    const next = this.#waitingRetry.shift() ?? this.#waitingAhead.shift() ?? this.#waiting.shift();
    if (next === undefined) this.#running -= 1;
    else next();
  }
}
