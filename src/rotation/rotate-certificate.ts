import { targetLabel } from '../domain/delivery-target.js';
import type { DesiredMapping, RotationPolicy } from '../domain/desired.js';
import { certificateState } from '../domain/kinds/m2m-certificate/certificate.js';
import { dueRetirements, heldByATarget, stalled, takeoverable, unfinished, type MappingRecord, type PendingRetirement, type RotationJournal, type TargetProgress } from '../domain/kinds/m2m-certificate/rotation-journal.js';
import { formatDuration } from '../domain/duration.js';
import { dateOf } from '../domain/render-rotations.js';
import type { RotationFailure } from '../domain/report.js';
import type { BundleDelivery, CertificateDirectory, CertificateFactory, ChangeExecutor, Clock, GeneratedCertificate } from '../ports.js';
import { m2mBundleText, m2mCredentials } from '../secrets/credentials-bundle.js';
import type { M2mCredentials } from '../secrets/credentials.js';
import type { Secret } from '../secrets/secret.js';
import type { JournalBook } from './journal-book.js';
import { TargetUntouched } from '../support/errors.js';

/**
 * SPEC §12.1: one mapping's certificate rotation, step by step, each step journaled before the next
 * external call — planned (key and certificate made in memory), uploaded (with the mapping's current
 * token), verified (a token minted with the new key names the mapping's role and entity), delivered (every
 * target, in file order, each journaled `writing` then `written`), and, with `overlap: 0d`, the
 * replaced certificates revoked with the new certificate's token in the same run.
 *
 * Resume rules, for a rotation an earlier run left unfinished (its key died with that run): when no
 * target may hold its bundle, its certificate is revoked at once; when a target may, the certificate is
 * kept until the overlap ends like any superseded one. Either way a new rotation starts with a new key
 * for every target.
 *
 * Take-over (an explicit `apply --rotate` only; the plan drafts it for nothing else): a rotation an
 * earlier run delivered, still waiting for its overlap, is closed by the new one. Its certificate, which
 * every target holds, becomes one the new rotation replaces, like the current certificate of any
 * rotation; the certificates still waiting for that overlap are replaced too. The switch is one journal
 * write, the new rotation's `planned`, before anything is uploaded, so a run killed later resumes it by
 * the rules above; at delivery the overlap of every certificate it replaces starts again, from then.
 */

export interface RotationPorts {
  readonly certificates: CertificateDirectory;
  readonly executor: ChangeExecutor;
  readonly factory: CertificateFactory;
  readonly delivery: BundleDelivery;
  readonly journal: JournalBook;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  /** Told about every new secret before it is used, so GitHub Actions masks it (each line of a key). */
  readonly mask: (secret: Secret) => void;
}

export interface RotationRequest {
  readonly account: string;
  readonly entry: DesiredMapping & { readonly rotation: RotationPolicy };
  /** The mapping's current credentials: what uploads the successor. */
  readonly credentials: M2mCredentials;
  /** The active certificates the new one replaces (the operator never retires one it does not know). */
  readonly replaces: readonly string[];
}

export interface RotationOutcome {
  /** Why the rotation stopped short of delivery, worded for the reviewer; null when every target holds the new bundle. */
  readonly failure: string | null;
  /** The same, as a closed value for programs and the status file; null when `failure` is. */
  readonly failureKind: RotationFailure | null;
  /** The new certificate's credentials once verified: what the mapping signs in with from now on. */
  readonly credentials: M2mCredentials | null;
  readonly certificate: { readonly certificateId: string; readonly algorithm: string; readonly validUntil: string } | null;
  /** Targets written in this run, by label. */
  readonly delivered: readonly string[];
  /** Certificates revoked in this run because the overlap is 0d, or an unfinished rotation's orphan. */
  readonly revoked: readonly string[];
  /** A note for the reviewer, e.g. NetSuite naming the certificate differently from its thumbprint. */
  readonly note: string | null;
}

/** Uploads tried at most this often when replies are lost (each retry only after listing shows it did not land). */
const UPLOAD_ATTEMPTS = 3;

