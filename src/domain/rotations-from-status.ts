import type { RotationJournal } from './kinds/m2m-certificate/rotation-journal.js';
import type { RotationResult } from './report.js';
import type { StatusCertificate, StatusMapping } from './status.js';

/**
 * SPEC §12.4: rotations an earlier run delivered, as the status file records them, for the Rotations
 * section of a run that did not carry them itself — still waiting for the overlap (`delivered`), or
 * completed by this run's retirement (`retired`). Reviewers see a rotation from delivery until its old
 * certificate is revoked, whatever else the run did.
 */

/** The parts of a status file row this reads (the previous run's, and the one this run writes). */
export type RotationRow = Pick<StatusMapping, 'mapping' | 'current' | 'previous' | 'rotation' | 'lastRotation'>;

/** A certificate's algorithm and expiry as NetSuite lists it (the journal records neither). */
export type CertificateDetails = (mapping: string, certificateId: string) => Pick<StatusCertificate, 'algorithm' | 'validUntil'> | null;

/**
 * What the mapping's rotations sign with now (its declared `rotation.algorithm`, as a JWS name): the
 * rotations this run carried show that name, and NetSuite lists only EC or RSA. Null without a rotation.
 * A rotation made before the declared algorithm changed shows the new one: the journal records none.
 */
export type SigningAlgorithmOf = (mapping: string) => string | null;

/**
 * `before`: the rows of the status file the run started from; `after`: the rows it writes; `carried`:
 * the mappings this run rotated itself (already in `report.rotations`, so left out here); `details`:
 * the verifying observation's certificates — without it, only a new certificate the status file
 * calls current has its algorithm and expiry shown.
 */
export function rotationsFromStatus(
  before: readonly Pick<StatusMapping, 'mapping' | 'rotation'>[],
  after: readonly RotationRow[],
  carried: ReadonlySet<string>,
  details: CertificateDetails = () => null,
  signingAlgorithm: SigningAlgorithmOf = () => null,
): RotationResult[] {
  const earlier = new Map(before.map((row) => [row.mapping, row.rotation]));
  const results: RotationResult[] = [];
  for (const row of after) {
    if (carried.has(row.mapping)) continue;
    const { rotation } = row;
    if (rotation?.state === 'delivered') {
      const delivered = fromJournal(details, signingAlgorithm, row, rotation, rotation.targets.filter((target) => target.state === 'written').map((target) => target.target), 'delivered');
      // An onboarding is delivered by the run that makes its key, outside report.rotations: from an earlier run only if that run's status file has it delivered.
      results.push(rotation.certificatePem === undefined ? delivered : { ...delivered, fromEarlierRun: earlier.get(row.mapping)?.state === 'delivered', onboarding: true });
      continue;
    }
    // Completed since the previous run: its last superseded certificate was retired by this one.
    const previous = earlier.get(row.mapping);
    if (rotation === null && previous?.state === 'delivered' && row.lastRotation?.certificateId === previous.certificateId) {
      results.push(fromJournal(details, signingAlgorithm, row, previous, previous.targets.filter((target) => target.state === 'written').map((target) => target.target), 'retired'));
    }
  }
  return results;
}

function fromJournal(details: CertificateDetails, signingAlgorithm: SigningAlgorithmOf, row: RotationRow, journal: RotationJournal, delivered: readonly string[], state: 'delivered' | 'retired'): RotationResult {
  const { certificateId, replaces } = journal;
  const current = details(row.mapping, certificateId) ?? (row.current?.certificateId === certificateId ? row.current : null);
  return {
    mapping: row.mapping,
    replaces: [...replaces],
    certificateId,
    algorithm: signingAlgorithm(row.mapping) ?? current?.algorithm ?? null,
    validUntil: current?.validUntil ?? null,
    delivered: [...delivered],
    state,
    retireAfter: state === 'delivered' ? latestRetirement(row, replaces) : null,
    detail: null,
    failure: null,
    fromEarlierRun: true,
  };
}

/** When the last certificate the rotation replaces may be retired: the overlap ends for all of them then. */
function latestRetirement(row: RotationRow, replaces: readonly string[]): string | null {
  let latest: { at: number; text: string } | null = null;
  for (const item of row.previous) {
    const at = Date.parse(item.retireAfter);
    if (!replaces.includes(item.certificateId) || Number.isNaN(at)) continue;
    if (latest === null || at > latest.at) latest = { at, text: item.retireAfter };
  }
  return latest?.text ?? null;
}
