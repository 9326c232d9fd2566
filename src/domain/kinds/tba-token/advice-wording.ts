import { formatDuration } from '../../duration.js';

/** Where a token's maxAge comes from, so the message can say which setting to look at. */
export interface RotationLimit {
  readonly ms: number;
  readonly source: 'entry' | 'policy';
}

/**
 * The sentences of `rotation-due` and `unused` findings, one string per distinct sentence. They
 * depend on a few numbers only (whole days, a date, a limit), so a large account repeats a few hundred
 * sentences across tens of thousands of tokens. Writing and keeping a copy for each cost a
 * 20,000-token plan a few percent of its instructions (issue 18). Made for one planning pass (declared
 * tokens, unmanaged ones, those planned ahead), it lives as long as the findings it wrote.
 */
export class AdviceWording {
  readonly #durations = new Map<number, string>();
  /** Sentences by their numbers, in nested maps: a key string per lookup cost more than the copies it saved. */
  readonly #rotationDue = new Map<RotationLimit['source'], Map<number, Map<number, string>>>();
  readonly #unusedSince = new Map<number, Map<string, Map<number, string>>>();
  readonly #neverUsed = new Map<number, Map<number, string>>();

  /** formatDuration, written once per limit. */
  duration(ms: number): string {
    return memo(this.#durations, ms, () => formatDuration(ms));
  }

  rotationDue(ageDays: number, limit: RotationLimit): string {
    const byLimit = memo(this.#rotationDue, limit.source, () => new Map<number, Map<number, string>>());
    return memo(memo(byLimit, limit.ms, () => new Map<number, string>()), ageDays, () => {
      const setting = limit.source === 'entry' ? 'its entry’s maxAge' : 'policy.maxAge';
      return `This token is ${ageDays} days old, past the rotation limit of ${this.duration(limit.ms)} (${setting}); create a new token, move the integration to it, then revoke this one.`;
    });
  }

  /** `date` is the UTC calendar date of the last successful login. */
  unusedSince(idleDays: number, date: string, unusedForMs: number): string {
    const byLimit = memo(this.#unusedSince, unusedForMs, () => new Map<string, Map<number, string>>());
    return memo(memo(byLimit, date, () => new Map<number, string>()), idleDays, () =>
      `This token’s last successful login was ${idleDays} days ago (${date}), longer than policy.unusedFor (${this.duration(unusedForMs)}); inactivate or revoke it if nothing uses it any more.`);
  }

  neverUsed(ageDays: number, unusedForMs: number): string {
    return memo(memo(this.#neverUsed, unusedForMs, () => new Map<number, string>()), ageDays, () =>
      `This token has no successful login on record and was created ${ageDays} days ago, longer than policy.unusedFor (${this.duration(unusedForMs)}); inactivate or revoke it if nothing uses it.`);
  }
}

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
