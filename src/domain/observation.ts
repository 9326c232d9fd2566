import type { ObservedToken } from './kinds/tba-token/token.js';

/**
 * Everything observed in one account at one moment, of every kind. `lastUse` maps a token NAME to the instant of its
 * latest successful login (LoginAudit joins by name only), ISO-8601.
 */
export interface Observation {
  readonly account: string;
  readonly observedAt: string;
  readonly tokens: readonly ObservedToken[];
  readonly lastUse: ReadonlyMap<string, string>;
}
