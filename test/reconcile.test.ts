import { describe, expect, it } from 'vitest';
import type { ObservationListener, TokenObservation } from '../src/domain/observation.js';
import type { History } from '../src/domain/plan.js';
import type { ObservedToken } from '../src/domain/kinds/tba-token/token.js';
import type { CertificateDirectory, ProgressSink, TokenDirectory } from '../src/ports.js';
import { observeAndPlan } from '../src/reconcile.js';
import { NOW, desiredState, history, observedToken } from './domain/builders.js';

/** A token directory that hands its pages over one event-loop turn apart, until its signal is aborted. */
class PagedDirectory implements TokenDirectory {
  calls = 0;
  signal: AbortSignal | undefined;
  settled = false;
  readonly heard: string[] = [];

  constructor(private readonly pages: readonly (readonly ObservedToken[])[]) {}

  async observe(_progress?: ProgressSink, listener?: ObservationListener, signal?: AbortSignal): Promise<TokenObservation> {
    this.calls += 1;
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

/** No mappings are declared here: only `observe` is called, with none. */
const NO_CERTIFICATES: CertificateDirectory = {
  observe: (mappings) => (mappings.length === 0 ? Promise.resolve([]) : Promise.reject(new Error('no mapping is declared'))),
  list: () => Promise.reject(new Error('not used')),
  signIn: () => Promise.reject(new Error('not used')),
};

const clock = { now: () => NOW };

describe('observeAndPlan', () => {
  it('sends the token reads before the history is known, and plans every token with the history once it is', async () => {
    const directory = new PagedDirectory([[observedToken({ id: '7' })], [observedToken({ id: '8' })]]);
    let give: (known: History) => void = () => undefined;
    const known = new Promise<History>((resolve) => { give = resolve; });
    const desire = { desired: desiredState([], { unmanaged: 'inactivate' }), credentials: new Map() };
    const planning = observeAndPlan({ directory, certificates: NO_CERTIFICATES, clock }, desire, known, { allowOverLimit: false });

    while (directory.heard.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(directory.calls).toBe(1);
    // Token 7 was heard before the history came: it must still be judged with it (the status file remembers it protected).
    give(history({ protectedIds: ['7'] }));
    const { plan } = await planning;

    const blocked = new Map(plan.changes.map((change) => [change.subject.id, change.blocked ?? null]));
    expect(blocked).toEqual(new Map([['7', 'protected'], ['8', null]]));
  });

  it('stops the token reads when the history cannot be had, and fails with that', async () => {
    const directory = new PagedDirectory(Array.from({ length: 50 }, (_, index) => [observedToken({ id: String(index + 1) })]));
    const desire = { desired: desiredState([]), credentials: new Map() };
    const unreadable = new Promise<History>((_, reject) => { setImmediate(() => { reject(new Error('The status file is not one netsuite-tokens wrote.')); }); });

    await expect(observeAndPlan({ directory, certificates: NO_CERTIFICATES, clock }, desire, unreadable, { allowOverLimit: false })).rejects.toThrow('The status file is not one netsuite-tokens wrote.');
    expect(directory.signal?.aborted).toBe(true);
    // Nothing is left running behind the failure.
    expect(directory.settled).toBe(true);
    expect(directory.heard.length).toBeLessThan(50);
  });
});
