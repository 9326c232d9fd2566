import type { ChangeAction, ChangeVia, FindingKind, History } from './plan.js';
import { EMPTY_HISTORY } from './plan.js';
import type { RotationFailure, RunInfo, RunReport } from './report.js';
import type { DesiredMapping, DesiredToken } from './desired.js';
import type { Observation } from './observation.js';
import type { TokenState } from './kinds/tba-token/token.js';
import { compareIds, compareText } from './plan-order.js';
import { certificateKey, keyOf, subjectKey } from './subject.js';
import { certificateState, currentCertificate } from './kinds/m2m-certificate/certificate.js';
import { wholeDays } from './duration.js';
import { groupBy } from './group-by.js';
import { EMPTY_MAPPING_RECORD, unfinished, type MappingRecord, type PendingRetirement, type RotationJournal } from './kinds/m2m-certificate/rotation-journal.js';
import type { ObservedCertificate } from './kinds/m2m-certificate/certificate.js';

/**
 * SPEC §5 — the status file: what the operator last saw and did, per token. Reviewers read it in
 * the results pull request; its git history is the audit trail. It also carries what the next run
 * must remember: which tokens were ever protected, and each token's state and desired state (drift).
 */

export interface StatusAction {
  readonly action: ChangeAction;
  readonly via: ChangeVia;
  readonly link: string | null;
  readonly detail: string | null;
  /** Why a failed certificate rotation stopped (`capacity`: NetSuite's limit per integration record); absent otherwise. */
  readonly failure?: RotationFailure;
}

export interface StatusToken {
  readonly id: string;
  readonly name: string;
  readonly application: string | null;
  readonly user: string | null;
  readonly role: string | null;
  readonly state: TokenState;
  /** The declared state, or null when no entry declares this token. */
  readonly desired: TokenState | null;
  readonly owner: string | null;
  readonly protected: boolean;
  readonly createdAt: string | null;
  readonly revokedAt: string | null;
  /** The UTC date (YYYY-MM-DD) of the latest successful login: a day, so same-day logins leave the file as it was. */
  readonly lastUsedAt: string | null;
  /** Age in whole days at `observedAt`. */
  readonly ageDays: number | null;
  readonly pending: readonly StatusAction[];
  readonly failed: readonly StatusAction[];
  readonly findings: readonly FindingKind[];
}

export interface StatusMissing {
  readonly id: string | null;
  readonly name: string | null;
  readonly message: string;
}

export interface StatusFile {
  /** 2 since certificates joined; version 1 files are read and upgraded on the next write. */
  readonly statusVersion: 1 | 2;
  readonly account: string;
  readonly run: RunInfo;
  readonly observedAt: string;
  readonly summary: {
    readonly tokens: number;
    readonly managed: number;
    readonly done: number;
    readonly pending: number;
    readonly failed: number;
    readonly blocked: number;
    /** Administrator changes from earlier runs that this run saw done. */
    readonly confirmed: number;
    readonly findings: number;
  };
  readonly tokens: readonly StatusToken[];
  /** Declared entries with no token in NetSuite (deleted with their entity, or never created). */
  readonly missing: readonly StatusMissing[];
  /** statusVersion 2 (SPEC §12.4): each declared certificate mapping; absent from files written by version 1. */
  readonly certificates?: readonly StatusMapping[];
}

export interface StatusCertificate {
  readonly certificateId: string;
  readonly algorithm: string | null;
  readonly validFrom: string | null;
  readonly validUntil: string | null;
}

/** SPEC §12.4: one certificate mapping as the verifying observation showed it. */
export interface StatusMapping {
  readonly mapping: string;
  readonly clientId: string;
  readonly entity: string;
  readonly role: string;
  readonly application: string | null;
  readonly desired: 'active' | 'revoked';
  /** What the mapping's certificates came to: an active one, all revoked or expired, none at all, or not observable. */
  readonly state: 'active' | 'revoked' | 'none' | 'unobservable';
  readonly protected: boolean;
  /** The certificate its consumers use: the bundle's when active, else the one valid longest. */
  readonly current: StatusCertificate | null;
  /** Superseded certificates still to retire, each after its overlap. */
  readonly previous: readonly PendingRetirement[];
  /** The rotation in progress (SPEC §12.1's journal), or null. */
  readonly rotation: RotationJournal | null;
  readonly lastRotation: { readonly certificateId: string; readonly completedAt: string } | null;
  readonly pending: readonly StatusAction[];
  readonly failed: readonly StatusAction[];
  readonly findings: readonly FindingKind[];
}

