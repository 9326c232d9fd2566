import type { Observation } from '../src/domain/observation.js';
import { SUITEQL_PAGE_SIZE } from '../src/netsuite/suiteql.js';
import { ceilDiv } from './stats.js';

/** SuiteQL pages an observation needs: the token list, and the aggregated last-use rows. */
export interface ObservationPages {
  readonly tokenPages: number;
  readonly auditPages: number;
}

export function pagesOf(observation: Observation): ObservationPages {
  // An empty result still costs one request; lastUse holds one entry per row of the aggregate.
  return { tokenPages: Math.max(1, ceilDiv(observation.tokens.length, SUITEQL_PAGE_SIZE)), auditPages: Math.max(1, ceilDiv(observation.lastUse.size, SUITEQL_PAGE_SIZE)) };
}

/** Issue 7: one round trip per C pages of each query, nothing else (no CPU, no transfer). */
export function observationLowerBoundMs(latencyMs: number, pages: ObservationPages, concurrency: number): number {
  return latencyMs * (ceilDiv(pages.tokenPages, concurrency) + ceilDiv(pages.auditPages, concurrency));
}

/**
 * The floor for any client at concurrency C: every page one round trip, C at a time, both queries
 * sharing the slots. Below issue 7's bound when the two queries' last rounds can share (small N).
 */
export function sharedSlotsFloorMs(latencyMs: number, pages: ObservationPages, concurrency: number): number {
  return latencyMs * ceilDiv(pages.tokenPages + pages.auditPages, concurrency);
}

/** SPEC §9: ⌈N/1000⌉ token pages plus at most ⌈N/1000⌉ last-use pages, and 2 to spare. */
export function observationRequestLimit(tokens: number): number {
  return 2 * ceilDiv(tokens, SUITEQL_PAGE_SIZE) + 2;
}

/** The reconcile target of SPEC §9: within 1.25× of the round-trip lower bound. */
export const LOWER_BOUND_FACTOR = 1.25;
