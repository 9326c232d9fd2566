import type { Subject, SubjectKind } from './subject.js';
import type { BlockReason, ChangeAction, ChangeVia, FindingKind, Plan, Refusal } from './plan.js';
import { countOutcomes } from './report.js';
import type { ChangeOutcome, RunReport } from './report.js';

/** The words every rendering of a plan or report shares, so text, markdown and PR bodies say the same thing. */

/**
 * The headings of the five columns that name subjects (see subjectCells): a token's, a certificate's,
 * or neutral ones when a table holds both kinds.
 */
export function subjectHeaders(subjects: Iterable<Subject>): readonly string[] {
  const kinds = new Set<Subject['kind']>();
  for (const subject of subjects) kinds.add(subject.kind);
  if (kinds.size !== 1) return kinds.size === 0 ? SUBJECT_HEADERS['tba-token'] : ['Id', 'Name', 'Application', 'User or entity', 'Role'];
  const [kind] = kinds;
  return SUBJECT_HEADERS[kind ?? 'tba-token'];
}

const SUBJECT_HEADERS: Readonly<Record<Subject['kind'], readonly string[]>> = {
  'tba-token': ['Id', 'Token', 'Application', 'User', 'Role'],
  'm2m-certificate': ['Certificate', 'Mapping', 'Application', 'Entity', 'Role'],
};

export function actionTitle(action: ChangeAction): string {
  switch (action) {
    case 'revoke':
      return 'Revoke';
    case 'inactivate':
      return 'Inactivate';
    case 'activate':
      return 'Activate';
    case 'rotate':
      return 'Rotate';
    case 'retire':
      return 'Retire';
  }
}

export function viaLabel(via: ChangeVia): string {
  switch (via) {
    case 'api':
      return 'API';
    case 'admin':
      return 'administrator';
  }
}

export function blockedLabel(reason: BlockReason, kind: SubjectKind): string {
  switch (reason) {
    case 'protected':
      return 'blocked: protected';
    case 'self':
      // A certificate the operator signs in with: its own mapping's, or the one a mapping's credentials hold.
      return kind === 'tba-token' ? 'blocked: operator’s own token' : 'blocked: operator’s own sign-in';
    case 'over-limit':
      return 'blocked: over the change limit';
    case 'capacity':
      return 'blocked: five active certificates';
  }
}

export function findingTitle(kind: FindingKind): string {
  switch (kind) {
    case 'resurrected':
      return 'Resurrected: recorded revoked, live again (sandbox refresh or wrong account?)';
    case 'missing':
      return 'Missing: declared, not in NetSuite';
    case 'ambiguous':
      return 'Ambiguous: the entry does not resolve to one token';
    case 'terminal':
      return 'Terminal: revoked, but declared active or inactive';
    case 'drift':
      return 'Drift: changed outside the file since the last run';
    case 'abandoned':
      return 'Abandoned: a rotation made no progress for 24 hours';
    case 'unmanaged':
      return 'Unmanaged: in NetSuite, not declared';
    case 'rotation-due':
      return 'Rotation due';
    case 'unused':
      return 'Unused';
    case 'unobservable':
      return 'Unobservable: the mapping’s certificates cannot be listed';
    case 'stale-credentials':
      return 'Stale credentials: the bundle does not hold the certificate to sign in with';
    case 'unknown-certificate':
      return 'Unknown certificate: active, but nobody recorded it';
    case 'capacity':
      return 'Capacity: five active certificates on the integration';
    case 'expired':
      return 'Expired';
    case 'expiring':
      return 'Expiring, with no rotation declared';
  }
}

