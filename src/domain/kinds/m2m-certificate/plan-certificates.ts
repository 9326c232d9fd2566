import type { CertificateAlgorithm, DesiredMapping } from '../../desired.js';
import { targetLabel } from '../../delivery-target.js';
import { dueRetirements, EMPTY_MAPPING_RECORD, inProgress, onboarding, stalled, takeoverable, unfinished, withDeclaredOverlap, type MappingRecord, type RotationJournal } from './rotation-journal.js';
import { formatDuration, wholeDays } from '../../duration.js';
import { changeGuard, type Block } from '../../plan-guards.js';
import { sortFindings } from '../../plan-order.js';
import type { ChangeReason, Finding, FindingKind, History } from '../../plan.js';
import { certificateKey } from '../../subject.js';
import type { ChangeDraft, KindPlan, PlanContext } from '../credential-kind.js';
import { certificateState, certificateSubject, currentCertificate, type MappingObservation, type ObservedCertificate, type ObservedMapping } from './certificate.js';

/** NetSuite allows at most five active certificates per integration record (2026.1). */
export const MAX_ACTIVE_CERTIFICATES = 5;
/** Without `rotation:`, a certificate expiring within this long is reported (NetSuite mails administrators from two months). */
export const EXPIRING_WITHOUT_ROTATION_MS = 90 * 86_400_000;

export const M2M_UI_PATH = 'Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup';

/**
 * SPEC §11 for certificate mappings: what each declared mapping asks of the certificates its own
 * token lists, and the findings about them. Certificates of another entity or role on the same
 * integration record count only towards its capacity.
 */