/**
 * Builds the status file from a run: the verifying observation is the truth about each token; the
 * report says what is still pending or failed. `desiredById` maps each matched token id to its entry.
 */
export function buildStatus(
  report: RunReport,
  verified: Observation,
  desiredById: ReadonlyMap<string, DesiredToken>,
  history: History,
  now: Date,
  mappings: readonly DesiredMapping[] = [],
  records: ReadonlyMap<string, MappingRecord> = new Map(),
): StatusFile {
  const { plan } = report;
  const protectedKeys = new Set(history.protectedKeys);
  for (const change of plan.changes) {
    const key = keyOf(change.subject);
    if (change.blocked === 'protected' && key !== null) protectedKeys.add(key);
  }
  for (const [id, entry] of desiredById) if (entry.protect) protectedKeys.add(subjectKey('tba-token', id));

  const resultsByKey = groupBy(report.results, (result) => keyOf(result.change.subject));
  const actions = (key: string, outcome: 'pending' | 'failed'): StatusAction[] => (resultsByKey.get(key) ?? [])
    .filter((result) => result.outcome === outcome)
    .map((result) => ({ action: result.change.action, via: result.change.via, link: result.deepLink, detail: result.detail }));
  const findingsByKey = groupBy(plan.findings.filter((finding) => finding.kind !== 'missing' && finding.kind !== 'ambiguous'), (finding) => keyOf(finding.subject));

  const nowMs = now.getTime();
  const tokens = [...verified.tokens]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((token): StatusToken => {
      const entry = desiredById.get(token.id);
      const key = subjectKey('tba-token', token.id);
      const created = token.createdAt === null ? null : Date.parse(token.createdAt);
      return {
        id: token.id,
        name: token.name,
        application: token.application,
        user: token.user,
        role: token.role,
        state: token.state,
        desired: entry?.state ?? null,
        owner: entry?.owner ?? null,
        protected: protectedKeys.has(key),
        createdAt: token.createdAt,
        revokedAt: token.revokedAt,
        lastUsedAt: dayOf(verified.lastUse.get(token.name)),
        ageDays: created === null || Number.isNaN(created) ? null : wholeDays(nowMs - created),
        pending: actions(key, 'pending'),
        failed: actions(key, 'failed'),
        findings: (findingsByKey.get(key) ?? []).map((finding) => finding.kind),
      };
    });

  const counts = { done: 0, pending: 0, failed: 0, blocked: 0 };
  for (const result of report.results) counts[result.outcome] += 1;
  const certificates = mappingRows(report, verified, mappings, history, records, now);
  // The whole account's, not the plan's (which --only narrows): matched tokens, and mappings observed.
  const managed = desiredById.size + certificates.filter((row) => row.state !== 'unobservable').length;
  return {
    statusVersion: 2,
    account: plan.account,
    run: report.run,
    observedAt: verified.observedAt,
    summary: { tokens: verified.tokens.length, managed, ...counts, confirmed: report.confirmed.length, findings: plan.findings.length },
    tokens,
    missing: plan.findings
      .filter((finding) => finding.kind === 'missing' && finding.subject.kind === 'tba-token')
      .map((finding) => ({ id: finding.subject.id, name: finding.subject.name, message: finding.message })),
    certificates,
  };
}

