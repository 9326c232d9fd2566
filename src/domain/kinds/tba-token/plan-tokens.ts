import type { DesiredToken } from '../../desired.js';
import { compareIds, FindingsInPlanOrder } from '../../plan-order.js';
import type { Finding } from '../../plan.js';
import type { TbaTokenSubject } from '../../subject.js';
import type { ChangeDraft, KindPlan, PlanContext } from '../credential-kind.js';
import { declaredOutcome } from './declared-outcome.js';
import { matchDesiredTokens } from './token-matching.js';
import { subjectOf } from './token.js';
import type { EntryMatch } from './token-matching.js';
import type { AssembledStretch, TokenOutcomesAhead } from './token-outcomes-ahead.js';
import { addOutcome, tokenRules } from './token-outcome.js';
import type { ObservedToken } from './token.js';
import { unmanagedOutcome } from './unmanaged-outcome.js';

/**
 * SPEC §4 for TBA tokens: what each entry asks of the token it matches, what the unmanaged policy asks
 * of the rest, and the findings about each. Linear in tokens and entries (hash lookups only). Changes
 * and findings come out token by token in the order NetSuite listed the tokens (by id), then those of
 * entries that match no token: plan order whenever NetSuite's order holds, which spares the sort.
 * What was worked out while the pages arrived (`ahead`) is taken as it is, a slice or a token at a
 * time: the same outcome.
 */
export function planTokens({ desired, observed, history, now, ahead, selected }: PlanContext): KindPlan {
  const { lastUse } = observed;
  const matching = matchDesiredTokens(desired.tokens, observed.tokens);
  const rules = tokenRules(desired, history, now);
  // Each matched token's entry; its outcome is worked out only if the token is not in a slice taken whole.
  const declared = new Map<ObservedToken, DesiredToken>();
  const unmatched: Finding[] = [];
  let managed = 0;
  let managedLive = 0;
  let unchanged = 0;
  let live = 0;
  for (const token of observed.tokens) if (token.state !== 'revoked') live += 1;

  desired.tokens.forEach((entry, index) => {
    const match = matching.matches[index] as EntryMatch;
    if (match.kind !== 'matched') {
      unmatched.push(unmatchedFinding(entry, match, desired.tokens));
      return;
    }
    const { token } = match;
    if (token.state !== 'revoked') managedLive += 1;
    declared.set(token, entry);
    if (selected !== null && !selected(subjectOf(token))) return;
    managed += 1;
    if (token.state === entry.state) unchanged += 1;
  });

  const drafts: ChangeDraft[] = [];
  const findings = new FindingsInPlanOrder();
  const policy = desired.policy.unmanaged;
  const addToken = (token: ObservedToken): void => {
    const entry = declared.get(token);
    if (entry !== undefined) {
      addOutcome(ahead?.outcomeOf(token, entry, lastUse) ?? declaredOutcome(entry, token, rules, lastUse.get(token.name)), drafts, findings);
      return;
    }
    // Revoked tokens nobody declares are history, not findings.
    if (policy === 'ignore' || matching.claimed.has(token.id) || token.state === 'revoked') return;
    addOutcome(ahead?.outcomeOf(token, null, lastUse) ?? unmanagedOutcome(token, policy, rules, lastUse.get(token.name)), drafts, findings);
  };
  const { tokens } = observed;
  const whole = ahead === null ? new Map<number, AssembledStretch>() : slicesTakenWhole(tokens, ahead, lastUse);
  for (let index = 0; index < tokens.length;) {
    const stretch = whole.get(index);
    if (stretch === undefined) {
      addToken(tokens[index] as ObservedToken);
      index += 1;
      continue;
    }
    for (const draft of stretch.drafts) drafts.push(draft);
    findings.addRun(stretch.findings);
    index += stretch.tokens;
  }
  for (const finding of unmatched) findings.add(finding);

  return { drafts, findings: findings.inPlanOrder(), observed: observed.tokens.length, managed, unchanged, declared: desired.tokens.length, live, managedLive };
}

/**
 * The slices planned as their pages arrived that the plan takes whole, by where they start: all of
 * them when the ids rise strictly through the whole observation, none otherwise. Ids that rise
 * strictly never repeat, so whatever claims a token by its id claims that token alone, and each
 * token's own row settled who claims it (see stretchAt). A repeated id, wherever it comes, could be
 * claimed by an entry by name through the other copy.
 */
function slicesTakenWhole(tokens: readonly ObservedToken[], ahead: TokenOutcomesAhead, lastUse: ReadonlyMap<string, string>): Map<number, AssembledStretch> {
  const whole = new Map<number, AssembledStretch>();
  let previousId: string | null = null;
  for (let index = 0; index < tokens.length;) {
    const first = tokens[index] as ObservedToken;
    if (previousId !== null && compareIds(previousId, first.id) >= 0) return new Map();
    const stretch = ahead.stretchAt(tokens, index, lastUse);
    if (stretch !== undefined) whole.set(index, stretch);
    index += stretch?.tokens ?? 1;
    previousId = (tokens[index - 1] as ObservedToken).id;
  }
  return whole;
}

/** The finding for an entry that does not resolve to exactly one token of its own. */
function unmatchedFinding(entry: DesiredToken, match: Exclude<EntryMatch, { kind: 'matched' }>, entries: readonly DesiredToken[]): Finding {
  const declared = selectorRef(entry);
  switch (match.kind) {
    case 'missing':
      return {
        kind: 'missing',
        subject: declared,
        message: entry.selector.id !== null
          ? 'No token with this id exists in NetSuite: it was deleted with its user, or never created; fix the id or remove the entry.'
          : entry.selector.name !== null
            ? `No token in NetSuite has this name${narrowedBy(entry)}: it was deleted with its user, renamed, or never created; fix the entry or pin the token's id.`
            : 'This entry declares neither an id nor a name, so it matches no token; give it the token\'s id.',
      };
    case 'ambiguous':
      return {
        kind: 'ambiguous',
        subject: declared,
        message: `${match.candidates.length} tokens in NetSuite have this name${narrowedBy(entry)}, so this entry is left alone; pin the intended one with its id.`,
        candidates: match.candidates.map((token) => token.id).sort(compareIds),
      };
    case 'conflict':
      return {
        kind: 'ambiguous',
        subject: declared,
        message: `This entry resolves to the same token as ${describeEntry(match.earlierEntry, entries)}, so it is left alone; one token is managed by one entry: remove one of them or pin different ids.`,
        candidates: [match.token.id],
      };
  }
}

function narrowedBy(entry: DesiredToken): string {
  const fields = (['application', 'user', 'role'] as const).filter((field) => entry.selector[field] !== null);
  return fields.length === 0 ? '' : ` and ${fields.join(', ')}`;
}

function describeEntry(index: number, entries: readonly DesiredToken[]): string {
  const line = entries[index]?.source?.line;
  return line === undefined ? `entry ${index + 1}` : `entry ${index + 1} (line ${line})`;
}

function selectorRef(entry: DesiredToken): TbaTokenSubject {
  const { id, name, application, user, role } = entry.selector;
  return { kind: 'tba-token', id, name, application, user, role };
}