export async function rotateCertificate(ports: RotationPorts, request: RotationRequest): Promise<RotationOutcome> {
  const { entry, credentials } = request;
  const policy = entry.rotation;
  const outcome = { failure: null as string | null, failureKind: null as RotationFailure | null, credentials: null as M2mCredentials | null, certificate: null as RotationOutcome['certificate'], delivered: [] as string[], revoked: [] as string[], note: null as string | null };
  let record = ports.journal.get(entry.mapping);
  const record_ = async (next: MappingRecord): Promise<void> => {
    record = next;
    await ports.journal.record(entry.mapping, next);
  };
  const stamp = (): string => ports.clock.now().toISOString();
  /** The overlap from `from` (an ISO instant this run stamped), so `retireAfter` is exactly `supersededAt` plus the overlap. */
  const retireAfter = (from: string): string => new Date(Date.parse(from) + policy.overlapMs).toISOString();

  // Certificates an unfinished rotation superseded while a target may hold them: the new rotation replaces
  // them too, so they are retired only after the overlap from its delivery (SPEC §12.1).
  let carriedOver: string[] = [];
  try {
    const left = record.rotation;
    if (takeoverable(left)) {
      // Its certificate and those still waiting for its overlap; one already due keeps its time (this run's plan retires it).
      const due = new Set(dueRetirements(record, ports.clock.now()).map((item) => item.certificateId));
      carriedOver = [left.certificateId, ...record.previous.map((item) => item.certificateId).filter((id) => !due.has(id))];
      outcome.note = takeoverNote(left, carriedOver, policy);
    }
    if (left !== null && unfinished(left)) {
      const waiting = new Set(record.previous.map((item) => item.certificateId));
      carriedOver = [...left.replaces.filter((id) => waiting.has(id)), ...(heldByATarget(left) ? [left.certificateId] : [])];
      if (stalled(left, ports.clock.now())) await record_({ ...record, rotation: { ...left, state: 'abandoned', updatedAt: stamp() } });
      if (heldByATarget(left)) {
        // A target may hold its bundle: it stays valid until the overlap ends, then is retired like any superseded one.
        const supersededAt = stamp();
        await record_({ ...record, rotation: null, previous: addRetirements(record.previous, [left.certificateId], retireAfter(supersededAt), false, supersededAt) });
      } else {
        const listed = await ports.certificates.list(credentials);
        const orphan = listed.find((certificate) => certificate.certificateId === left.certificateId);
        if (orphan !== undefined && certificateState(orphan, ports.clock.now()) === 'active') {
          // A revoke whose reply was lost may have happened; if not, the orphan is retired by a later run.
          const revoked = await revokeQuietly(ports, credentials, left.certificateId);
          if (revoked) outcome.revoked.push(left.certificateId);
          await record_({ ...record, rotation: null, previous: revoked ? record.previous : addRetirements(record.previous, [left.certificateId], stamp()) });
        } else {
          await record_({ ...record, rotation: null });
        }
      }
    }

    interrupted(ports.signal);
    const generated = await ports.factory.generate({ algorithm: policy.algorithm, commonName: `netsuite-tokens ${request.account} ${entry.mapping}`, validityMs: policy.validityMs, now: ports.clock.now() });
    ports.mask(generated.privateKey);
    const startedAt = stamp();
    const replaces = [...new Set([...request.replaces, ...carriedOver])];
    let rotation: RotationJournal = {
      id: `${entry.mapping}@${startedAt}`,
      state: 'planned',
      certificateId: generated.certificateId,
      replaces,
      startedAt,
      updatedAt: startedAt,
      targets: [],
    };
    const step = async (changes: Partial<RotationJournal>, extra: Partial<MappingRecord> = {}): Promise<void> => {
      rotation = { ...rotation, ...changes, updatedAt: stamp() };
      await record_({ ...record, ...extra, rotation });
    };
    await step({});

    interrupted(ports.signal);
    const uploadedId = await upload(ports, credentials, entry, generated);
    if (uploadedId !== generated.certificateId) {
      // [INF] The id is the certificate's SHA-256 thumbprint (reference rotation §1.2); NetSuite's word wins.
      const renamed = `NetSuite named the new certificate ${uploadedId}, not its SHA-256 thumbprint ${generated.certificateId}; the operator uses NetSuite's id.`;
      outcome.note = outcome.note === null ? renamed : `${outcome.note} ${renamed}`;
    }
    await step({ state: 'uploaded', certificateId: uploadedId });

    interrupted(ports.signal);
    const fresh = m2mCredentials({ clientId: entry.clientId, certificateId: uploadedId, privateKey: generated.privateKey.reveal(), algorithm: generated.algorithm, validUntil: generated.validUntil }, 'The new certificate');
    const actsAs = await ports.certificates.signIn(fresh);
    // SPEC §12.1: the new token's `sub` must name the mapping's role and entity; one that cannot be read proves nothing.
    if (actsAs === null) {
      throw new RotationStopped('unverified', "The new certificate signs in, but NetSuite's access token does not say which role and entity it acts as in a form this netsuite-tokens reads, so it cannot be checked against the mapping's; nothing was delivered.");
    }
    if (actsAs.role !== entry.role || actsAs.entity !== entry.entity) {
      throw new RotationStopped('unverified', `The new certificate signs in as role ${actsAs.role} and entity ${actsAs.entity}, not the mapping's role ${entry.role} and entity ${entry.entity}; nothing was delivered.`);
    }
    await step({ state: 'verified' });
    outcome.credentials = fresh;
    outcome.certificate = { certificateId: uploadedId, algorithm: generated.algorithm, validUntil: generated.validUntil };

    const bundle = m2mBundleText({ ...generated, certificateId: uploadedId }, { accountId: request.account, clientId: entry.clientId });
    ports.mask(bundle);
    try {
      outcome.delivered.push(...await deliverToTargets(ports, entry, bundle, `${rotation.id}/${uploadedId}`, (targets) => step({ targets })));
    } catch (error) {
      if (error instanceof RotationStopped) throw error;
      const reason = error instanceof Error ? error.message : 'A target refused the bundle.';
      // No target holds the new bundle, so nothing can use its certificate: it is revoked now, rather than
      // kept for an overlap and counted against NetSuite's five per integration record until a later run.
      if (!heldByATarget(rotation) && !ports.signal.aborted && (await revokeQuietly(ports, credentials, uploadedId))) {
        outcome.revoked.push(uploadedId);
        outcome.credentials = null;
        outcome.certificate = null;
        // Certificates an earlier unfinished rotation left waiting stay protected by this unfinished
        // journal until a successor reaches every target; without any, there is nothing left to resume.
        if (carriedOver.length === 0) await record_({ ...record, rotation: null });
        throw new RotationStopped('delivery', `${reason} No target holds the new certificate ${uploadedId}, so it was revoked again.`);
      }
      throw new RotationStopped('delivery', reason);
    }
    // The overlap of every certificate this rotation replaces starts now, at delivery.
    const deliveredAt = stamp();
    await step({ state: 'delivered' }, { previous: addRetirements(record.previous, replaces, retireAfter(deliveredAt), true, deliveredAt) });

    if (policy.overlapMs === 0) {
      // Retired with the new certificate's token; listing again (the run's verification) decides.
      // A failed revoke does not undo the rotation: the certificate stays in `previous`, and a later run retires it.
      for (const certificateId of replaces) {
        interrupted(ports.signal);
        if (await revokeQuietly(ports, fresh, certificateId)) outcome.revoked.push(certificateId);
      }
    }
  } catch (error) {
    // Interrupted mid-request, the request says it was cancelled: the run's interruption is the reason.
    const stopped = error instanceof RotationStopped ? error : ports.signal.aborted ? interruption() : null;
    outcome.failure = stopped?.message ?? (error instanceof Error ? error.message : 'The rotation failed.');
    outcome.failureKind = stopped?.kind ?? 'error';
  }
  return outcome;
}

