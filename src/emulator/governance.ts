/**
 * NetSuite's account-wide concurrency governance: REST and RESTlet requests in flight share one limit;
 * the request over it is refused at once rather than queued.
 */
export class ConcurrencyGate {
  private current = 0;
  private peak = 0;

  constructor(readonly limit: number) {}

  tryEnter(): boolean {
    if (this.current >= this.limit) return false;
    this.current += 1;
    this.peak = Math.max(this.peak, this.current);
    return true;
  }

  leave(): void {
    this.current = Math.max(0, this.current - 1);
  }

  get inFlight(): number {
    return this.current;
  }

  get peakInFlight(): number {
    return this.peak;
  }
}

/** Waits `ms`, or rejects as soon as `signal` aborts (the emulator is closing). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return signal.aborted ? Promise.reject(new Error('closed')) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('closed'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('closed'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