export function planCertificates({ desired, observed, history, now, forceRotate, selected }: PlanContext): KindPlan {
  const drafts: ChangeDraft[] = [];
  const findings: Finding[] = [];
  const byMapping = new Map(observed.certificates.map((entry) => [entry.mapping, entry]));
  const activeByClient = activeCertificatesByClient(observed.certificates, now);
  // Certificates this plan's rotations keep active beside the old ones until their overlap ends; with
  // overlap 0d a rotation adds one only for a moment (rotations of one integration record run one at a time).
  const keptByClient = new Map<string, number>();
  let observedCount = 0;
  let managed = 0;
  let unchanged = 0;

  for (const entry of desired.certificates) {
    const seen = byMapping.get(entry.mapping)?.observation ?? { status: 'unobservable', missing: [] };
    const mappingSubject = certificateSubject(entry, null);
    // --only: the summary counts the mappings the run is narrowed to.
    const counted = selected === null || selected(mappingSubject) ? 1 : 0;
    switch (seen.status) {
      case 'retired':
        managed += counted;
        unchanged += counted;
        continue;
      case 'unobservable':
      case 'refused': {
        const replaced = seen.status === 'refused' ? replacedBundle(entry, history) : [];
        findings.push({ kind: 'unobservable', subject: mappingSubject, message: replaced.length > 0 ? REFUSED_REPLACED : unobservableMessage(entry, seen) });
        findings.push(...replaced);
        if (seen.status === 'refused') findings.push(...expiredBundle(entry, now));
        const onboardingDraft = onboardingOf(entry, seen, history, mappingSubject, capacityBlock(activeByClient, entry, keptByClient));
        if (onboardingDraft !== null) drafts.push(onboardingDraft);
        if (entry.state === 'revoked' && history.certificates.get(entry.mapping)?.allRevoked !== true) {
          drafts.push(draft(entry, mappingSubject, 'revoke', 'active', 'revoked', 'declared', 'admin',
            `Declared revoked, and its certificates cannot be listed without the mapping's own token, so an administrator revokes every active certificate of this mapping in ${M2M_UI_PATH}`, history));
        }
        continue;
      }
      case 'observed':
        break;
    }
    managed += counted;
    // Superseded certificates wait for the overlap the file declares now, not the one they were stamped with.
    const record = withDeclaredOverlap(history.certificates.get(entry.mapping)?.record ?? EMPTY_MAPPING_RECORD, entry.rotation?.overlapMs ?? null);
    const mine = seen.certificates.filter((certificate) => certificate.entity === entry.entity && certificate.role === entry.role);
    observedCount += mine.length;
    const active = mine.filter((certificate) => certificateState(certificate, now) === 'active');

    if (entry.state === 'revoked') {
      if (active.length === 0) unchanged += counted;
      for (const certificate of active) {
        const subject = certificateSubject(entry, certificate);
        const api = entry.credentials.status === 'resolved';
        drafts.push(draft(entry, subject, 'revoke', 'active', 'revoked', 'declared', api ? 'api' : 'admin', api
          ? "Declared revoked, so the operator revokes this certificate through the certificates API with the mapping's own token"
          : `Declared revoked, so an administrator revokes this certificate in ${M2M_UI_PATH}`, history));
      }
      continue;
    }

    const expired = mine.filter((certificate) => certificateState(certificate, now) === 'expired');
    if (active.length === 0) {
      findings.push({
        kind: 'missing',
        subject: mappingSubject,
        message: 'This mapping is declared active but has no active certificate, so nothing can sign in with it; an administrator uploads a new certificate for its entity and role.',
      });
      if (expired.length > 0) findings.push(expiredFinding(entry, expired, now));
      drafts.push(rotation(entry, mappingSubject, 'none', 'missing', capacityBlock(activeByClient, entry, keptByClient), history));
      continue;
    }
    const draftsBefore = drafts.length;
    const current = currentCertificate(entry, active, record.rotation);
    const expiresInMs = current.validUntil === null ? null : Date.parse(current.validUntil) - now.getTime();
    const subject = certificateSubject(entry, current);
    const retirements = retirementDrafts(entry, record, active, now, history);
    drafts.push(...retirements);
    const carried = record.rotation !== null && inProgress(record.rotation) ? record.rotation : null;
    if (carried !== null && stalled(carried, now) && carried.state !== 'delivered') {
      findings.push({
        kind: 'abandoned',
        subject: certificateSubject(entry, { certificateId: carried.certificateId, application: current.application }),
        message: `The rotation started ${dateOf(carried.startedAt)} made no progress for 24 hours (it stopped at ${carried.state}); it is abandoned, its certificate is revoked unless a target may hold it${entry.rotation === null ? ', and no new rotation starts since the mapping no longer declares rotation:' : ', and a new rotation starts'}.`,
      });
    }
    // An unfinished rotation's certificate that no target holds is revoked before anything is uploaded
    // (SPEC §12.1), so it frees its place on the integration record: counting it would block the very
    // rotation that revokes it, for good.
    const freed = carried !== null && unfinished(carried) && carried.targets.length === 0 && active.some((certificate) => certificate.certificateId === carried.certificateId) ? 1 : 0;
    if (carried !== null && unfinished(carried)) {
      if (entry.rotation !== null) drafts.push(rotation(entry, subject, 'active', 'unfinished', capacityBlock(activeByClient, entry, keptByClient, freed), history, carried));
      else if (freed > 0) drafts.push(orphanRetirement(entry, carried, active, history));
    } else if (carried !== null) {
      // Delivered: only its retirements remain, after the overlap; unless a person asks for a new key now
      // (--rotate, after a leaked key say): the new rotation takes the delivered one over. Never on schedule.
      if (entry.rotation !== null && forceRotate.has(entry.mapping) && takeoverable(carried)) {
        drafts.push(rotation(entry, subject, 'active', 'forced', capacityBlock(activeByClient, entry, keptByClient), history, null, { closes: carried, waiting: record.previous.length - dueRetirements(record, now).length }));
      }
    } else if (entry.rotation !== null && (forceRotate.has(entry.mapping) || (expiresInMs !== null && expiresInMs <= entry.rotation.renewBeforeMs))) {
      drafts.push(rotation(entry, subject, 'active', forceRotate.has(entry.mapping) ? 'forced' : 'expiring', capacityBlock(activeByClient, entry, keptByClient), history));
    } else if (entry.rotation === null && expiresInMs !== null && expiresInMs <= EXPIRING_WITHOUT_ROTATION_MS) {
      const daysLeft = wholeDays(Math.max(0, expiresInMs));
      findings.push({
        kind: 'expiring',
        subject,
        message: `This certificate expires in ${daysLeft} days (${dateOf(current.validUntil)}) and the mapping declares no rotation; add rotation: to have the operator replace it, or upload a new certificate.`,
        details: { validUntil: isoInstant(current.validUntil ?? ''), daysLeft },
      });
    }
    findings.push(...unknownCertificates(entry, active, history), ...staleCredentials(entry, mine, record, now));
    const activeCertificates = activeByClient.get(entry.clientId) ?? 0;
    if (activeCertificates - (entry.rotation === null ? 0 : freed) >= MAX_ACTIVE_CERTIFICATES) {
      findings.push({
        kind: 'capacity',
        subject: certificateSubject(entry, null),
        message: `The integration record already holds ${MAX_ACTIVE_CERTIFICATES} active certificates, NetSuite's maximum, so no new one can be uploaded; revoke one that nothing uses.`,
        details: { activeCertificates, maximum: MAX_ACTIVE_CERTIFICATES },
      });
    }
    // As for tokens: a managed mapping is unchanged or has changes, never both.
    if (drafts.length === draftsBefore) unchanged += counted;
  }
  return { drafts, findings: sortFindings(findings), observed: observedCount, managed, unchanged, declared: desired.certificates.length, live: 0, managedLive: 0 };
}

