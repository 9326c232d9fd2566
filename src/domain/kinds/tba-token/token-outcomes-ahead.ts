import type { DesiredState, DesiredToken } from '../../desired.js';
import { addLastUses } from '../../observation.js';
import type { LastUse, ObservationListener } from '../../observation.js';
import type { ChangeDraft } from '../../change-draft.js';
import type { Finding, History } from '../../plan.js';
import { compareFindings, compareIds } from '../../plan-order.js';
import { declaredOutcome } from './declared-outcome.js';
import { settledClaimantOf } from './token-matching.js';
import { addOutcome, tokenRules, withUseJudged } from './token-outcome.js';
import type { TokenOutcome, TokenRules } from './token-outcome.js';
import type { ObservedToken } from './token.js';
import { unmanagedOutcome } from './unmanaged-outcome.js';

/** A token's outcome worked out ahead, and the entry it was worked out for (null: nobody's token). */
interface Worked {
  readonly entry: DesiredToken | null;
  outcome: TokenOutcome;
  /** The slice it was heard in, when that slice is assembled ahead. */
  stretch: Stretch | null;
}

/**
 * One slice of a page as it was heard, when the slice alone settles every token's outcome: its tokens
 * in NetSuite's order and, for each, what was worked out (null: it adds nothing, as nobody's revoked
 * token, or any under `ignore`). Its ids rise strictly and each outcome's findings are in plan order,
 * so its findings are in plan order too. `assembled` is what it adds to the plan, judged with the last
 * uses heard; null once one of its tokens was judged again.
 */
interface Stretch {
  readonly tokens: readonly ObservedToken[];
  readonly worked: readonly (Worked | null)[];
  assembled: AssembledStretch | null;
}

/** What a slice of tokens adds to the plan: its changes and its findings, in plan order. */
export interface AssembledStretch {
  /** How many tokens of the observation it stands for. */
  readonly tokens: number;
  readonly drafts: readonly ChangeDraft[];
  readonly findings: readonly Finding[];
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
 * observation (a page read again) are never asked for. A slice whose every token is settled is also
 * assembled as it arrives (its changes and findings in plan order), so the plan takes it whole: after
 * the last page, what is left is a step per slice, not per token.
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
  /** The slices heard whole, by their first token. */
  readonly #stretches = new Map<ObservedToken, Stretch>();
  /** The final last uses, once compared with those heard, and whether they were the same. */
  #checkedUses: { readonly map: ReadonlyMap<string, string>; readonly same: boolean } | null = null;
  /** A name's use heard twice (a window read again): slices assembled with the earlier one may not stand. */
  #usesHeardAgain = false;

  constructor(desired: DesiredState, history: History, now: Date) {
    this.#rules = tokenRules(desired, history, now);
    this.#unmanaged = desired.policy.unmanaged;
    this.#claimantOf = settledClaimantOf(desired.tokens);
  }

