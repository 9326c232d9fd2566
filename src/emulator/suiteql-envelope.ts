import type { ParameterPair } from './oauth-signature.js';
import type { SuiteQLPage } from './suiteql-engine.js';

/** NetSuite's paging rules for SuiteQL over REST. */
export const MAX_PAGE_SIZE = 1000;
export const MAX_RESULTS = 100_000;

export type Paging =
  | { readonly ok: true; readonly limit: number; readonly offset: number }
  | { readonly ok: false; readonly parameter: 'limit' | 'offset'; readonly reason: string };

/** Reads `limit` (1–1000, default 1000) and `offset` (a multiple of limit, default 0; offset + limit ≤ 100,000). */
export function readPaging(query: readonly ParameterPair[]): Paging {
  const limit = integerParameter(query, 'limit', MAX_PAGE_SIZE);
  if (!limit.ok) return limit;
  if (limit.value < 1 || limit.value > MAX_PAGE_SIZE) {
    return { ok: false, parameter: 'limit', reason: `The limit must be between 1 and ${MAX_PAGE_SIZE}, not ${limit.value}.` };
  }
  const offset = integerParameter(query, 'offset', 0);
  if (!offset.ok) return offset;
  if (offset.value % limit.value !== 0) {
    return { ok: false, parameter: 'offset', reason: `The offset must be a multiple of the limit (${limit.value}); ${offset.value} is not.` };
  }
  if (offset.value + limit.value > MAX_RESULTS) {
    return { ok: false, parameter: 'offset', reason: `A SuiteQL query returns at most ${MAX_RESULTS} results; offset ${offset.value} with limit ${limit.value} goes beyond them.` };
  }
  return { ok: true, limit: limit.value, offset: offset.value };
}

function integerParameter(query: readonly ParameterPair[], name: 'limit' | 'offset', fallback: number): { ok: true; value: number } | Extract<Paging, { ok: false }> {
  const values = query.filter(([key]) => key === name).map(([, value]) => value);
  if (values.length === 0) return { ok: true, value: fallback };
  if (values.length > 1) return { ok: false, parameter: name, reason: `The ${name} parameter is given more than once.` };
  const text = values[0] ?? '';
  if (!/^\d{1,9}$/.test(text)) return { ok: false, parameter: name, reason: `The ${name} must be a non-negative whole number, not ${JSON.stringify(text)}.` };
  return { ok: true, value: Number(text) };
}

interface Link {
  readonly rel: 'previous' | 'first' | 'next' | 'last' | 'self';
  readonly href: string;
}

/**
 * The collection envelope: `{links, count, hasMore, items, offset, totalResults}`, every item with an
 * empty `links` array. `next` and `last` stop at the 100,000-row horizon; `hasMore` tells the truth,
 * so a client that follows it past the horizon is refused rather than silently truncated.
 */
export function suiteqlEnvelope(page: SuiteQLPage, paging: { readonly limit: number; readonly offset: number }, endpoint: string, selfHref: string): unknown {
  const { limit, offset } = paging;
  const count = page.items.length;
  const hasMore = offset + count < page.totalResults;
  const pageHref = (pageOffset: number): string => `${endpoint}?limit=${limit}&offset=${pageOffset}`;
  // The last page a client may ask for: before the end of the results and within the horizon.
  const lastOffset = Math.max(0, Math.min(Math.floor((page.totalResults - 1) / limit), Math.floor(MAX_RESULTS / limit) - 1)) * limit;
  const links: Link[] = [];
  if (offset > 0) {
    links.push({ rel: 'previous', href: pageHref(Math.max(0, offset - limit)) });
    links.push({ rel: 'first', href: pageHref(0) });
  }
  if (hasMore && offset + 2 * limit <= MAX_RESULTS) {
    links.push({ rel: 'next', href: pageHref(offset + limit) });
    links.push({ rel: 'last', href: pageHref(lastOffset) });
  }
  links.push({ rel: 'self', href: selfHref });
  return { links, count, hasMore, items: page.items.map((item) => ({ links: [], ...item })), offset, totalResults: page.totalResults };
}
