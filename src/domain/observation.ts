import type { ObservedMapping } from './kinds/m2m-certificate/certificate.js';
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
  /** Each declared certificate mapping, as its own token could list it. */
  readonly certificates: readonly ObservedMapping[];
}

/** What the token directory reads: everything but the certificates, which each mapping's own token lists. */
export type TokenObservation = Omit<Observation, 'certificates'>;

/** One aggregated LoginAudit row: a token name and its latest successful login (ISO instant). */
export interface LastUse {
  readonly name: string;
  readonly at: string;
}

/** Adds each use to `lastUse` (name → ISO instant) unless a later one of that name is there already. */
export function addLastUses(lastUse: Map<string, string>, uses: Iterable<LastUse | null>): Map<string, string> {
  for (const use of uses) {
    if (use === null) continue;
    const known = lastUse.get(use.name);
    if (known === undefined || known < use.at) lastUse.set(use.name, use.at);
  }
  return lastUse;
}

/**
 * Hears the token directory's rows as they arrive, a page or part of one at a time, so planning can
 * start before the last page (issue 18). Rows may be heard again, as new objects, when NetSuite's data
 * moved under a read: a listener keeps only what the final observation confirms.
 */
export interface ObservationListener {
  tokens(rows: readonly ObservedToken[]): void;
  lastUses(rows: readonly LastUse[]): void;
}
