import { describe, expect, it } from 'vitest';
import type { DesiredMapping, RotationPolicy } from '../../src/domain/desired.js';
import { EMPTY_MAPPING_RECORD, type MappingRecord, type RotationJournal } from '../../src/domain/kinds/m2m-certificate/rotation-journal.js';
import type { BundleDelivery, StatusRecord } from '../../src/ports.js';
import { JournalBook } from '../../src/rotation/journal-book.js';
import { prepareOnboarding } from '../../src/rotation/onboard-certificate.js';
import { generateCertificate } from '../../src/secrets/certificate-generator.js';
import { TargetUntouched } from '../../src/support/errors.js';

/**
 * SPEC §11 onboarding over in-memory ports (the real key generator): what its targets may hold is never
 * forgotten between attempts, so a first key is never written over a consumer's bundle, and an attempt
 * started again is never taken for a mapping in use. End to end: test/commands/rotation.test.ts.
 */

const NOW = new Date('2026-11-20T12:00:00.000Z');
const TARGET_A = 'file:secrets/a.json';
const TARGET_B = 'file:secrets/b.json';

const entry: DesiredMapping & { rotation: RotationPolicy } = {
  key: '/certificates/0', mapping: 'expense-onboard', clientId: 'client-1', entity: '309', role: '1008', state: 'active', owner: null, protect: false,
  credentials: { status: 'unresolved', missing: ['EXPENSE_ONBOARD_M2M'] }, bundleCertificateId: null, bundleValidUntil: null, isOperator: false,
  rotation: { algorithm: 'ec-p256', validityMs: 365 * 86_400_000, renewBeforeMs: 90 * 86_400_000, overlapMs: 0 },
  deliver: [{ kind: 'file', path: 'secrets/a.json', source: null }, { kind: 'file', path: 'secrets/b.json', source: null }], source: null,
};

/** Targets by label: whether each holds a value, and whether its next write leaves it as it was. */
function targets(holding: Set<string>, untouched: Set<string>): BundleDelivery {
  const label = (target: DesiredMapping['deliver'][number]): string => (target.kind === 'file' ? `file:${target.path}` : target.kind);
  return {
    preflight: () => Promise.resolve(),
    checkNotCommitted: () => Promise.resolve(),
    holdsValue: (target) => Promise.resolve(holding.has(label(target))),
    deliver: (target) => {
      if (untouched.has(label(target))) return Promise.reject(new TargetUntouched(`Could not write ${label(target)}.`));
      holding.add(label(target));
      return Promise.resolve();
    },
  };
}

async function attempt(record: MappingRecord, delivery: BundleDelivery, mapping = entry): Promise<{ failure: string | null; rotation: RotationJournal | null }> {
  const status: StatusRecord = { location: 'memory', read: () => Promise.resolve(null), write: () => Promise.resolve() };
  const clock = { now: (): Date => NOW };
  const journal = new JournalBook({ base: null, records: new Map([[mapping.mapping, record]]), status, account: '1234567', mappings: [mapping], clock });
  const outcome = await prepareOnboarding({ factory: { generate: generateCertificate }, delivery, journal, clock, signal: new AbortController().signal, mask: () => undefined }, { account: '1234567', entry: mapping });
  return { failure: outcome.failure, rotation: journal.get(entry.mapping).rotation };
}

describe('onboarding started again', () => {
  it('keeps the targets an earlier attempt wrote as its own, though this attempt stops before writing them again', async () => {
    const holding = new Set<string>();
    // The first attempt writes A, then B is left as it was.
    const first = await attempt(EMPTY_MAPPING_RECORD, targets(holding, new Set([TARGET_B])));
    expect(first.failure).toContain(`Could not write ${TARGET_B}`);
    expect(first.rotation?.targets).toMatchObject([{ target: TARGET_A, state: 'written' }]);

    // The next writes B first (the file was reordered), which again fails before A is written again.
    const reordered = { ...entry, deliver: [...entry.deliver].reverse() };
    const second = await attempt({ ...EMPTY_MAPPING_RECORD, rotation: first.rotation }, targets(holding, new Set([TARGET_B])), reordered);
    expect(second.failure).toContain(`Could not write ${TARGET_B}`);
    // A may still hold the first attempt's bundle: it stays this onboarding's.
    expect(second.rotation?.targets).toMatchObject([{ target: TARGET_A, state: 'writing' }]);

    // Once B can be written, the onboarding is not taken for a mapping in use: it delivers to both.
    const third = await attempt({ ...EMPTY_MAPPING_RECORD, rotation: second.rotation }, targets(holding, new Set()));
    expect(third.failure).toBeNull();
    expect(third.rotation).toMatchObject({ state: 'delivered' });
    expect(third.rotation?.targets.map((item) => [item.target, item.state])).toEqual([[TARGET_A, 'written'], [TARGET_B, 'written']]);
  });

  it('still refuses a target that holds a value no attempt of this onboarding wrote', async () => {
    const refused = await attempt(EMPTY_MAPPING_RECORD, targets(new Set([TARGET_B]), new Set()));
    expect(refused.failure).toBe(`Not onboarded: ${TARGET_B} already holds a value, so this mapping looks in use rather than new, and a first key written there would replace what its consumers read; set EXPENSE_ONBOARD_M2M to the mapping's bundle to have it observed, or, if that value is stale, remove it and run apply again.`);
    expect(refused.rotation).toBeNull();
  });
});
