import type { ChangeDraft } from '../change-draft.js';
import type { DesiredState } from '../desired.js';
import type { Observation } from '../observation.js';
import type { Finding, History } from '../plan.js';
import type { Subject } from '../subject.js';
import type { TokenOutcomesAhead } from './tba-token/token-outcomes-ahead.js';

/**
 * The one interface every credential kind implements (one folder per kind under kinds/). A kind
 * knows how its entries match what NetSuite shows, which changes and findings follow, and where an
 * administrator acts on it; the shared core (plan-changes.ts) applies the guards, orders the plan and
 * sums it up, the same for every kind.
 */

export interface PlanContext {
  readonly desired: DesiredState;
  readonly observed: Observation;
  readonly history: History;
  readonly now: Date;
  /** `apply --rotate MAPPING`: mappings to rotate now whatever their expiry. */
  readonly forceRotate: ReadonlySet<string>;
  /** Outcomes of tokens worked out while the pages arrived; null when the observation came whole. */
  readonly ahead: TokenOutcomesAhead | null;
  /** `--only`: the subjects the run is narrowed to, which `managed` and `unchanged` count; null for all. */
  readonly selected: ((subject: Subject) => boolean) | null;
}

export type { ChangeDraft };

/** What one kind contributes to a plan. */
export interface KindPlan {
  readonly drafts: readonly ChangeDraft[];
  /** In plan order (plan-order.ts). */
  readonly findings: readonly Finding[];
  /** Subjects of this kind observed, matched by an entry, and matched and already as declared (the last two among the `selected`). */
  readonly observed: number;
  readonly managed: number;
  readonly unchanged: number;
  /** For the empty-desired guard: entries declared, live (not revoked) subjects observed, and live ones matched. */
  readonly declared: number;
  readonly live: number;
  readonly managedLive: number;
}

export interface CredentialKindRules<S extends Subject = Subject> {
  readonly kind: S['kind'];
  plan(context: PlanContext): KindPlan;
  /** The NetSuite UI page where an administrator acts on the subject; null when it cannot be linked. */
  deepLink(uiOrigin: string, subject: S): string | null;
  /** Where in the NetSuite UI an administrator finds this kind's subjects, as its menus name it. */
  readonly uiPath: string;
}
