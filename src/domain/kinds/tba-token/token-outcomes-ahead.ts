import type { DesiredState, DesiredToken } from '../../desired.js';
import { addLastUses } from '../../observation.js';
import type { LastUse, ObservationListener } from '../../observation.js';
import type { History } from '../../plan.js';
import { declaredOutcome } from './declared-outcome.js';
import { settledClaimantOf } from './token-matching.js';
import { tokenRules, withUseJudged } from './token-outcome.js';
import type { TokenOutcome, TokenRules } from './token-outcome.js';
import type { ObservedToken } from './token.js';
import { unmanagedOutcome } from './unmanaged-outcome.js';

/** A token's outcome worked out ahead, and the entry it was worked out for (null: nobody's token). */
interface Worked {
  readonly entry: DesiredToken | null;
  outcome: TokenOutcome;
}

/**
 * Issue 18: planning while the pages arrive. A token whose own row settles which entry matches it
 * (the one entry pinning its id, or none) has the same outcome whatever the other pages hold, so it is
 * worked out as its page arrives, while later pages are still on the wire: after `import`, where
 * every token is declared by id, that is every token. Only `unused` depends on the other query: it is
 * judged with the last use known then, judged again when a use of its name arrives later, and judged
 * again at the end if the final one still differs (a window read again). A memo, not a second planner:
 * the plan asks for each token of the final observation, with the entry the whole matching gave it,
 * and gets exactly what it would have worked out itself; tokens heard but not in the final
 * observation (a page read again) are never asked for.
 */
export class TokenOutcomesAhead implements ObservationListener {
  readonly #rules: TokenRules;
  readonly #unmanaged: DesiredState['policy']['unmanaged'];
  readonly #claimantOf: (token: ObservedToken) => DesiredToken | null | undefined;
  readonly #worked = new Map<ObservedToken, Worked>();
  /** The latest use per name heard so far. */
  readonly #lastUse = new Map<string, string>();
  /**
   * Tokens worked out before any use of their name was heard, by name. The last-use query gives each
   * name once, so when it comes their `unused` is judged again at once, while pages are still on the
   * wire, rather than after the last page, when nothing else is left to wait for.
   */
  readonly #awaitingUse = new Map<string, ObservedToken[]>();

  constructor(desired: DesiredState, history: History, now: Date) {
    this.#rules = tokenRules(desired, history, now);
    this.#unmanaged = desired.policy.unmanaged;
    this.#claimantOf = settledClaimantOf(desired.tokens);
  }

  tokens(page: readonly ObservedToken[]): void {
    const policy = this.#unmanaged;
    for (const token of page) {
      const entry = this.#claimantOf(token);
      if (entry === undefined) continue;
      const lastLogin = this.#lastUse.get(token.name);
      let outcome: TokenOutcome;
      if (entry !== null) outcome = declaredOutcome(entry, token, this.#rules, lastLogin);
      // Revoked tokens nobody declares are history, not findings; `ignore` makes nothing of the others.
      else if (token.state === 'revoked' || policy === 'ignore') continue;
      else outcome = unmanagedOutcome(token, policy, this.#rules, lastLogin);
      this.#worked.set(token, { entry, outcome });
      if (lastLogin !== undefined || outcome.use === null) continue;
      const waiting = this.#awaitingUse.get(token.name);
      if (waiting === undefined) this.#awaitingUse.set(token.name, [token]);
      else waiting.push(token);
    }
  }

  lastUses(page: readonly LastUse[]): void {
    addLastUses(this.#lastUse, page);
    if (this.#awaitingUse.size === 0) return;
    for (const use of page) {
      const waiting = this.#awaitingUse.get(use.name);
      if (waiting === undefined) continue;
      this.#awaitingUse.delete(use.name);
      const lastLogin = this.#lastUse.get(use.name);
      for (const token of waiting) {
        const worked = this.#worked.get(token);
        if (worked !== undefined) worked.outcome = withUseJudged(worked.outcome, token, lastLogin, this.#rules);
      }
    }
  }

  /**
   * The outcome worked out when `token` arrived for `entry` (null: the token nobody declares), judged
   * again for `unused` when its final last use differs; undefined when it was not worked out ahead
   * for that entry (the other rows decide who claims it, or it was not heard).
   */
  outcomeOf(token: ObservedToken, entry: DesiredToken | null, lastUse: ReadonlyMap<string, string>): TokenOutcome | undefined {
    const worked = this.#worked.get(token);
    if (worked === undefined || worked.entry !== entry) return undefined;
    return withUseJudged(worked.outcome, token, lastUse.get(token.name), this.#rules);
  }
}