  tokens(page: readonly ObservedToken[]): void {
    const policy = this.#unmanaged;
    const worked: (Worked | null)[] = [];
    // Whether the slice can be assembled ahead: every token settled, ids rising, findings in order.
    let whole = true;
    let previous: ObservedToken | undefined;
    for (const token of page) {
      if (whole && previous !== undefined && compareIds(previous.id, token.id) >= 0) whole = false;
      previous = token;
      const entry = this.#claimantOf(token);
      if (entry === undefined) {
        whole = false;
        continue;
      }
      const lastLogin = this.#lastUse.get(token.name);
      let outcome: TokenOutcome;
      if (entry !== null) outcome = declaredOutcome(entry, token, this.#rules, lastLogin);
      // Revoked tokens nobody declares are history, not findings; `ignore` makes nothing of the others.
      else if (token.state === 'revoked' || policy === 'ignore') {
        worked.push(null);
        continue;
      } else outcome = unmanagedOutcome(token, policy, this.#rules, lastLogin);
      const done: Worked = { entry, outcome, stretch: null };
      // The same token heard again: what its earlier slice assembled is no longer judged again with it.
      const before = this.#worked.get(token);
      if (before !== undefined && before.stretch !== null) before.stretch.assembled = null;
      this.#worked.set(token, done);
      worked.push(done);
      if (whole && !inOwnOrder(outcome)) whole = false;
      if (lastLogin !== undefined || outcome.use === null) continue;
      const waiting = this.#awaitingUse.get(token.name);
      if (waiting === undefined) this.#awaitingUse.set(token.name, [token]);
      else waiting.push(token);
    }
    const first = page[0];
    if (!whole || first === undefined) return;
    const stretch: Stretch = { tokens: page, worked, assembled: null };
    stretch.assembled = this.#assemble(stretch, this.#lastUse);
    for (const done of worked) if (done !== null) done.stretch = stretch;
    this.#stretches.set(first, stretch);
  }

  lastUses(page: readonly LastUse[]): void {
    // The query gives each name once: a name heard again is a window read again, and tokens judged
    // with its earlier use are not awaiting, so slices assembled ahead no longer stand.
    if (!this.#usesHeardAgain) for (const use of page) if (this.#lastUse.has(use.name)) this.#usesHeardAgain = true;
    addLastUses(this.#lastUse, page);
    if (this.#awaitingUse.size === 0) return;
    for (const use of page) {
      const waiting = this.#awaitingUse.get(use.name);
      if (waiting === undefined) continue;
      this.#awaitingUse.delete(use.name);
      const lastLogin = this.#lastUse.get(use.name);
      for (const token of waiting) {
        const worked = this.#worked.get(token);
        if (worked === undefined) continue;
        const judged = withUseJudged(worked.outcome, token, lastLogin, this.#rules);
        if (judged.unused !== worked.outcome.unused && worked.stretch !== null) worked.stretch.assembled = null;
        worked.outcome = judged;
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

  /**
   * When `tokens` from `index` on are a slice heard whole, what it adds to the plan, so the plan takes
   * the slice at once instead of token by token; undefined otherwise. Valid only when no id repeats in
   * `tokens` (the caller sees to it): then each token's own row settled who claims it (settledClaimantOf).
   */
  stretchAt(tokens: readonly ObservedToken[], index: number, lastUse: ReadonlyMap<string, string>): AssembledStretch | undefined {
    const first = tokens[index];
    const stretch = first === undefined ? undefined : this.#stretches.get(first);
    if (stretch === undefined || index + stretch.tokens.length > tokens.length) return undefined;
    for (let offset = 1; offset < stretch.tokens.length; offset += 1) if (stretch.tokens[offset] !== tokens[index + offset]) return undefined;
    return stretch.assembled !== null && this.#asHeard(lastUse) ? stretch.assembled : this.#assemble(stretch, lastUse);
  }

  /** The slice's changes and findings, `unused` judged with `lastUse`. */
  #assemble(stretch: Stretch, lastUse: ReadonlyMap<string, string>): AssembledStretch {
    const drafts: ChangeDraft[] = [];
    const findings: Finding[] = [];
    // In order already (the slice's ids rise, each outcome's findings are in order): gathered unchecked.
    const gathered = { add: (finding: Finding): void => { findings.push(finding); } };
    stretch.worked.forEach((worked, offset) => {
      if (worked === null) return;
      const token = stretch.tokens[offset] as ObservedToken;
      addOutcome(withUseJudged(worked.outcome, token, lastUse.get(token.name), this.#rules), drafts, gathered);
    });
    return { tokens: stretch.tokens.length, drafts, findings };
  }

  /** Whether `lastUse` holds exactly the last uses heard (checked once per map), so slices assembled with those stand. */
  #asHeard(lastUse: ReadonlyMap<string, string>): boolean {
    if (this.#usesHeardAgain) return false;
    if (this.#checkedUses?.map !== lastUse) {
      let same = lastUse.size === this.#lastUse.size;
      if (same) for (const [name, at] of lastUse) if (this.#lastUse.get(name) !== at) { same = false; break; }
      this.#checkedUses = { map: lastUse, same };
    }
    return this.#checkedUses.same;
  }
}

/** Whether the findings of one token's outcome are in plan order; `unused`, the last kind, always follows them. */
function inOwnOrder(outcome: TokenOutcome): boolean {
  const { findings } = outcome;
  for (let index = 1; index < findings.length; index += 1) if (compareFindings(findings[index - 1] as Finding, findings[index] as Finding) > 0) return false;
  return true;
}