/** A delivered rotation a forced one takes over, and how many certificates wait for its overlap. */
interface Takeover {
  readonly closes: RotationJournal;
  readonly waiting: number;
}

function rotation(entry: DesiredMapping, subject: ReturnType<typeof certificateSubject>, from: 'active' | 'none', reason: ChangeReason, capacity: Block | null, history: History, carried: RotationJournal | null = null, takeover: Takeover | null = null): ChangeDraft {
  const api = entry.rotation !== null && entry.credentials.status === 'resolved' && reason !== 'missing' && entry.deliver.length > 0;
  const why = rotationWhy(entry, reason, api, carried, takeover);
  const guarded = draft(entry, subject, 'rotate', from, 'active', reason, api ? 'api' : 'admin', why, history);
  return guarded.block === null && capacity !== null ? { ...guarded, block: capacity } : guarded;
}

/** What a rotation does first about the one before it: one it takes over, or one left unfinished. */
function cleanupStep(takeover: Takeover | null, carried: RotationJournal | null): string {
  if (takeover !== null) {
    const { closes, waiting } = takeover;
    const others = waiting === 0 ? ' stays active and is' : ` and ${waiting === 1 ? 'the one' : `the ${String(waiting)}`} still waiting stay active and are`;
    return `close that rotation (its certificate ${closes.certificateId}${others} replaced too), then `;
  }
  if (carried === null) return '';
  return carried.targets.length === 0
    ? `revoke the unfinished rotation's certificate (no target holds it), then `
    : `keep the unfinished rotation's certificate until the overlap ends (a target may hold it), then `;
}

