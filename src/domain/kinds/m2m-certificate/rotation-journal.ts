/**
 * SPEC §12.1 and §12.4: the rotation journal. Each step of a certificate rotation is recorded in the
 * status file before the next external call, so a run killed anywhere can be resumed by the rules
 * below. Nothing here is secret: certificate ids, target labels and instants only.
 */

export const ROTATION_STATES = ['planned', 'uploaded', 'verified', 'delivered', 'retired', 'abandoned'] as const;
export type RotationState = (typeof ROTATION_STATES)[number];

export const TARGET_STATES = ['writing', 'written'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export interface TargetProgress {
  /** The target's label (`file:secrets/x.json`, `github:acme/app/NAME`, `aws:name@region`). */
  readonly target: string;
  readonly state: TargetState;
  readonly at: string;
}

export interface RotationJournal {
  /** `<mapping>@<startedAt>`: one rotation, across the runs that carry it to the end. */
  readonly id: string;
  readonly state: RotationState;
  /** The new certificate (its id is known before upload: SHA-256 of its DER). */
  readonly certificateId: string;
  /** The certificates this rotation replaces, retired after the overlap. */
  readonly replaces: readonly string[];
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly targets: readonly TargetProgress[];
  /**
   * Onboarding only (SPEC §11, reason `missing`): the new certificate (public PEM) an administrator
   * uploads, kept so every run shows the same one until NetSuite lists it active.
   */
  readonly certificatePem?: string;
}

/** An onboarding is waiting for an administrator's upload, not for a token of the mapping. */
export function onboarding(rotation: RotationJournal | null): boolean {
  return rotation?.certificatePem !== undefined;
}

export interface PendingRetirement {
  readonly certificateId: string;
  /** ISO instant after which it is revoked. */
  readonly retireAfter: string;
  /**
   * When its successor was delivered, the instant the overlap counts from; `retireAfter` is this plus the
   * declared overlap, and follows the file when the overlap changes. Absent in status files written before
   * it was recorded, and for a certificate no target holds (retired at once, whatever the overlap).
   */
  readonly supersededAt?: string;
}

/** What the status file remembers about one mapping's rotations between runs. */
export interface MappingRecord {
  readonly rotation: RotationJournal | null;
  /** Every superseded certificate still to retire. */
  readonly previous: readonly PendingRetirement[];
  readonly lastRotation: { readonly certificateId: string; readonly completedAt: string } | null;
}

export const EMPTY_MAPPING_RECORD: MappingRecord = { rotation: null, previous: [], lastRotation: null };

/** A rotation left without progress this long is abandoned (SPEC §12.1). */
export const ROTATION_STALL_MS = 24 * 3_600_000;

/** Whether a rotation is still carried forward (delivered ones only wait for their overlap). */
export function inProgress(rotation: RotationJournal | null): boolean {
  return rotation !== null && rotation.state !== 'retired' && rotation.state !== 'abandoned';
}

/** Stopped before delivery finished: its key died with the process that made it. */
export function unfinished(rotation: RotationJournal | null): boolean {
  return rotation !== null && rotation.certificatePem === undefined && (rotation.state === 'planned' || rotation.state === 'uploaded' || rotation.state === 'verified');
}

/** Whether any target may hold the rotation's bundle (a write was started), so its certificate must outlive the overlap. */
export function heldByATarget(rotation: RotationJournal): boolean {
  return rotation.targets.length > 0;
}

export function stalled(rotation: RotationJournal, now: Date): boolean {
  const at = Date.parse(rotation.updatedAt);
  return !Number.isNaN(at) && now.getTime() - at >= ROTATION_STALL_MS;
}

/**
 * The record with every retirement that knows when it was superseded due after the declared overlap
 * (SPEC §11 `overlap`, §12.4): a shorter overlap in the file retires sooner, a longer one later. The same
 * record (the same objects) when nothing moves, so a run where nothing changed writes the same file.
 * `overlapMs` null: the mapping declares no rotation, so no overlap to follow; the recorded instants stand.
 */
export function withDeclaredOverlap(record: MappingRecord, overlapMs: number | null): MappingRecord {
  if (overlapMs === null) return record;
  const previous = record.previous.map((item) => {
    const due = (item.supersededAt === undefined ? Number.NaN : Date.parse(item.supersededAt)) + overlapMs;
    // Beyond what a Date holds (a hand-edited instant), the recorded retireAfter stands, as when none was recorded.
    if (!(Math.abs(due) <= LAST_INSTANT_MS) || Date.parse(item.retireAfter) === due) return item;
    return { ...item, retireAfter: new Date(due).toISOString() };
  });
  return previous.some((item, index) => item !== record.previous[index]) ? { ...record, previous } : record;
}

/** The furthest instant a Date holds, either side of the epoch (ECMAScript's time range). */
const LAST_INSTANT_MS = 8.64e15;

/**
 * A delivered rotation that an explicit `--rotate` may take over: its consumers hold the new bundle and
 * only its overlap remains, so a new rotation can start at once and replace its certificate too.
 */
export function takeoverable(rotation: RotationJournal | null): rotation is RotationJournal {
  return rotation !== null && rotation.state === 'delivered' && !onboarding(rotation);
}

/**
 * Retirements whose overlap has passed. A certificate that a rotation not yet delivered replaces is never
 * due: a target may hold it (an earlier rotation's bundle), and the overlap counts from its successor's delivery.
 */
export function dueRetirements(record: MappingRecord, now: Date): PendingRetirement[] {
  const awaitingSuccessor = new Set(unfinished(record.rotation) ? record.rotation?.replaces : []);
  return record.previous.filter((item) => {
    if (awaitingSuccessor.has(item.certificateId)) return false;
    const at = Date.parse(item.retireAfter);
    return Number.isNaN(at) || at <= now.getTime();
  });
}
