import { describe, expect, it } from 'vitest';
import type { ObservationListener, TokenObservation } from '../src/domain/observation.js';
import type { ObservedToken } from '../src/domain/kinds/tba-token/token.js';
import type { CertificateDirectory, ProgressSink, TokenDirectory } from '../src/ports.js';
import { observeAndPlan } from '../src/reconcile.js';
import { NOW, desiredState, history, observedToken } from './domain/builders.js';

/** A token directory that hands its pages over one event-loop turn apart, until its signal is aborted. */
class PagedDirectory implements TokenDirectory {
  signal: AbortSignal | undefined;
  settled = false;
  readonly heard: string[] = [];

  constructor(private readonly pages: readonly (readonly ObservedToken[])[]) {}

  async observe(_progress?: ProgressSink, listener?: ObservationListener, signal?: AbortSignal): Promise<TokenObservation> {
    this.signal = signal;
    try {
      for (const page of this.pages) {
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted === true) throw new Error('the reading was stopped');
        this.heard.push(...page.map((token) => token.id));
        listener?.tokens(page);
      }
      return { account: '1234567_SB1', observedAt: NOW.toISOString(), tokens: this.pages.flat(), lastUse: new Map() };
    } finally {
      this.settled = true;
    }
  }
}

const clock = { now: () => NOW };

describe('observeAndPlan', () => {
  it('stops the token reads when the certificates cannot be observed, and fails with that', async () => {
    const directory = new PagedDirectory(Array.from({ length: 50 }, (_, index) => [observedToken({ id: String(index + 1) })]));
    // No mapping is declared; the listing fails anyway, a turn after the reads began.
    const failing: CertificateDirectory = {
      list: () => Promise.reject(new Error('not used')),
      signIn: () => Promise.reject(new Error('not used')),
      observe: () => new Promise((_, reject) => { setImmediate(() => { reject(new Error('The certificates of expense-sync could not be listed.')); }); }),
    };
    const desire = { desired: desiredState([]), credentials: new Map() };

    await expect(observeAndPlan({ directory, certificates: failing, clock }, desire, history(), { allowOverLimit: false })).rejects.toThrow('The certificates of expense-sync could not be listed.');
    expect(directory.signal?.aborted).toBe(true);
    // Nothing is left running behind the failure.
    expect(directory.settled).toBe(true);
    expect(directory.heard.length).toBeLessThan(50);
  });
});