/** Why the rotation, and what it will do, step by step (SPEC §12.1), so a reviewer of the plan knows. */
function rotationWhy(entry: DesiredMapping, reason: ChangeReason, api: boolean, carried: RotationJournal | null, takeover: Takeover | null): string {
  const policy = entry.rotation;
  const cause = reason === 'missing'
    ? 'Declared active with no active certificate'
    : reason === 'forced' && takeover !== null
      ? `Rotation was asked for (--rotate) while the rotation delivered ${dateOf(takeover.closes.updatedAt)} waits for its overlap`
      : reason === 'forced'
      ? 'Rotation was asked for (--rotate)'
      : reason === 'unfinished' && carried !== null
        ? `The rotation started ${dateOf(carried.startedAt)} stopped at ${carried.state}, and its key did not outlive that run`
        : policy === null
          ? 'The certificate is due for rotation'
          : `The certificate expires within renewBefore (${formatDuration(policy.renewBeforeMs)})`;
  if (!api || policy === null) {
    return `${cause}, so an administrator generates a key and certificate, uploads it for entity ${entry.entity} and role ${entry.role} in ${M2M_UI_PATH} and delivers its key`;
  }
  const targets = entry.deliver.map(targetLabel).join(', ');
  const cleanup = cleanupStep(takeover, carried);
  const overlap = takeover !== null
    ? policy.overlapMs === 0 ? 'revoke every certificate it replaces in the same run' : `revoke every certificate it replaces after the overlap (${formatDuration(policy.overlapMs)}) from this delivery`
    : policy.overlapMs === 0 ? 'revoke the certificate it replaces in the same run' : `revoke the certificate it replaces after the overlap (${formatDuration(policy.overlapMs)})`;
  return `${cause}, so the operator will ${cleanup}generate a new key (${ALGORITHM_NAMES[policy.algorithm]}) and a certificate valid ${formatDuration(policy.validityMs)}, upload it with the mapping's own token, verify it signs in as entity ${entry.entity} and role ${entry.role}, deliver the new bundle to ${targets}, and ${overlap}`;
}

const ALGORITHM_NAMES: Readonly<Record<CertificateAlgorithm, string>> = {
  'ec-p256': 'EC P-256',
  'ec-p384': 'EC P-384',
  'ec-p521': 'EC P-521',
  'rsa-3072': 'RSA-3072',
  'rsa-4096': 'RSA-4096',
};

/**
 * SPEC §11 onboarding: a mapping declared active with rotation and targets, whose bundle is not set and
 * which no status file has seen with a certificate (or whose onboarding is under way), gets its first
 * key and certificate from the operator: the bundle is delivered at once (nothing used the mapping
 * before) and an administrator uploads the certificate; the run after that verifies it. A mapping that
 * merely cannot be observed here, but has been seen before, is never onboarded: its consumers may hold a
 * working bundle that a new key would replace.
 */
function onboardingOf(entry: DesiredMapping, seen: MappingObservation, history: History, subject: ReturnType<typeof certificateSubject>, capacity: Block | null): ChangeDraft | null {
  if (entry.state !== 'active' || entry.rotation === null || entry.deliver.length === 0 || seen.status !== 'unobservable' || entry.credentials.status !== 'unresolved') return null;
  const known = history.certificates.get(entry.mapping);
  const underWay = known !== undefined && onboarding(known.record.rotation);
  if (known !== undefined && !underWay && (known.known.size > 0 || known.record.lastRotation !== null)) return null;
  const targets = entry.deliver.map(targetLabel).join(', ');
  const why = underWay
    ? `This new mapping's first certificate was made and its bundle delivered to ${targets}; an administrator uploads the certificate shown in the dashboard issue for entity ${entry.entity} and role ${entry.role} in ${M2M_UI_PATH}, and the next run verifies it once the mapping's credentials hold the delivered bundle`
    : `This new mapping has no certificate yet and its credentials are not set, so the operator makes its first key and certificate (${ALGORITHM_NAMES[entry.rotation.algorithm]}) and delivers the bundle to ${targets}; an administrator then uploads the certificate (shown in the dashboard issue) for entity ${entry.entity} and role ${entry.role} in ${M2M_UI_PATH}`;
  const guarded = draft(entry, subject, 'rotate', 'none', 'active', 'missing', 'admin', why, history);
  return guarded.block === null && capacity !== null ? { ...guarded, block: capacity } : guarded;
}

