import type { DesiredToken, TokenSelector } from '../../desired.js';
import type { ObservedToken } from './token.js';

/**
 * SPEC §3 identity: a desired entry means the token with its `id`; without an id, the tokens with its
 * exact (case-sensitive) name, narrowed by whichever of application, user and role it gives.
 */

export type EntryMatch =
  | { readonly kind: 'matched'; readonly token: ObservedToken }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly ObservedToken[] }
  /** The entry resolves to a token an earlier entry already manages: a conflict in the file. */
  | { readonly kind: 'conflict'; readonly token: ObservedToken; readonly earlierEntry: number };

export interface TokenMatching {
  /** One match per desired entry, by entry index. */
  readonly matches: readonly EntryMatch[];
  /**
   * Ids of tokens some entry claims: matched, or a candidate of an ambiguous entry. Such a token is
   * never treated as unmanaged, so an ambiguous entry cannot get a token inactivated by policy.
   */
  readonly claimed: Pick<ReadonlySet<string>, 'has'>;
}

const MISSING: EntryMatch = { kind: 'missing' };
/** In `owners`: a token that is only a candidate of an ambiguous entry. */
const CANDIDATE = -1;

export function matchDesiredTokens(entries: readonly DesiredToken[], tokens: readonly ObservedToken[]): TokenMatching {
  const index = indexObserved(candidatesOf(entries, tokens));
  // Token id → index of the entry that matched it, or CANDIDATE.
  const owners = new Map<string, number>();
  const matches = entries.map((entry, entryIndex): EntryMatch => {
    const found = index.find(entry.selector);
    if (found.length === 0) return MISSING;
    if (found.length > 1) {
      for (const token of found) if (!owners.has(token.id)) owners.set(token.id, CANDIDATE);
      return { kind: 'ambiguous', candidates: found };
    }
    const token = found[0] as ObservedToken;
    const earlierEntry = owners.get(token.id);
    if (earlierEntry !== undefined && earlierEntry !== CANDIDATE) return { kind: 'conflict', token, earlierEntry };
    owners.set(token.id, entryIndex);
    return { kind: 'matched', token };
  });
  return { matches, claimed: { has: (id) => owners.has(id) } };
}

/**
 * The tokens an entry could match: those whose id some entry gives, or (for entries without an id)
 * whose name. In an account of 20,000 tokens with a handful declared, this indexes a handful.
 */
function candidatesOf(entries: readonly DesiredToken[], tokens: readonly ObservedToken[]): readonly ObservedToken[] {
  // Where most tokens are declared, filtering would only cost another pass.
  if (entries.length * 4 >= tokens.length) return tokens;
  const claimable = claimableBy(entries);
  return tokens.filter(claimable);
}

/**
 * Whether some entry could match a token: one gives its id, or (without an id) its name. A token no
 * entry could match is unmanaged whatever else the account holds.
 */
export function claimableBy(entries: readonly DesiredToken[]): (token: ObservedToken) => boolean {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const { selector } of entries) {
    if (selector.id !== null) ids.add(selector.id);
    else if (selector.name !== null) names.add(selector.name);
  }
  return (token) => ids.has(token.id) || names.has(token.name);
}

/**
 * Which entry matches a token, when the token's own row settles it whatever the other rows hold: none,
 * when no entry gives its id and none without an id gives its name; or, when no entry without an id
 * gives its name, the first entry that gives its id (a later one giving the same id conflicts with it,
 * which the file's rules refuse anyway). Undefined when an entry without an id gives its name: whether
 * that entry matches it, is ambiguous over it, or conflicts with an entry by id depends on the other rows.
 */
export function settledClaimantOf(entries: readonly DesiredToken[]): (token: ObservedToken) => DesiredToken | null | undefined {
  const byId = new Map<string, DesiredToken>();
  const names = new Set<string>();
  for (const entry of entries) {
    const { id, name } = entry.selector;
    if (id !== null) {
      if (!byId.has(id)) byId.set(id, entry);
    } else if (name !== null) names.add(name);
  }
  return (token) => (names.has(token.name) ? undefined : byId.get(token.id) ?? null);
}

interface ObservedIndex {
  find(selector: TokenSelector): readonly ObservedToken[];
}

// Which of application (1), user (2), role (4) a name-based selector narrows by.
type NarrowingMask = number;

/** Up to this many tokens sharing a name are narrowed by looking at each; more go through an index. */
const SCAN_LIMIT = 16;

/**
 * Tokens by id and by name. Names are nearly unique in practice, so narrowing the few tokens that
 * share one is a short scan; when many share a name, a name index per combination of narrowing
 * fields (at most eight, built on first use) keeps every lookup a hash probe: never quadratic.
 */
function indexObserved(tokens: readonly ObservedToken[]): ObservedIndex {
  const byId = new Map<string, ObservedToken>();
  const byName = new Map<string, ObservedToken[]>();
  for (const token of tokens) {
    if (!byId.has(token.id)) byId.set(token.id, token);
    const bucket = byName.get(token.name);
    if (bucket) bucket.push(token);
    else byName.set(token.name, [token]);
  }
  const byNarrowing = new Map<NarrowingMask, Map<string, ObservedToken[]>>();

  const nameIndex = (mask: NarrowingMask): Map<string, ObservedToken[]> => {
    const existing = byNarrowing.get(mask);
    if (existing) return existing;
    const built = new Map<string, ObservedToken[]>();
    for (const token of tokens) {
      const key = narrowingKey(token.name, token, mask);
      if (key === null) continue;
      const bucket = built.get(key);
      if (bucket) bucket.push(token);
      else built.set(key, [token]);
    }
    byNarrowing.set(mask, built);
    return built;
  };

  return {
    find(selector) {
      if (selector.id !== null) {
        const token = byId.get(selector.id);
        return token ? [token] : [];
      }
      if (selector.name === null) return [];
      const named = byName.get(selector.name) ?? [];
      const mask = maskOf(selector);
      if (mask === 0) return named;
      if (named.length <= SCAN_LIMIT) return named.filter((token) => narrows(token, selector));
      const key = narrowingKey(selector.name, selector, mask);
      return key === null ? [] : nameIndex(mask).get(key) ?? [];
    },
  };
}

/** The token has every display name the selector narrows by (exact, case-sensitive). */
function narrows(token: ObservedToken, selector: TokenSelector): boolean {
  return (selector.application === null || selector.application === token.application)
    && (selector.user === null || selector.user === token.user)
    && (selector.role === null || selector.role === token.role);
}

function maskOf(selector: TokenSelector): NarrowingMask {
  return (selector.application === null ? 0 : 1) | (selector.user === null ? 0 : 2) | (selector.role === null ? 0 : 4);
}

/**
 * The lookup key for a name and the masked fields; null when a masked field is missing (it can match
 * nothing). Each part is length-prefixed, so no two different field lists share a key.
 */
function narrowingKey(
  name: string,
  fields: { readonly application: string | null; readonly user: string | null; readonly role: string | null },
  mask: NarrowingMask,
): string | null {
  let key = `${name.length}:${name}`;
  if ((mask & 1) !== 0) {
    if (fields.application === null) return null;
    key += `${fields.application.length}:${fields.application}`;
  }
  if ((mask & 2) !== 0) {
    if (fields.user === null) return null;
    key += `${fields.user.length}:${fields.user}`;
  }
  if ((mask & 4) !== 0) {
    if (fields.role === null) return null;
    key += `${fields.role.length}:${fields.role}`;
  }
  return key;
}
