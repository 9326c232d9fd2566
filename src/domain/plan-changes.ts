import type { DesiredState } from './desired.js';
import type { ChangeDraft, KindPlan } from './kinds/credential-kind.js';
import { CREDENTIAL_KINDS } from './kinds/registry.js';
import type { TokenOutcomesAhead } from './kinds/tba-token/token-outcomes-ahead.js';
import type { Observation } from './observation.js';
import { emptyDesiredRefusal, overLimitBlock, overLimitRefusal } from './plan-guards.js';
import { joinInPlanOrder, sortChanges } from './plan-order.js';
import type { Change, Finding, History, KindSummary, Plan, PlanOptions, PlanSummary, Refusal } from './plan.js';
import { PLAN_FORMAT_VERSION } from './plan.js';
import { onlySelection } from './plan-only.js';
import { SUBJECT_KINDS, type SubjectKind } from './subject.js';

/**
 * SPEC §4: the plan, a pure function of the desired state, what NetSuite showed, what the previous run
 * recorded, and the time. Each kind plans its own subjects; what is shared is done here once: the
 * blast-radius and empty-desired guards, the order, and the summary. Deterministic: changes and
 * findings come out in the order of plan-order.ts. `ahead`, when given, holds work done while the
 * observation's pages arrived; the plan is the same with or without it.
 */
export function planChanges(desired: DesiredState, observed: Observation, history: History, now: Date, options: PlanOptions, ahead: TokenOutcomesAhead | null = null): Plan {
  const selected = onlySelection(options.only ?? [], observed.account);
  const context = { desired, observed, history, now, forceRotate: new Set(options.rotate ?? []), ahead, selected };
  const parts = SUBJECT_KINDS.map((kind) => ({ kind, part: CREDENTIAL_KINDS[kind].plan(context) }));

  const drafts = parts.flatMap(({ part }) => (selected === null ? part.drafts : part.drafts.filter((draft) => selected(draft.subject))));
  const limited = enforceChangeLimit(drafts, desired.policy.maxChangesPerRun, options);
  const totals = { declared: 0, live: 0, managedLive: 0 };
  for (const { part } of parts) {
    totals.declared += part.declared;
    totals.live += part.live;
    totals.managedLive += part.managedLive;
  }
  const refusal: Refusal | null = emptyDesiredRefusal(totals, desired.policy.unmanaged) ?? limited.refusal;
  const changes = sortChanges(limited.drafts.map(toChange));
  // Each kind's findings are in plan order already, and the kinds come in it.
  const findings: Finding[] = joinInPlanOrder(parts.map(({ part }) => (selected === null ? part.findings : part.findings.filter((finding) => selected(finding.subject)))));
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    account: observed.account,
    observedAt: observed.observedAt,
    changes,
    findings,
    summary: summarize(parts, changes),
    refusal,
  };
}

/**
 * maxChangesPerRun counts the changes that would be applied, of every kind. Over it, without
 * --allow-over-limit, every one of them is blocked and the plan carries the refusal: a run applies all or nothing.
 */
function enforceChangeLimit(drafts: readonly ChangeDraft[], limit: number, options: PlanOptions): { drafts: readonly ChangeDraft[]; refusal: Refusal | null } {
  const applicable = drafts.filter((draft) => draft.block === null).length;
  if (applicable <= limit || options.allowOverLimit) return { drafts, refusal: null };
  const block = overLimitBlock(limit);
  return {
    drafts: drafts.map((draft) => (draft.block === null ? { ...draft, block } : draft)),
    refusal: overLimitRefusal(applicable, drafts.length - applicable, limit),
  };
}

function toChange(draft: ChangeDraft): Change {
  return {
    subject: draft.subject,
    action: draft.action,
    from: draft.from,
    to: draft.to,
    via: draft.via,
    reason: draft.reason,
    blocked: draft.block?.reason ?? null,
    owner: draft.owner,
    message: draft.block === null ? `${draft.why}.` : `${draft.why}, ${draft.block.clause}.`,
    entry: draft.entry,
  };
}

function summarize(parts: readonly { readonly kind: SubjectKind; readonly part: KindPlan }[], changes: readonly Change[]): PlanSummary {
  const byKind = Object.fromEntries(parts.map(({ kind, part }) => [kind, kindSummary(part, changes.filter((change) => change.subject.kind === kind))])) as Record<SubjectKind, KindSummary>;
  const all = kindSummary({ observed: 0, managed: 0, unchanged: 0 }, changes);
  let managed = 0;
  let unchanged = 0;
  for (const { part } of parts) {
    managed += part.managed;
    unchanged += part.unchanged;
  }
  return { tokens: byKind['tba-token'].observed, managed, unchanged, changes: all.changes, api: all.api, admin: all.admin, blocked: all.blocked, byKind };
}

function kindSummary(part: Pick<KindPlan, 'observed' | 'managed' | 'unchanged'>, changes: readonly Change[]): KindSummary {
  let api = 0;
  let admin = 0;
  let blocked = 0;
  for (const change of changes) {
    if (change.blocked !== null) blocked += 1;
    else if (change.via === 'api') api += 1;
    else admin += 1;
  }
  return { observed: part.observed, managed: part.managed, unchanged: part.unchanged, changes: api + admin, api, admin, blocked };
}