/** SPEC §11 `retire`: each superseded certificate still active once its overlap has passed. */
function retirementDrafts(entry: DesiredMapping, record: MappingRecord, active: readonly ObservedCertificate[], now: Date, history: History): ChangeDraft[] {
  const due = new Set(dueRetirements(record, now).map((item) => item.certificateId));
  const api = entry.credentials.status === 'resolved';
  return active.filter((certificate) => due.has(certificate.certificateId)).map((certificate) => {
    const why = api
      ? "A rotation superseded this certificate and its overlap has passed, so the operator revokes it through the certificates API with the mapping's own token"
      : `A rotation superseded this certificate and its overlap has passed, so an administrator revokes it in ${M2M_UI_PATH}`;
    // Not blocked as `self` for the operator's own mapping: retiring only follows its successor's delivery.
    const drafted = draft(entry, certificateSubject(entry, certificate), 'retire', 'active', 'revoked', 'superseded', api ? 'api' : 'admin', why, history);
    return api && drafted.block === null && certificate.certificateId === entry.bundleCertificateId ? { ...drafted, block: HELD_BY_CREDENTIALS } : drafted;
  });
}

/**
 * SPEC §12.1: an unfinished rotation's certificate that no target holds is revoked at once. Normally the
 * resumed rotation does it; when the file no longer declares `rotation:` nothing resumes, so it is retired
 * on its own (and the journal, seeing it revoked, forgets the rotation).
 */
function orphanRetirement(entry: DesiredMapping, carried: RotationJournal, active: readonly ObservedCertificate[], history: History): ChangeDraft {
  const orphan = active.find((certificate) => certificate.certificateId === carried.certificateId) as ObservedCertificate;
  const api = entry.credentials.status === 'resolved';
  const why = `The rotation started ${dateOf(carried.startedAt)} stopped at ${carried.state} before any target held its certificate, and the mapping no longer declares rotation:, so ${api
    ? "the operator revokes that certificate through the certificates API with the mapping's own token"
    : `an administrator revokes that certificate in ${M2M_UI_PATH}`}`;
  return draft(entry, certificateSubject(entry, orphan), 'retire', 'active', 'revoked', 'unfinished', api ? 'api' : 'admin', why, history);
}

/**
 * The operator revokes through the certificates API with the mapping's own credentials. While those
 * still hold the superseded certificate (a `stale-credentials` finding says so), revoking it would end
 * the operator's own sign-in for the mapping, and every later run's with it.
 */
const HELD_BY_CREDENTIALS: Block = {
  reason: 'self',
  clause: "but the mapping's credentials still hold this certificate, and revoking it would end the operator's own sign-in for the mapping; set the credentials variable to the delivered bundle first",
};

function draft(entry: DesiredMapping, subject: ReturnType<typeof certificateSubject>, action: 'revoke' | 'rotate' | 'retire', from: 'active' | 'none', to: 'active' | 'revoked', reason: ChangeReason, via: 'api' | 'admin', why: string, history: History): ChangeDraft {
  // The operator's own mapping may rotate (keeping itself fresh is the point); only revoking it is self-harm.
  const guard = changeGuard(certificateKey(entry.mapping, null), { isOperator: entry.isOperator && action === 'revoke', protect: entry.protect }, history);
  return { subject, action, from, to, via, reason, owner: entry.owner, entry: entry.key, why, block: guard };
}

/** `freed`: certificates of the mapping the rotation revokes before its upload (an unfinished rotation's orphan). */
function capacityBlock(activeByClient: ReadonlyMap<string, number>, entry: DesiredMapping, keptByClient: Map<string, number>, freed = 0): Block | null {
  const kept = keptByClient.get(entry.clientId) ?? 0;
  if ((activeByClient.get(entry.clientId) ?? 0) - freed + kept < MAX_ACTIVE_CERTIFICATES) {
    if (entry.rotation !== null && entry.rotation.overlapMs > 0) keptByClient.set(entry.clientId, kept + 1);
    return null;
  }
  if (kept > 0) {
    return { reason: 'capacity', clause: `but the rotations this run makes on the same integration record keep ${MAX_ACTIVE_CERTIFICATES} certificates active until their overlap ends, NetSuite's maximum, so this one waits for a later run` };
  }
  return { reason: 'capacity', clause: `but its integration record already holds ${MAX_ACTIVE_CERTIFICATES} active certificates, NetSuite's maximum, so a new one cannot be uploaded until one is revoked` };
}

