import { describe, expect, it } from 'vitest';
import type { DesiredMapping, RotationPolicy } from '../../src/domain/desired.js';
import type { ObservedCertificate } from '../../src/domain/kinds/m2m-certificate/certificate.js';
import { EMPTY_MAPPING_RECORD, type MappingRecord, type RotationJournal } from '../../src/domain/kinds/m2m-certificate/rotation-journal.js';
import type { StatusFile } from '../../src/domain/status.js';
import type { BundleDelivery, CertificateDirectory, ChangeExecutor, StatusRecord } from '../../src/ports.js';
import { JournalBook } from '../../src/rotation/journal-book.js';
import { rotateCertificate } from '../../src/rotation/rotate-certificate.js';
import { generateCertificate } from '../../src/secrets/certificate-generator.js';
import { m2mCredentials } from '../../src/secrets/credentials-bundle.js';
import { TargetUntouched } from '../../src/support/errors.js';

/**
 * SPEC §12.1: `--rotate` taking over a delivered rotation that waits for its overlap, step by step over
 * in-memory ports (the real key generator): the switch is journaled before NetSuite is asked anything,
 * the delivered certificate and the ones still waiting are replaced, and their overlap starts again at
 * the new delivery. End to end against the emulator: test/commands/rotation-takeover.test.ts.
 */

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-20T12:00:00.000Z');
const at = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString();

const policy = (overlapMs: number): RotationPolicy => ({ algorithm: 'ec-p256', validityMs: 365 * DAY_MS, renewBeforeMs: 90 * DAY_MS, overlapMs });
const entry = (overlapMs: number): DesiredMapping & { rotation: RotationPolicy } => ({
  key: '/certificates/0', mapping: 'expense-sync', clientId: 'client-1', entity: '1651', role: '1073', state: 'active', owner: null, protect: false,
  credentials: { status: 'resolved' }, bundleCertificateId: 'cert-b', bundleValidUntil: at(364), isOperator: false,
  rotation: policy(overlapMs), deliver: [{ kind: 'file', path: 'secrets/expense.json', source: null }], source: null,
});

const delivered: RotationJournal = {
  id: 'expense-sync@1', state: 'delivered', certificateId: 'cert-b', replaces: ['cert-a'], startedAt: at(-1), updatedAt: at(-1),
  targets: [{ target: 'file:secrets/expense.json', state: 'written', at: at(-1) }],
};
const waiting: MappingRecord = { ...EMPTY_MAPPING_RECORD, rotation: delivered, previous: [{ certificateId: 'cert-a', retireAfter: at(6), supersededAt: at(-1) }] };

/** What happened, in order: journal writes (with the record they wrote) and calls to NetSuite and the store. */
type Event = { readonly kind: 'write'; readonly record: MappingRecord } | { readonly kind: 'upload' | 'revoke' | 'sign-in' | 'deliver' | 'list'; readonly id?: string };

const revokedIds = (events: readonly Event[]): (string | undefined)[] => events.flatMap((event) => (event.kind === 'revoke' ? [event.id] : []));