function mappingRows(report: RunReport, verified: Observation, mappings: readonly DesiredMapping[], history: History, records: ReadonlyMap<string, MappingRecord>, now: Date): StatusMapping[] {
  const observed = new Map(verified.certificates.map((entry) => [entry.mapping, entry.observation]));
  const resultsByMapping = groupBy(report.results.filter((result) => result.change.subject.kind === 'm2m-certificate'), (result) => result.change.subject.name);
  const findingsByMapping = groupBy(report.plan.findings.filter((finding) => finding.subject.kind === 'm2m-certificate'), (finding) => finding.subject.name);
  return [...mappings].sort((a, b) => compareText(a.mapping, b.mapping)).map((entry): StatusMapping => {
    const seen = observed.get(entry.mapping);
    const mine = seen?.status === 'observed' ? seen.certificates.filter((certificate) => certificate.entity === entry.entity && certificate.role === entry.role) : [];
    const active = mine.filter((certificate) => certificateState(certificate, now) === 'active');
    const recorded = history.certificates.get(entry.mapping);
    const state: StatusMapping['state'] = seen?.status === 'retired' ? 'revoked'
      : seen?.status !== 'observed' ? 'unobservable'
        : active.length > 0 ? 'active' : mine.length > 0 ? 'revoked' : 'none';
    const record = settleRecord(records.get(entry.mapping) ?? recorded?.record ?? EMPTY_MAPPING_RECORD, seen?.status === 'observed' ? mine : null, now);
    // During an overlap, the delivered certificate: the one it supersedes is listed under `previous`.
    const current = active.length === 0 ? null : currentCertificate(entry, active, record.rotation);
    const results = resultsByMapping.get(entry.mapping) ?? [];
    const actions = (outcome: 'pending' | 'failed'): StatusAction[] => results
      .filter((result) => result.outcome === outcome)
      .map((result) => ({ action: result.change.action, via: result.change.via, link: result.deepLink, detail: result.detail, ...(result.failure === undefined ? {} : { failure: result.failure }) }));
    return {
      mapping: entry.mapping,
      clientId: entry.clientId,
      entity: entry.entity,
      role: entry.role,
      application: current?.application ?? mine[0]?.application ?? null,
      desired: entry.state,
      state: state === 'unobservable' && recorded?.allRevoked === true ? 'revoked' : state,
      protected: entry.protect || history.protectedKeys.has(certificateKey(entry.mapping, null)),
      current: current === null ? null : { certificateId: current.certificateId, algorithm: current.algorithm, validFrom: current.validFrom, validUntil: current.validUntil },
      previous: record.previous,
      rotation: record.rotation,
      lastRotation: record.lastRotation,
      pending: actions('pending'),
      failed: actions('failed'),
      findings: [...new Set((findingsByMapping.get(entry.mapping) ?? []).map((finding) => finding.kind))],
    };
  });
}

/**
 * What a mapping's record comes to once NetSuite was listed again: superseded certificates that are now
 * revoked, expired or gone need no retiring; a delivered rotation whose replaced certificates are all
 * retired is complete. Unobserved (`mine` null), the record stays as it was.
 */
export function settleRecord(record: MappingRecord, mine: readonly ObservedCertificate[] | null, now: Date): MappingRecord {
  if (mine === null) return record;
  const live = new Set(mine.filter((certificate) => certificateState(certificate, now) === 'active').map((certificate) => certificate.certificateId));
  const previous = record.previous.filter((item) => live.has(item.certificateId));
  const { rotation } = record;
  if (rotation?.certificatePem !== undefined) {
    // An onboarding is complete once NetSuite lists the uploaded certificate active.
    return live.has(rotation.certificateId) ? { rotation: null, previous, lastRotation: { certificateId: rotation.certificateId, completedAt: now.toISOString() } } : { ...record, previous };
  }
  // An unfinished rotation whose certificate NetSuite lists revoked or expired has nothing left to resume
  // (its key is gone, nothing can sign in with it); one not listed at all may still have landed, so it stays.
  if (rotation !== null && unfinished(rotation) && mine.some((certificate) => certificate.certificateId === rotation.certificateId) && !live.has(rotation.certificateId)) {
    return { ...record, rotation: null, previous };
  }
  const complete = rotation !== null && (rotation.state === 'retired' || (rotation.state === 'delivered' && !rotation.replaces.some((id) => previous.some((item) => item.certificateId === id))));
  if (!complete) return { ...record, previous };
  return { rotation: null, previous, lastRotation: { certificateId: rotation.certificateId, completedAt: now.toISOString() } };
}

/**
 * Whether two status files say the same about the account, leaving out when they were observed (run
 * times, ages, the day a token already in use was last used). A run that finds nothing new leaves the file alone, so a scheduled drift check does not
 * commit, push and update the pull request just because time passed.
 */
