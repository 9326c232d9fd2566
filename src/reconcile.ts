import type { DesiredState } from './domain/desired.js';
import type { Change, History, Plan, PlanOptions } from './domain/plan.js';
import { stateAfter } from './domain/plan.js';
import type { ChangeResult, ConfirmedChange, RunReport } from './domain/report.js';
import type { Observation } from './domain/token.js';
import { refOf } from './domain/token.js';
import { compareIds } from './domain/status.js';
import type { Clock, ProgressSink, SelfRevoker, TokenDirectory } from './ports.js';
import type { TokenCredentials } from './secrets/secret.js';
import { deepLinkFor } from './domain/report.js';
import { planChanges } from './domain/plan-changes.js';
import { GuardRefusal, RuntimeFailure } from './support/errors.js';

/**
 * observe → plan → apply → verify. Talks to ports only; the commands wire adapters in and record the
 * outcome. Dry-run is simply "plan without apply": nothing here knows about it.
 */

export interface ReconcileContext {
  readonly directory: TokenDirectory;
  readonly revoker: SelfRevoker;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly uiOrigin: string;
  readonly progress?: ProgressSink;
}

export interface PlannedRun {
  /** When the run began, before NetSuite was observed. */
  readonly startedAt: string;
  readonly desired: DesiredState;
  readonly history: History;
  readonly observation: Observation;
  readonly plan: Plan;
}

export interface AppliedRun {
  readonly report: RunReport;
  /** What NetSuite showed after the changes: the truth the status file records. */
  readonly verified: Observation;
}

export async function observeAndPlan(context: ReconcileContext, desired: DesiredState, history: History, options: PlanOptions): Promise<PlannedRun> {
  const startedAt = context.clock.now().toISOString();
  const observation = await context.directory.observe(context.progress);
  const plan = planChanges(desired, observation, history, context.clock.now(), options);
  return { startedAt, desired, history, observation, plan };
}

/**
 * Executes the plan's `via: api` changes (revocations signed with each token's own credentials; the
 * transport bounds requests in flight), then observes again and judges every change by what NetSuite
 * now shows. Administrator changes stay `pending` until a later run observes them done.
 */
export async function applyPlan(
  context: ReconcileContext,
  run: PlannedRun,
  credentials: ReadonlyMap<number, TokenCredentials>,
  runUrl: string | null,
): Promise<AppliedRun> {
  if (run.plan.refusal !== null) throw new GuardRefusal(run.plan.refusal.message, { hint: refusalHint(run.plan) });

  const executable = run.plan.changes.filter((change) => change.blocked === null && change.via === 'api');
  const sendFailures = new Map<Change, string>();
  await Promise.all(executable.map(async (change) => {
    const failure = await sendRevoke(context, change, credentials);
    if (failure !== null) sendFailures.set(change, failure);
  }));

  // Nothing was sent: the observation we planned from is still the truth, and re-reading it would
  // only spend requests from the account's shared concurrency.
  const { verified, unverifiable } = executable.length === 0 ? { verified: run.observation, unverifiable: null } : await verify(context, run.observation);
  const after = new Map(verified.tokens.map((token) => [token.id, token]));
  const results = run.plan.changes.map((change): ChangeResult => {
    const id = change.token.id;
    const deepLink = id === null ? null : deepLinkFor(context.uiOrigin, id);
    if (change.blocked !== null) return { change, outcome: 'blocked', detail: change.message, deepLink };
    const now = id === null ? undefined : after.get(id);
    if (now === undefined) {
      return change.to === 'revoked' || change.to === 'inactive'
        ? { change, outcome: 'done', detail: 'The token no longer exists in NetSuite (its user was deleted), so it cannot sign in.', deepLink: null }
        : { change, outcome: 'failed', detail: 'The token no longer exists in NetSuite; it cannot be activated.', deepLink: null };
    }
    if (now.state === change.to) return { change, outcome: 'done', detail: null, deepLink };
    if (change.via === 'admin') return { change, outcome: 'pending', detail: `Waiting for an administrator: NetSuite still shows it ${now.state}.`, deepLink };
    const failure = sendFailures.get(change);
    const unsure = unverifiable === null ? null : `NetSuite accepted the revoke request, but the result could not be verified: ${unverifiable} The next run observes it again.`;
    return {
      change,
      outcome: 'failed',
      detail: failure ?? unsure ?? `NetSuite accepted the revoke request but still shows the token ${now.state}; the next run tries again.`,
      deepLink,
    };
  });

  return {
    report: {
      plan: run.plan,
      results,
      confirmed: confirmedSinceLastRun(run.history, verified),
      verifiedAt: verified.observedAt,
      run: { startedAt: run.startedAt, finishedAt: context.clock.now().toISOString(), url: runUrl },
    },
    verified,
  };
}