async function takeOver(overlapMs: number, record: MappingRecord = waiting, refuse: Error | null = null): Promise<{ events: Event[]; outcome: Awaited<ReturnType<typeof rotateCertificate>>; last: MappingRecord }> {
  const events: Event[] = [];
  const listed: ObservedCertificate[] = ['cert-a', 'cert-b'].map((certificateId) => ({ certificateId, algorithm: 'EC', validFrom: at(-30), validUntil: at(300), created: at(-30), revoked: false, application: 'App', entity: '1651', role: '1073' }));
  const certificates: CertificateDirectory = {
    observe: () => Promise.resolve([]),
    list: () => {
      events.push({ kind: 'list' });
      return Promise.resolve(listed);
    },
    signIn: () => {
      events.push({ kind: 'sign-in' });
      return Promise.resolve({ role: '1073', entity: '1651' });
    },
  };
  const executor: ChangeExecutor = {
    revokeToken: () => Promise.reject(new Error('not a token')),
    revokeCertificate: (_credentials, certificateId) => {
      events.push({ kind: 'revoke', id: certificateId });
      return Promise.resolve();
    },
    uploadCertificate: () => {
      events.push({ kind: 'upload' });
      return Promise.resolve(null);
    },
  };
  const delivery: BundleDelivery = {
    preflight: () => Promise.resolve(),
    checkNotCommitted: () => Promise.resolve(),
    holdsValue: () => Promise.resolve(false),
    deliver: () => {
      events.push({ kind: 'deliver' });
      return refuse === null ? Promise.resolve() : Promise.reject(refuse);
    },
  };
  const status: StatusRecord = {
    location: 'memory',
    read: () => Promise.resolve(null),
    write: (file: StatusFile) => {
      const row = file.certificates?.find((item) => item.mapping === 'expense-sync');
      events.push({ kind: 'write', record: { rotation: row?.rotation ?? null, previous: row?.previous ?? [], lastRotation: row?.lastRotation ?? null } });
      return Promise.resolve();
    },
  };
  const clock = { now: (): Date => NOW };
  const mapping = entry(overlapMs);
  const journal = new JournalBook({ base: null, records: new Map([['expense-sync', record]]), status, account: '1234567', mappings: [mapping], clock });
  const current = await generateCertificate({ algorithm: 'ec-p256', commonName: 'current', validityMs: 365 * DAY_MS, now: NOW });
  const credentials = m2mCredentials({ clientId: 'client-1', certificateId: 'cert-b', privateKey: current.privateKey.reveal(), algorithm: current.algorithm, validUntil: current.validUntil }, 'the test bundle');
  const outcome = await rotateCertificate(
    { certificates, executor, factory: { generate: generateCertificate }, delivery, journal, clock, signal: new AbortController().signal, mask: () => undefined },
    { account: '1234567', entry: mapping, credentials, replaces: [] },
  );
  return { events, outcome, last: journal.get('expense-sync') };
}

describe('rotateCertificate taking over a delivered rotation (--rotate)', () => {
  it('journals the new rotation, replacing the delivered certificate and the one still waiting, before anything is uploaded', async () => {
    const { events, outcome } = await takeOver(7 * DAY_MS);
    expect(outcome.failure).toBeNull();
    expect(events.map((event) => event.kind)).toEqual(['write', 'upload', 'write', 'sign-in', 'write', 'write', 'deliver', 'write', 'write']);
    const planned = events[0]?.kind === 'write' ? events[0].record : null;
    expect(planned?.rotation).toMatchObject({ state: 'planned', replaces: ['cert-b', 'cert-a'], targets: [] });
    expect(planned?.rotation?.certificateId).not.toBe('cert-b');
    // Nothing moves before delivery: the waiting certificate keeps its time, the delivered one is not yet superseded.
    expect(planned?.previous).toEqual(waiting.previous);
  });

  it('starts the overlap of every certificate it replaces again at its delivery, recording when', async () => {
    const { outcome, last, events } = await takeOver(7 * DAY_MS);
    expect(last.rotation).toMatchObject({ state: 'delivered', certificateId: outcome.certificate?.certificateId, replaces: ['cert-b', 'cert-a'] });
    expect(last.previous).toEqual([
      { certificateId: 'cert-a', retireAfter: at(7), supersededAt: NOW.toISOString() },
      { certificateId: 'cert-b', retireAfter: at(7), supersededAt: NOW.toISOString() },
    ]);
    expect(revokedIds(events)).toEqual([]);
    expect(outcome.note).toBe('--rotate took over the rotation delivered 2026-11-19 (certificate cert-b), which was waiting for its overlap: its certificate and the one still waiting for its overlap are replaced by the new certificate and retired after the overlap (1w) from this delivery.');
  });

  it('with overlap 0d revokes the delivered certificate in the same run, after delivery', async () => {
    // With 0d in the file the waiting one is due already (superseded plus 0d), so the plan's own retire
    // change revokes it in this run; the take-over replaces only what still waits.
    const { events, outcome, last } = await takeOver(0);
    const kinds = events.map((event) => event.kind);
    expect(kinds.indexOf('revoke')).toBeGreaterThan(kinds.lastIndexOf('deliver'));
    expect(revokedIds(events)).toEqual(['cert-b']);
    expect(outcome.revoked).toEqual(['cert-b']);
    expect(last.rotation?.replaces).toEqual(['cert-b']);
    expect(outcome.note).toBe('--rotate took over the rotation delivered 2026-11-19 (certificate cert-b), which was waiting for its overlap: its certificate is replaced by the new certificate and retired in this run, once the new bundle is delivered.');
  });

  it('leaves a retirement already due out of the take-over, so its time is not pushed back', async () => {
    const due: MappingRecord = { ...waiting, previous: [{ certificateId: 'cert-a', retireAfter: at(-1), supersededAt: at(-8) }] };
    const { last } = await takeOver(7 * DAY_MS, due);
    expect(last.rotation?.replaces).toEqual(['cert-b']);
    expect(last.previous).toEqual([
      { certificateId: 'cert-a', retireAfter: at(-1), supersededAt: at(-8) },
      { certificateId: 'cert-b', retireAfter: at(7), supersededAt: NOW.toISOString() },
    ]);
  });
});

