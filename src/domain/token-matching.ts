import type { DesiredToken, TokenSelector } from './desired.js';
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
  readonly claimed: ReadonlySet<string>;
}

export function matchDesiredTokens(entries: readonly DesiredToken[], tokens: readonly ObservedToken[]): TokenMatching {
  const index = indexObserved(tokens);
  const owners = new Map<string, number>();
  const claimed = new Set<string>();
  const matches = entries.map((entry, entryIndex): EntryMatch => {
    const found = index.find(entry.selector);
    if (found.length === 0) return { kind: 'missing' };
    if (found.length > 1) {
      for (const token of found) claimed.add(token.id);
      return { kind: 'ambiguous', candidates: found };
    }
    const token = found[0] as ObservedToken;
    const earlierEntry = owners.get(token.id);
    if (earlierEntry !== undefined) return { kind: 'conflict', token, earlierEntry };
    owners.set(token.id, entryIndex);
    claimed.add(token.id);
    return { kind: 'matched', token };
  });
  return { matches, claimed };
}

interface ObservedIndex {
  find(selector: TokenSelector): readonly ObservedToken[];
}

// Which of application (1), user (2), role (4) a name-based selector narrows by.
type NarrowingMask = number;

/**
 * Tokens by id, and by name plus the narrowing fields an entry gives. A name index per combination
 * of narrowing fields (at most eight, built on first use) keeps every lookup a single hash probe,
 * even when thousands of tokens share one name.
 */
function indexObserved(tokens: readonly ObservedToken[]): ObservedIndex {
  const byId = new Map<string, ObservedToken>();
  for (const token of tokens) if (!byId.has(token.id)) byId.set(token.id, token);
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
      const mask = maskOf(selector);
      const key = narrowingKey(selector.name, selector, mask);
      return key === null ? [] : nameIndex(mask).get(key) ?? [];
    },
  };
}

function maskOf(selector: TokenSelector): NarrowingMask {
  return (selector.application === null ? 0 : 1) | (selector.user === null ? 0 : 2) | (selector.role === null ? 0 : 4);
}

/** The lookup key for a name and the masked fields; null when a masked field is missing (it can match nothing). */
function narrowingKey(
  name: string,
  fields: { readonly application: string | null; readonly user: string | null; readonly role: string | null },
  mask: NarrowingMask,
): string | null {
  const parts: string[] = [name];
  for (const [bit, value] of [[1, fields.application], [2, fields.user], [4, fields.role]] as const) {
    if ((mask & bit) === 0) continue;
    if (value === null) return null;
    parts.push(value);
  }
  return JSON.stringify(parts);
}
