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
  /** Holds not yet released (see hold): while there are any, only retries start. */
  #holds = 0;
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

  /**
   * Until the returned function is called, a free slot goes to retries only; the other tasks wait,
   * and start when the last hold is released. The transport holds while a request that timed out is
   * tried again: when NetSuite has stopped answering, that retry shows it within one more timeout,
   * instead of after every waiting request has spent a timeout of its own first.
   */
  hold(): () => void {
    this.#holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds -= 1;
      if (this.#holds === 0) this.#startWaiting();
    };
  }

  async #acquire(precedence: Precedence): Promise<void> {
    if (this.#running < this.limit && (this.#holds === 0 || precedence === 'retry')) {
      this.#running += 1;
      return;
    }
    // The slot is handed over by #release, so #running never dips while someone may start.
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

  /** The next task that may start now, if any. */
  #next(): (() => void) | undefined {
    return this.#waitingRetry.shift() ?? (this.#holds > 0 ? undefined : (this.#waitingAhead.shift() ?? this.#waiting.shift()));
  }

  #release(): void {
    const next = this.#next();
    if (next === undefined) this.#running -= 1;
    else next();
  }

  /** Fills the slots left free while held. */
  #startWaiting(): void {
    while (this.#running < this.limit) {
      const next = this.#next();
      if (next === undefined) return;
      this.#running += 1;
      next();
    }
  }
}