/**
 * Observes again after changes were sent. When NetSuite cannot be observed now, what was sent may
 * still have happened, so the run must not end without a record: it falls back to the observation it
 * planned from and says why the changes are unverified.
 */
async function verify(context: ReconcileContext, before: Observation): Promise<{ verified: Observation; unverifiable: string | null }> {
  try {
    return { verified: await context.directory.observe(context.progress), unverifiable: null };
  } catch (error) {
    if (!(error instanceof RuntimeFailure)) throw error;
    return { verified: before, unverifiable: error.message };
  }
}

/** Administrator changes the last run left pending that NetSuite now shows done (or moot: the token is gone). */
function confirmedSinceLastRun(history: History, verified: Observation): ConfirmedChange[] {
  const now = new Map(verified.tokens.map((token) => [token.id, token]));
  const confirmed: ConfirmedChange[] = [];
  for (const [id, actions] of history.pending) {
    const token = now.get(id);
    for (const action of actions) {
      if (token === undefined ? action !== 'activate' : token.state === stateAfter(action)) {
        confirmed.push({ token: token === undefined ? { id, name: null, application: null, user: null, role: null } : refOf(token), action });
      }
    }
  }
  return confirmed.sort((a, b) => compareIds(a.token.id ?? '', b.token.id ?? ''));
}

/** Sends one self-revocation; returns why it failed, or null. Never throws, so the others complete. */
async function sendRevoke(context: ReconcileContext, change: Change, credentials: ReadonlyMap<number, TokenCredentials>): Promise<string | null> {
  if (context.signal.aborted) return 'Not sent: the run was interrupted.';
  const tokenCredentials = change.entry === null ? undefined : credentials.get(change.entry);
  if (tokenCredentials === undefined) return 'Not sent: the credentials of this token did not resolve.';
  try {
    await context.revoker.revoke(tokenCredentials);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'The revoke request failed.';
  }
}

function refusalHint(plan: Plan): string {
  const refusal = plan.refusal;
  if (refusal === null) return '';
  switch (refusal.guard) {
    case 'over-limit':
      return `Review the plan; if the changes are intended, run apply again with --allow-over-limit, or raise policy.maxChangesPerRun (now ${refusal.limit}).`;
    case 'empty-desired':
      return 'Adopt the account first: "netsuite-tokens import --account <ID>" writes a desired-state file of every live token.';
  }
}

/**
 * `apply --plan FILE`: the saved plan is applied only while it still describes what would happen now.
 * Compared on what matters — which token, which action, by whom, and whether it is blocked.
 */
export function assertSavedPlanStillHolds(saved: Plan, fresh: Plan): void {
  const key = (change: Change): string => JSON.stringify([change.token.id, change.action, change.from, change.to, change.via, change.blocked]);
  const savedKeys = saved.changes.map(key).sort();
  const freshKeys = fresh.changes.map(key).sort();
  if (saved.account !== fresh.account) {
    throw new GuardRefusal(`The saved plan is for account ${saved.account}, but the configuration is for ${fresh.account}.`, { hint: 'Plan again with this configuration.' });
  }
  if (savedKeys.length !== freshKeys.length || savedKeys.some((value, index) => value !== freshKeys[index])) {
    throw new GuardRefusal(`NetSuite no longer matches the saved plan (observed ${saved.observedAt}); it would now make ${fresh.summary.changes} change(s) instead of ${saved.summary.changes}.`, {
      hint: 'Run "netsuite-tokens plan --out FILE" again, review it, and apply the new plan.',
    });
  }
}