/**
 * Step 4: the bundle to every target in file order, each journaled `writing` before its write and
 * `written` after it (through `journal`); the first failure stops the delivery. Returns the labels written.
 * `inherited`: targets an earlier attempt may have written (an onboarding started again), journaled
 * until this one writes them, so what they may hold is never forgotten.
 */
export async function deliverToTargets(
  ports: Pick<RotationPorts, 'delivery' | 'clock' | 'signal'>,
  entry: DesiredMapping,
  bundle: Secret,
  deliveryId: string,
  journal: (targets: readonly TargetProgress[]) => Promise<void>,
  inherited: readonly TargetProgress[] = [],
): Promise<string[]> {
  let targets: TargetProgress[] = [...inherited];
  const stamp = (): string => ports.clock.now().toISOString();
  for (const target of entry.deliver) {
    interrupted(ports.signal);
    const label = targetLabel(target);
    targets = [...targets.filter((item) => item.target !== label), { target: label, state: 'writing', at: stamp() }];
    await journal(targets);
    try {
      await ports.delivery.deliver(target, bundle, deliveryId);
    } catch (error) {
      // Left as it was, the target does not hold this bundle: the journal says what it held before.
      if (error instanceof TargetUntouched) {
        const before = inherited.find((item) => item.target === label);
        targets = before === undefined ? targets.filter((item) => item.target !== label) : targets.map((item) => (item.target === label ? before : item));
        await journal(targets);
      }
      throw error;
    }
    targets = targets.map((item) => (item.target === label ? { target: label, state: 'written', at: stamp() } : item));
    await journal(targets);
  }
  return targets.filter((item) => item.state === 'written').map((item) => item.target);
}

/**
 * Uploads once; when the reply is lost or NetSuite fails (the upload may have taken effect), lists and
 * uploads again only when the certificate is not there, so one certificate is never uploaded twice.
 */
