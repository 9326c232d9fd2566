import type { Change, Finding, KindSummary, Plan, PlanSummary, Refusal } from './plan.js';
import type { Subject, SubjectKind } from './subject.js';
import { SUBJECT_KINDS } from './subject.js';

/**
 * SPEC §4 and §10: the JSON form of a plan (`plan --format json`, formatVersion 2), validated by
 * schemas/plan.schema.json. Keys come out in one fixed order so saved plans diff cleanly; a change's
 * `entry` is internal and not written, so a plan read back has `entry: null`.
 */

export function renderPlanJson(plan: Plan): string {
  return Array.from(planJsonChunks(plan)).join('');
}

/**
 * The same text as renderPlanJson, in pieces: one per change or finding, so a large plan can be
 * written out without a second copy of it as objects, or as one string, held in memory.
 */
export function* planJsonChunks(plan: Plan): Generator<string> {
  yield `{\n  "formatVersion": ${plan.formatVersion},\n  "account": ${JSON.stringify(plan.account)},\n  "observedAt": ${JSON.stringify(plan.observedAt)},\n`;
  yield* arrayChunks('changes', plan.changes, changeJson);
  yield ',\n';
  yield* arrayChunks('findings', plan.findings, findingJson);
  yield `,\n  "summary": ${nested(summaryJson(plan.summary))},\n  "refusal": ${nested(plan.refusal === null ? null : refusalJson(plan.refusal))}\n}\n`;
}

function* arrayChunks<T>(key: string, items: readonly T[], toJson: (item: T) => object): Generator<string> {
  if (items.length === 0) {
    yield `  "${key}": []`;
    return;
  }
  yield `  "${key}": [\n`;
  for (let index = 0; index < items.length; index += 1) {
    yield `    ${nested(toJson(items[index] as T), 2)}${index === items.length - 1 ? '\n' : ',\n'}`;
  }
  yield '  ]';
}

const NEWLINE_AT_DEPTH = ['\n', '\n  ', '\n    '] as const;

/** JSON.stringify(value, null, 2) as it reads `depth` levels deep inside the document. */
function nested(value: unknown, depth: 1 | 2 = 1): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', NEWLINE_AT_DEPTH[depth]);
}

/** The plan as the plain object its JSON form is written from (also nested in a run report's JSON). */
export function planJsonObject(plan: Plan): object {
  return {
    formatVersion: plan.formatVersion,
    account: plan.account,
    observedAt: plan.observedAt,
    changes: plan.changes.map(changeJson),
    findings: plan.findings.map(findingJson),
    summary: summaryJson(plan.summary),
    refusal: plan.refusal === null ? null : refusalJson(plan.refusal),
  };
}

function summaryJson(summary: PlanSummary): PlanSummary {
  const byKind = Object.fromEntries(SUBJECT_KINDS.map((kind) => [kind, kindSummaryJson(summary.byKind[kind])])) as Record<SubjectKind, KindSummary>;
  return {
    tokens: summary.tokens,
    managed: summary.managed,
    unchanged: summary.unchanged,
    changes: summary.changes,
    api: summary.api,
    admin: summary.admin,
    blocked: summary.blocked,
    byKind,
  };
}

function kindSummaryJson(summary: KindSummary): KindSummary {
  return {
    observed: summary.observed,
    managed: summary.managed,
    unchanged: summary.unchanged,
    changes: summary.changes,
    api: summary.api,
    admin: summary.admin,
    blocked: summary.blocked,
  };
}

function changeJson(change: Change): object {
  return {
    subject: subjectJson(change.subject),
    action: change.action,
    from: change.from,
    to: change.to,
    via: change.via,
    reason: change.reason,
    blocked: change.blocked,
    owner: change.owner,
    message: change.message,
  };
}

function findingJson(finding: Finding): object {
  return {
    kind: finding.kind,
    subject: subjectJson(finding.subject),
    message: finding.message,
    ...(finding.candidates === undefined ? {} : { candidates: [...finding.candidates] }),
    ...(finding.details === undefined ? {} : { details: { ...finding.details } }),
  };
}

export function subjectJson(subject: Subject): Subject {
  switch (subject.kind) {
    case 'tba-token':
      return { kind: subject.kind, id: subject.id, name: subject.name, application: subject.application, user: subject.user, role: subject.role };
    case 'm2m-certificate':
      return { kind: subject.kind, id: subject.id, name: subject.name, clientId: subject.clientId, entity: subject.entity, role: subject.role, application: subject.application };
  }
}

function refusalJson(refusal: Refusal): Refusal {
  switch (refusal.guard) {
    case 'over-limit':
      return { guard: refusal.guard, changes: refusal.changes, limit: refusal.limit, message: refusal.message };
    case 'empty-desired':
      return { guard: refusal.guard, liveTokens: refusal.liveTokens, message: refusal.message };
  }
}