export function outcomeTitle(outcome: ChangeOutcome): string {
  switch (outcome) {
    case 'done':
      return 'Done, verified in NetSuite';
    case 'pending':
      return 'Pending';
    case 'failed':
      return 'Failed';
    case 'blocked':
      return 'Blocked';
  }
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The counts a person reads, the same in every rendering. Changes held back only by the change limit
 * count where they would go (API or administrator) and as `held`, not as `blocked`: `blocked` is for
 * changes that are never applied (protected, self). So the headings' counts are api + admin + blocked.
 */
/** A plan's changes counted as its JSON summary counts them: every blocked change under `blocked`, over-limit ones too. */
export interface ChangeCounts {
  readonly api: number;
  readonly admin: number;
  readonly blocked: number;
  /** Of `blocked`, the changes only the over-limit guard holds back, by how they would be made with --allow-over-limit. */
  readonly held: { readonly api: number; readonly admin: number };
}

export function changeCounts(plan: Plan): ChangeCounts {
  let api = 0;
  let admin = 0;
  let blocked = 0;
  const held = { api: 0, admin: 0 };
  for (const change of plan.changes) {
    if (change.blocked === null) {
      if (change.via === 'api') api += 1;
      else admin += 1;
      continue;
    }
    blocked += 1;
    if (change.blocked !== 'over-limit') continue;
    if (change.via === 'api') held.api += 1;
    else held.admin += 1;
  }
  return { api, admin, blocked, held };
}

/** Terraform-like closing line: `Plan: 1 to revoke via API, 2 for an administrator, 1 blocked; 5 findings.` */
export function planSummaryLine(plan: Plan): string {
  const findings = plan.findings.length;
  if (plan.changes.length === 0) {
    const tokens = plan.summary.byKind['tba-token'].unchanged;
    const mappings = plan.summary.byKind['m2m-certificate'].unchanged;
    const subjects = mappings === 0 ? plural(tokens, 'token') : tokens === 0 ? plural(mappings, 'certificate mapping') : `${plural(tokens, 'token')} and ${plural(mappings, 'certificate mapping')}`;
    const matching = `${subjects} ${tokens + mappings === 1 ? 'matches' : 'match'} the desired state.`;
    return `No changes. ${matching}${findings === 0 ? '' : ` ${plural(findings, 'finding')}.`}${refusalSuffix(plan.refusal)}`;
  }
  const { api, admin, blocked, held } = changeCounts(plan);
  // "to revoke" while revoking is all the API could do in the plan (TBA tokens); with a rotation or a
  // retirement in it, or a certificate mapping's work for an administrator, it says less and is as true.
  const onlyRevokes = plan.changes.every((change) => (change.via === 'api' ? change.action === 'revoke' : change.subject.kind === 'tba-token'));
  const toRevoke = onlyRevokes ? 'to revoke ' : '';
  if (plan.refusal?.guard === 'over-limit') {
    // Every change the guard holds is blocked, as each row and the JSON summary say; what they would be is said beside.
    return `Plan: ${blocked} blocked, ${held.api + held.admin} of them only by maxChangesPerRun ${plan.refusal.limit} (with --allow-over-limit, ${held.api} ${toRevoke}via API and ${held.admin} for an administrator); ${plural(findings, 'finding')}.${refusalSuffix(plan.refusal)}`;
  }
  return `Plan: ${api} ${toRevoke}via API, ${admin} for an administrator, ${blocked} blocked; ${plural(findings, 'finding')}.${refusalSuffix(plan.refusal)}`;
}

function refusalSuffix(refusal: Refusal | null): string {
  return refusal === null ? '' : ` Apply refuses this plan (${refusal.guard}).`;
}

export function refusalHeadline(refusal: Refusal): string {
  return `Apply refuses this plan (${refusal.guard})`;
}

/** Closing line of an apply: `Applied: 1 done and verified, 2 pending, 0 failed, 1 blocked; 5 findings.` */
export function reportSummaryLine(report: RunReport): string {
  const { plan } = report;
  if (plan.refusal !== null) return `Nothing applied: ${refusalHeadline(plan.refusal).charAt(0).toLowerCase()}${refusalHeadline(plan.refusal).slice(1)}; ${plural(plan.findings.length, 'finding')}.`;
  const confirmed = report.confirmed.length === 0 ? '' : ` ${plural(report.confirmed.length, 'administrator change')} from earlier runs verified done.`;
  if (report.results.length === 0) return `${planSummaryLine(plan)}${confirmed}`;
  const counts = countOutcomes(report.results);
  return `Applied: ${counts.done} done and verified, ${counts.pending} pending, ${counts.failed} failed, ${counts.blocked} blocked; ${plural(plan.findings.length, 'finding')}.${confirmed}`;
}