describe('JournalBook', () => {
  it('follows the declared overlap in the records it starts from and in its first write', async () => {
    const writes: StatusFile[] = [];
    const status: StatusRecord = { location: 'memory', read: () => Promise.resolve(null), write: (file) => { writes.push(file); return Promise.resolve(); } };
    const book = new JournalBook({ base: null, records: new Map([['expense-sync', waiting]]), status, account: '1234567', mappings: [entry(2 * DAY_MS)], clock: { now: () => NOW } });
    expect(book.get('expense-sync').previous).toEqual([{ certificateId: 'cert-a', retireAfter: at(1), supersededAt: at(-1) }]);
    const unchanged = new JournalBook({ base: null, records: new Map([['expense-sync', waiting]]), status, account: '1234567', mappings: [entry(7 * DAY_MS)], clock: { now: () => NOW } });
    expect(unchanged.get('expense-sync')).toBe(waiting);
    await book.record('expense-sync', book.get('expense-sync'));
    expect(writes[0]?.certificates?.[0]?.previous).toEqual([{ certificateId: 'cert-a', retireAfter: at(1), supersededAt: at(-1) }]);
  });
});

describe('rotateCertificate when a delivery leaves its target as it was', () => {
  const untouched = new TargetUntouched('Could not write file:secrets/expense.json (ENAMETOOLONG).');

  it('revokes the new certificate at once and leaves nothing to resume, when no earlier rotation waits on this one', async () => {
    const { events, outcome, last } = await takeOver(7 * DAY_MS, EMPTY_MAPPING_RECORD, untouched);
    expect(outcome.failureKind).toBe('delivery');
    expect(outcome.revoked).toHaveLength(1);
    expect(revokedIds(events)).toEqual(outcome.revoked);
    expect(last.rotation).toBeNull();
    expect(last.previous).toEqual([]);
  });

  it('keeps the journal when it carried an earlier rotation over: the certificates that one left waiting stay protected', async () => {
    const { events, outcome, last } = await takeOver(7 * DAY_MS, waiting, untouched);
    expect(outcome.revoked).toHaveLength(1);
    expect(revokedIds(events)).toEqual(outcome.revoked);
    // Unfinished, held by no target: the next run finds its certificate revoked and carries cert-b and cert-a on.
    expect(last.rotation).toMatchObject({ replaces: ['cert-b', 'cert-a'], targets: [] });
    expect(last.rotation?.state).not.toBe('delivered');
    expect(last.previous).toEqual(waiting.previous);
  });

  it('keeps the new certificate for the overlap when the failure may have reached the target', async () => {
    const { events, outcome, last } = await takeOver(7 * DAY_MS, EMPTY_MAPPING_RECORD, new Error('The connection closed before the whole answer arrived.'));
    expect(outcome.failureKind).toBe('delivery');
    expect(revokedIds(events)).toEqual([]);
    expect(last.rotation?.targets).toMatchObject([{ target: 'file:secrets/expense.json', state: 'writing' }]);
  });
});