async function upload(ports: RotationPorts, credentials: M2mCredentials, entry: DesiredMapping, generated: GeneratedCertificate): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const id = await ports.executor.uploadCertificate(credentials, { certificatePem: generated.certificatePem, entity: entry.entity, role: entry.role });
      return id ?? generated.certificateId;
    } catch (error) {
      if (refusal(error)) throw refusedUpload(error instanceof Error ? error.message : 'no reason given');
      interrupted(ports.signal);
      const listed = await ports.certificates.list(credentials);
      if (listed.some((certificate) => certificate.certificateId === generated.certificateId)) return generated.certificateId;
      if (attempt >= UPLOAD_ATTEMPTS) throw error;
    }
  }
}

/**
 * NetSuite's refusal of an upload, told apart by its words: [INF] the code and text NetSuite gives the
 * sixth active certificate of an integration record are not documented, so a refusal that speaks of a
 * limit or maximum of certificates is taken for the capacity rule, and NetSuite's own words are kept.
 */
function refusedUpload(message: string): RotationStopped {
  if (/certificate/i.test(message) && /\b(maximum|most|limit|five|5)\b/i.test(message)) {
    return new RotationStopped(
      'capacity',
      `The integration record already holds the most active certificates NetSuite allows (5, counting those of its other mappings, which this operator cannot list), so NetSuite refused the new certificate (${message.replace(/\.$/, '')}). Revoke a certificate nobody uses on that integration record (Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup), or move a mapping to another integration record.`,
    );
  }
  return new RotationStopped('refused', `NetSuite refused the new certificate: ${message}`);
}

/** NetSuite answered and said no (a 4xx other than 429): the upload did not happen, and repeating it would not help. */
function refusal(error: unknown): boolean {
  const status = typeof error === 'object' && error !== null && 'status' in error ? (error).status : null;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
}

/** Revokes, and says whether the certificate is now revoked (a lost reply or a repeated revoke may still have succeeded: listing decides). */
async function revokeQuietly(ports: RotationPorts, credentials: M2mCredentials, certificateId: string): Promise<boolean> {
  try {
    await ports.executor.revokeCertificate(credentials, certificateId);
    return true;
  } catch {
    if (ports.signal.aborted) return false;
    const listed = await ports.certificates.list(credentials).catch(() => []);
    const certificate = listed.find((item) => item.certificateId === certificateId);
    return certificate !== undefined && certificateState(certificate, ports.clock.now()) !== 'active';
  }
}

/**
 * `restamp`: the ids already waiting wait from now on (their successor was just delivered). `supersededAt`:
 * the instant the overlap counts from, recorded so a later change of `overlap:` moves `retireAfter`; left
 * out for a certificate no target holds, which is due at once whatever the overlap.
 */
function addRetirements(previous: readonly PendingRetirement[], ids: readonly string[], retireAfter: string, restamp = false, supersededAt: string | null = null): PendingRetirement[] {
  const known = new Set(previous.map((item) => item.certificateId));
  const pending = (certificateId: string): PendingRetirement => ({ certificateId, retireAfter, ...(supersededAt === null ? {} : { supersededAt }) });
  const renewed = restamp ? previous.map((item) => (ids.includes(item.certificateId) ? pending(item.certificateId) : item)) : previous;
  return [...renewed, ...ids.filter((id) => !known.has(id)).map(pending)];
}

/** What the reviewer is told of a take-over, on the rotate change's result. */
function takeoverNote(closed: RotationJournal, replaced: readonly string[], policy: RotationPolicy): string {
  const others = replaced.length - 1;
  const waiting = others === 0 ? 'its certificate is' : `its certificate and the ${others === 1 ? 'one' : String(others)} still waiting for its overlap are`;
  const when = policy.overlapMs === 0 ? 'in this run, once the new bundle is delivered' : `after the overlap (${formatDuration(policy.overlapMs)}) from this delivery`;
  return `--rotate took over the rotation delivered ${dateOf(closed.updatedAt) ?? 'earlier'} (certificate ${closed.certificateId}), which was waiting for its overlap: ${waiting} replaced by the new certificate and retired ${when}.`;
}

function interrupted(signal: AbortSignal): void {
  if (signal.aborted) throw interruption();
}

/** A rotation stopped for a reason already worded for the reviewer. */
class RotationStopped extends Error {
  readonly kind: RotationFailure;

  constructor(kind: RotationFailure, message: string) {
    super(message);
    this.kind = kind;
  }
}

function interruption(): RotationStopped {
  return new RotationStopped('interrupted', 'Stopped: the run was interrupted; the next apply resumes it.');
}
