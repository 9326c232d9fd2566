import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING_RECORD, dueRetirements, takeoverable, withDeclaredOverlap, type MappingRecord, type RotationJournal } from '../../../../src/domain/kinds/m2m-certificate/rotation-journal.js';

/** SPEC §12.1 and §12.4: the journal's rules for a delivered rotation taken over and for a changed overlap. */

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-20T12:00:00.000Z');
const at = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString();

const delivered: RotationJournal = { id: 'm@1', state: 'delivered', certificateId: 'cert-b', replaces: ['cert-a'], startedAt: at(-1), updatedAt: at(-1), targets: [{ target: 'file:b.json', state: 'written', at: at(-1) }] };

describe('withDeclaredOverlap', () => {
  const record: MappingRecord = {
    ...EMPTY_MAPPING_RECORD,
    rotation: delivered,
    previous: [
      { certificateId: 'cert-a', retireAfter: at(6), supersededAt: at(-1) },
      // Written before supersededAt was recorded: its instant stands, whatever the overlap.
      { certificateId: 'cert-legacy', retireAfter: at(2) },
      // An orphan no target held: due at once, never moved.
      { certificateId: 'cert-orphan', retireAfter: at(-1) },
    ],
  };

  it('moves retireAfter to supersededAt plus the declared overlap, sooner or later', () => {
    expect(withDeclaredOverlap(record, 2 * DAY_MS).previous).toEqual([
      { certificateId: 'cert-a', retireAfter: at(1), supersededAt: at(-1) },
      record.previous[1],
      record.previous[2],
    ]);
    expect(withDeclaredOverlap(record, 30 * DAY_MS).previous[0]).toEqual({ certificateId: 'cert-a', retireAfter: at(29), supersededAt: at(-1) });
    expect(withDeclaredOverlap(record, 0).previous[0]?.retireAfter).toBe(at(-1));
    expect(dueRetirements(withDeclaredOverlap(record, 0), NOW).map((item) => item.certificateId)).toEqual(['cert-a', 'cert-orphan']);
  });

  it('leaves an item whose overlap would end beyond what a Date holds as it was recorded, instead of failing', () => {
    const far: MappingRecord = { ...EMPTY_MAPPING_RECORD, previous: [{ certificateId: 'cert-far', retireAfter: at(6), supersededAt: '+275760-09-13T00:00:00.000Z' }] };
    expect(withDeclaredOverlap(far, DAY_MS)).toBe(far);
    const garbled: MappingRecord = { ...EMPTY_MAPPING_RECORD, previous: [{ certificateId: 'cert-garbled', retireAfter: at(6), supersededAt: 'yesterday-ish' }] };
    expect(withDeclaredOverlap(garbled, DAY_MS)).toBe(garbled);
  });

  it('keeps the key order of a moved item, so the written file differs in that value only', () => {
    expect(Object.keys(withDeclaredOverlap(record, DAY_MS).previous[0] ?? {})).toEqual(['certificateId', 'retireAfter', 'supersededAt']);
  });

  it('returns the very same record when the overlap did not change, or the mapping declares no rotation', () => {
    expect(withDeclaredOverlap(record, 7 * DAY_MS)).toBe(record);
    expect(withDeclaredOverlap(record, null)).toBe(record);
    // The same instant written another way is not moved (the overlap is what is compared, not the text).
    const spelled = { ...record, previous: [{ certificateId: 'cert-a', retireAfter: '2026-11-26T12:00:00Z', supersededAt: at(-1) }] };
    expect(withDeclaredOverlap(spelled, 7 * DAY_MS)).toBe(spelled);
  });
});

describe('takeoverable', () => {
  it('is a delivered rotation only, never an onboarding or one still in progress', () => {
    expect(takeoverable(delivered)).toBe(true);
    expect(takeoverable(null)).toBe(false);
    for (const state of ['planned', 'uploaded', 'verified', 'retired', 'abandoned'] as const) expect(takeoverable({ ...delivered, state })).toBe(false);
    expect(takeoverable({ ...delivered, certificatePem: '-----BEGIN CERTIFICATE-----' })).toBe(false);
  });
});