/** Active certificates per integration record (client id), of every entity and role its list shows. */
function activeCertificatesByClient(observed: readonly ObservedMapping[], now: Date): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const entry of observed) {
    if (entry.observation.status !== 'observed') continue;
    const ids = seen.get(entry.clientId) ?? new Set<string>();
    for (const certificate of entry.observation.certificates) if (certificateState(certificate, now) === 'active') ids.add(certificate.certificateId);
    seen.set(entry.clientId, ids);
  }
  return new Map([...seen].map(([clientId, ids]) => [clientId, ids.size]));
}

/** SPEC §11: an active certificate neither the status file nor the bundle knows; never revoked automatically. */
function unknownCertificates(entry: DesiredMapping, active: readonly ObservedCertificate[], history: History): Finding[] {
  const known = history.certificates.get(entry.mapping)?.known ?? new Set<string>();
  return active
    .filter((certificate) => certificate.certificateId !== entry.bundleCertificateId && !known.has(certificate.certificateId))
    .map((certificate) => finding('unknown-certificate', entry, certificate,
      'This active certificate is mapped to the mapping’s entity and role, but neither the status file nor the mapping’s bundle knows it; find out who uploaded it, then revoke it if nothing uses it (the operator never revokes it on its own).'));
}

/** SPEC §11: the bundle's certificate is revoked or expired, or NetSuite does not list it. */
function staleCredentials(entry: DesiredMapping, mine: readonly ObservedCertificate[], record: MappingRecord, now: Date): Finding[] {
  if (entry.bundleCertificateId === null) return [];
  const bundled = mine.find((certificate) => certificate.certificateId === entry.bundleCertificateId);
  const state = bundled === undefined ? null : certificateState(bundled, now);
  const delivered = record.rotation?.state === 'delivered' ? record.rotation.certificateId : record.lastRotation?.certificateId ?? null;
  if (state === 'active' && delivered !== null && delivered !== entry.bundleCertificateId && record.previous.some((item) => item.certificateId === entry.bundleCertificateId)) {
    return [{
      kind: 'stale-credentials',
      subject: certificateSubject(entry, { certificateId: entry.bundleCertificateId, application: bundled?.application ?? null }),
      message: `This mapping's credentials bundle still holds the certificate a rotation replaced (${delivered} was delivered since), so whatever reads it stops signing in once the old one is retired; point the variable at a delivered bundle.`,
      details: { certificateState: state, deliveredCertificateId: delivered },
    }];
  }
  if (state === 'active') return [];
  const why = state === null ? 'is not among the certificates NetSuite lists for its entity and role' : `is ${state}`;
  return [{
    kind: 'stale-credentials',
    subject: certificateSubject(entry, { certificateId: entry.bundleCertificateId, application: bundled?.application ?? null }),
    message: `The certificate in this mapping's credentials bundle ${why}, so whatever reads that bundle cannot sign in; deliver the bundle of an active certificate.`,
    details: { certificateState: state, deliveredCertificateId: delivered },
  }];
}

function expiredFinding(entry: DesiredMapping, expired: readonly ObservedCertificate[], now: Date): Finding {
  const latest = [...expired].sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''))[0] as ObservedCertificate;
  const ago = latest.validUntil === null ? null : wholeDays(now.getTime() - Date.parse(latest.validUntil));
  return {
    kind: 'expired',
    subject: certificateSubject(entry, latest),
    message: `This certificate expired${ago === null ? '' : ` ${ago} days ago (${dateOf(latest.validUntil)})`}, and the mapping has no active one left.`,
    details: { validUntil: latest.validUntil === null ? null : isoInstant(latest.validUntil) },
  };
}

