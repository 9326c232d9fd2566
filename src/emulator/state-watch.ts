/**
 * Lets a caller wait until the emulator's state satisfies a condition ("one request in flight",
 * "three refused over the limit") instead of sleeping and hoping: the server reports every change
 * that could matter (a request arriving, a slot taken or given back, a response finished) and each
 * waiter re-checks its condition then.
 */
export class StateWatch<State> {
  private readonly waiters = new Set<() => void>();

  constructor(private readonly read: () => State) {}

  /** Called by the server after anything a condition could depend on has changed. */
  changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /**
   * Resolves with the first state that satisfies `condition` (at once if the current one does). The
   * timeout only turns a condition that never comes true into a clear failure; it is not a pace.
   */
  until(condition: (state: State) => boolean, options: { readonly timeoutMs?: number; readonly description?: string } = {}): Promise<State> {
    const now = this.read();
    if (condition(now)) return Promise.resolve(now);
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const state = this.read();
        if (!condition(state)) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(state);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`The emulator did not reach ${options.description ?? 'the awaited state'} within ${timeoutMs} ms.`));
      }, timeoutMs);
      timer.unref();
      this.waiters.add(check);
    });
  }
}