export function sameRecord(previous: StatusFile | null, next: StatusFile): boolean {
  if (previous === null) return false;
  const substance = (status: StatusFile): string => JSON.stringify({
    ...status,
    run: null,
    observedAt: null,
    // A token used again on a later day is not news; its first use is (it ends an `unused` finding, which
    // the findings say too). Otherwise every integration in daily use, the operator's own token among
    // them, would rewrite the file and its pull request every day.
    tokens: status.tokens.map((token) => ({ ...token, ageDays: null, lastUsedAt: token.lastUsedAt === null ? null : 'used' })),
  });
  return substance(previous) === substance(next);
}

/** What the next run needs from this status file: remembered protection and last states for drift. */
export function historyFrom(status: StatusFile | null): History {
  if (status === null) return EMPTY_HISTORY;
  const key = (token: StatusToken): string => subjectKey('tba-token', token.id);
  const mappings = status.certificates ?? [];
  return {
    pending: new Map(status.tokens.filter((token) => token.pending.length > 0).map((token) => [key(token), token.pending.map((item) => item.action)])),
    protectedKeys: new Set([
      ...status.tokens.filter((token) => token.protected).map(key),
      ...mappings.filter((mapping) => mapping.protected).map((mapping) => certificateKey(mapping.mapping, null)),
    ]),
    certificates: new Map(mappings.map((mapping) => [mapping.mapping, {
      known: new Set([
        ...(mapping.current === null ? [] : [mapping.current.certificateId]),
        ...mapping.previous.map((item) => item.certificateId),
        // What it replaces too: a journal written before any full record is the only one to name them.
        ...(mapping.rotation === null ? [] : [mapping.rotation.certificateId, ...mapping.rotation.replaces]),
        ...(mapping.lastRotation === null ? [] : [mapping.lastRotation.certificateId]),
      ]),
      allRevoked: mapping.state === 'revoked',
      record: { rotation: mapping.rotation, previous: mapping.previous, lastRotation: mapping.lastRotation },
    }])),
    previous: new Map(status.tokens.map((token) => [key(token), { state: token.state, desired: token.desired, observedAt: status.observedAt }])),
  };
}

/** An ISO instant's UTC date; null when there is none or it does not parse (a recorded text never passes through). */
function dayOf(instant: string | undefined): string | null {
  if (instant === undefined) return null;
  const at = Date.parse(instant);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}

/**
 * The status file as the rotation journal writes it mid-run (SPEC §12.1: each step recorded before the
 * next external call): the previous record with each journaled mapping's rotation, previous and last
 * rotation replaced; everything else stays as the previous run left it until the run's own write.
 */
export function withJournal(base: StatusFile | null, account: string, mappings: readonly DesiredMapping[], records: ReadonlyMap<string, MappingRecord>, at: string): StatusFile {
  const status: StatusFile = base ?? {
    statusVersion: 2,
    account,
    run: { startedAt: at, finishedAt: at, url: null },
    observedAt: at,
    summary: { tokens: 0, managed: 0, done: 0, pending: 0, failed: 0, blocked: 0, confirmed: 0, findings: 0 },
    tokens: [],
    missing: [],
  };
  const rows = new Map((status.certificates ?? []).map((row) => [row.mapping, row]));
  for (const entry of mappings) {
    const record = records.get(entry.mapping);
    if (record === undefined) continue;
    const row: StatusMapping = rows.get(entry.mapping) ?? {
      mapping: entry.mapping,
      clientId: entry.clientId,
      entity: entry.entity,
      role: entry.role,
      application: null,
      desired: entry.state,
      // Only a mapping observed with an active certificate is rotated.
      state: 'active',
      protected: entry.protect,
      current: null,
      previous: [],
      rotation: null,
      lastRotation: null,
      pending: [],
      failed: [],
      findings: [],
    };
    rows.set(entry.mapping, { ...row, rotation: record.rotation, previous: record.previous, lastRotation: record.lastRotation });
  }
  return { ...status, statusVersion: 2, certificates: [...rows.values()].sort((a, b) => compareText(a.mapping, b.mapping)) };
}