/**
 * NetSuite refused the mapping's sign-in, so nothing can be listed; when the bundle itself says its
 * certificate has expired, that is why, and the plan can say so without NetSuite (SPEC §11 `expired`).
 */
function expiredBundle(entry: DesiredMapping, now: Date): Finding[] {
  const until = entry.bundleValidUntil === null ? Number.NaN : Date.parse(entry.bundleValidUntil);
  if (entry.state !== 'active' || entry.bundleCertificateId === null || Number.isNaN(until) || until > now.getTime()) return [];
  return [{
    kind: 'expired',
    subject: certificateSubject(entry, { certificateId: entry.bundleCertificateId, application: null }),
    message: `The certificate in this mapping's credentials bundle expired ${wholeDays(now.getTime() - until)} days ago (${dateOf(entry.bundleValidUntil)}), which is why NetSuite refuses its sign-in; deliver the bundle of an active certificate, or have an administrator upload a new one for entity ${entry.entity} and role ${entry.role} in ${M2M_UI_PATH}.`,
    details: { validUntil: new Date(until).toISOString() },
  }];
}

const REFUSED_REPLACED = "NetSuite refused this mapping's sign-in, so its certificates could not be listed: its credentials bundle is not the one the last rotation delivered (see the stale-credentials finding).";

/**
 * NetSuite refused the mapping's sign-in and the status file says why: the bundle holds another
 * certificate than the one the last rotation delivered, most likely the one it replaced and retired,
 * because the credentials variable was not pointed at the delivered bundle.
 */
function replacedBundle(entry: DesiredMapping, history: History): Finding[] {
  const record = history.certificates.get(entry.mapping)?.record;
  if (entry.bundleCertificateId === null || record === undefined) return [];
  const delivered = record.rotation?.state === 'delivered' ? record.rotation.certificateId : record.lastRotation?.certificateId ?? null;
  if (delivered === null || delivered === entry.bundleCertificateId) return [];
  const targets = entry.deliver.length === 0 ? '' : ` (${entry.deliver.map(targetLabel).join(', ')})`;
  return [{
    kind: 'stale-credentials',
    subject: certificateSubject(entry, { certificateId: entry.bundleCertificateId, application: null }),
    message: `NetSuite refuses this mapping's credentials bundle, which holds certificate ${entry.bundleCertificateId}, not ${delivered} that the last rotation delivered${targets}; point the credentials variable at the delivered bundle.`,
    details: { certificateState: null, deliveredCertificateId: delivered },
  }];
}

function finding(kind: FindingKind, entry: DesiredMapping, certificate: ObservedCertificate, message: string): Finding {
  return { kind, subject: certificateSubject(entry, certificate), message };
}

/** An instant as Date#toISOString writes it, for details; rebuilt from the parsed value, so no recorded text passes through. */
function isoInstant(text: string): string {
  const at = Date.parse(text);
  return Number.isNaN(at) ? '' : new Date(at).toISOString();
}

function unobservableMessage(entry: DesiredMapping, seen: { readonly status: 'unobservable'; readonly missing: readonly string[] } | { readonly status: 'refused'; readonly reason: string }): string {
  if (seen.status === 'refused') return `NetSuite refused to list this mapping's certificates: ${seen.reason}`;
  if (entry.credentials.status === 'none') return "This mapping declares no credentials, and only its own token may list its certificates; give it credentials: env:NAME (its bundle) to have it observed.";
  const names = seen.missing.length > 0 ? seen.missing : entry.credentials.status === 'unresolved' ? entry.credentials.missing : [];
  return `This mapping's credentials are not set (${names.join(', ')}), and only its own token may list its certificates; set ${names.length === 1 ? 'it' : 'them'} to have it observed.`;
}

/** The UTC calendar date of an instant, for messages; rebuilt from the parsed value so no recorded text leaks through. */
function dateOf(instant: string | null): string {
  const at = instant === null ? Number.NaN : Date.parse(instant);
  return Number.isNaN(at) ? 'an unrecorded date' : new Date(at).toISOString().slice(0, 10);
}
