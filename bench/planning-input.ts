import type { DesiredState, DesiredToken } from '../src/domain/desired.js';
import type { ObservedToken, TokenState } from '../src/domain/kinds/tba-token/token.js';
import type { Observation } from '../src/domain/observation.js';
import { pick, seededRandom } from './random.js';

/**
 * A large account already adopted into a desired-state file, as planning sees it: `size` observed
 * tokens, about 60% of the live ones with a recent login, and `size` declared entries — nine in ten by
 * id, one in ten by name and application, a few for tokens that no longer exist — asking for about
 * 2.5% changes (revocations through the API and by an administrator, inactivations, activations).
 * With `rotation-and-unused` policies (maxAge 365d, unusedFor 90d) about 1.2 findings per token come
 * out; `changes-only` leaves those policies unset, so the output is the changes and a few findings.
 */
export type PlanningPolicies = 'rotation-and-unused' | 'changes-only';

export const PLANNING_POLICIES: readonly PlanningPolicies[] = ['rotation-and-unused', 'changes-only'];

export interface PlanningInput {
  readonly desired: DesiredState;
  readonly observation: Observation;
  readonly now: Date;
}

const NOW = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;
const APPLICATIONS = ['Token GitOps', 'DATABASICS', 'Celigo integrator.io', 'Salesforce Connector', 'Shopify Orders', 'Tableau Reporting', 'Boomi', 'Workato', 'Avalara AvaTax', 'Coupa'];
const ROLES = ['Administrator', 'Integration Read Only', 'Integration Full Access', 'BI Read Only', 'Finance Sync', 'Order Sync'];

export function planningInput(size: number, policies: PlanningPolicies): PlanningInput {
  const random = seededRandom(size);
  const instant = (msBeforeNow: number): string => new Date(NOW.getTime() - msBeforeNow).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const tokens: ObservedToken[] = [];
  const lastUse = new Map<string, string>();
  for (let index = 0; index < size; index += 1) {
    const id = String(index + 1);
    const application = pick(random, APPLICATIONS);
    const role = pick(random, ROLES);
    const user = `svc-user-${String(Math.floor(index / 10) + 1).padStart(6, '0')}`;
    const draw = random();
    const state: TokenState = draw < 0.1 ? 'revoked' : draw < 0.2 ? 'inactive' : 'active';
    const ageMs = Math.floor(random() * 3 * 365) * DAY_MS;
    const name = `${application} - ${user} - ${role} #${id}`;
    tokens.push({
      kind: 'tba-token',
      id,
      name,
      application,
      user,
      role,
      applicationId: String(APPLICATIONS.indexOf(application) + 1),
      userId: String(Math.floor(index / 10) + 1),
      roleId: String(ROLES.indexOf(role) + 1),
      createdBy: user,
      createdAt: instant(ageMs),
      revokedAt: state === 'revoked' ? instant(Math.floor(ageMs * random())) : null,
      state,
    });
    if (state !== 'revoked' && random() < 0.6) lastUse.set(name, instant(Math.floor(random() * 200) * DAY_MS));
  }

  const entries = tokens.map((token, index): DesiredToken => {
    const draw = random();
    const declared = declaredState(token.state, draw);
    const withCredentials = declared === 'revoked' && token.state === 'active' ? random() < 0.5 : random() < 0.05;
    // A few entries name tokens that are gone (ids past the end): "missing" findings.
    const gone = random() < 0.005;
    const byName = !gone && random() < 0.1;
    return {
      key: `/tokens/${index}`,
      selector: {
        id: byName ? null : gone ? String(size + index + 1) : token.id,
        name: token.name,
        application: byName ? token.application : null,
        user: null,
        role: null,
      },
      state: declared,
      owner: `@acme/team-${index % 20}`,
      protect: random() < 0.001,
      maxAgeMs: random() < 0.05 && policies === 'rotation-and-unused' ? 180 * DAY_MS : null,
      credentials: withCredentials ? { status: 'resolved' } : { status: 'none' },
      isOperator: index === 0,
      source: { file: 'netsuite-tokens.yaml', line: 12 + index * 7, column: 5, pointer: `/tokens/${index}` },
    };
  });

  return {
    desired: {
      account: '1234567_SB1',
      policy: policies === 'rotation-and-unused'
        ? { unmanaged: 'report', maxAgeMs: 365 * DAY_MS, unusedForMs: 90 * DAY_MS, maxChangesPerRun: size }
        : { unmanaged: 'report', maxAgeMs: null, unusedForMs: null, maxChangesPerRun: size },
      tokens: entries,
      certificates: [],
    },
    observation: { account: '1234567_SB1', observedAt: NOW.toISOString(), tokens, lastUse, certificates: [] },
    now: NOW,
  };
}

/** Mostly what NetSuite shows; about 1% revoke, 1% inactivate, 0.5% activate. */
function declaredState(observed: TokenState, draw: number): TokenState {
  switch (observed) {
    case 'active':
      return draw < 0.0125 ? 'revoked' : draw < 0.025 ? 'inactive' : 'active';
    case 'inactive':
      return draw < 0.05 ? 'active' : 'inactive';
    case 'revoked':
      return 'revoked';
  }
}
