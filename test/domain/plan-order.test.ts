import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_ACTIONS, FINDING_KINDS, type Change, type Finding } from '../../src/domain/plan.js';
import { FindingsInPlanOrder, joinInPlanOrder, sortChanges, sortFindings } from '../../src/domain/plan-order.js';
import { SUBJECT_KINDS, type Subject } from '../../src/domain/subject.js';

/**
 * Plan order, spelled out independently of plan-order.ts: subject kind, then id (digit ids by value,
 * then other ids by code unit, then none), then the finding kind or action in vocabulary order, then
 * name (none last) and message. Sorting must give this order whether its input is already in it (the
 * fast path planners take) or shuffled.
 */
function idRank(id: string | null): [number, number, string] {
  if (id === null) return [2, 0, ''];
  return /^[0-9]+$/.test(id) ? [0, id.length, id] : [1, 0, id];
}

function text(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function bySubject(a: Subject, b: Subject): number {
  const [classA, lengthA, idA] = idRank(a.id);
  const [classB, lengthB, idB] = idRank(b.id);
  return SUBJECT_KINDS.indexOf(a.kind) - SUBJECT_KINDS.indexOf(b.kind) || classA - classB || lengthA - lengthB || text(idA, idB);
}

const ids = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('7a', 'abc', 'Z', '0x1'));
const names = fc.oneof(fc.constant(null), fc.constantFrom('alpha', 'beta', 'Beta', 'ü'));
const subjects = fc.record({ id: ids, name: names, certificate: fc.boolean() }).map(({ id, name, certificate }): Subject => (certificate
  ? { kind: 'm2m-certificate', id, name: name ?? 'mapping', clientId: 'c', entity: '1', role: '2', application: null }
  : { kind: 'tba-token', id, name, application: null, user: null, role: null }));
const messages = fc.constantFrom('a.', 'b.', 'c.');

const findings = fc.array(fc.record({ kind: fc.constantFrom(...FINDING_KINDS), subject: subjects, message: messages }).map((finding) => finding as Finding), { maxLength: 40 });
const changes = fc.array(fc.record({ action: fc.constantFrom(...CHANGE_ACTIONS), subject: subjects, message: messages }).map(({ action, subject, message }): Change => ({
  subject, action, from: 'active', to: 'revoked', via: 'admin', reason: 'declared', blocked: null, owner: null, message, entry: null,
})), { maxLength: 40 });

function referenceFindings(items: readonly Finding[]): Finding[] {
  return [...items].sort((a, b) => bySubject(a.subject, b.subject) || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) || text(a.subject.name, b.subject.name) || text(a.message, b.message));
}

function referenceChanges(items: readonly Change[]): Change[] {
  return [...items].sort((a, b) => bySubject(a.subject, b.subject) || CHANGE_ACTIONS.indexOf(a.action) - CHANGE_ACTIONS.indexOf(b.action) || text(a.subject.name, b.subject.name) || text(a.message, b.message));
}

/** Items that compare equal may come out in either order: compare what the order looks at. */
const findingKeys = (items: readonly Finding[]): string[] => items.map((item) => JSON.stringify([item.subject.kind, item.subject.id, item.kind, item.subject.name, item.message]));
const changeKeys = (items: readonly Change[]): string[] => items.map((item) => JSON.stringify([item.subject.kind, item.subject.id, item.action, item.subject.name, item.message]));

describe('plan order', () => {
  it('sorts findings into plan order from any order, and leaves them in it when they already are', () => {
    fc.assert(fc.property(findings, (items) => {
      const expected = findingKeys(referenceFindings(items));
      expect(findingKeys(sortFindings(items))).toEqual(expected);
      const ordered = referenceFindings(items);
      const again = sortFindings(ordered);
      expect(findingKeys(again)).toEqual(expected);
      expect(again).not.toBe(ordered);
    }), { numRuns: 300 });
  });

  it('joins runs each in plan order into one list in it, whether or not the runs follow one another', () => {
    // Each run is sorted on its own; `singles` marks the runs gathered finding by finding instead.
    const runs = fc.array(fc.record({ run: findings, single: fc.boolean() }), { maxLength: 6 });
    fc.assert(fc.property(runs, (parts) => {
      const sorted = parts.map(({ run, single }) => ({ run: referenceFindings(run), single }));
      const expected = findingKeys(referenceFindings(sorted.flatMap(({ run }) => run)));
      expect(findingKeys(joinInPlanOrder(sorted.map(({ run }) => run)))).toEqual(expected);
      const gathered = new FindingsInPlanOrder();
      for (const { run, single } of sorted) {
        if (single) for (const finding of run) gathered.add(finding);
        else gathered.addRun(run);
      }
      expect(findingKeys(gathered.inPlanOrder())).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('gathers single findings out of order into plan order', () => {
    fc.assert(fc.property(findings, (items) => {
      const gathered = new FindingsInPlanOrder();
      for (const finding of items) gathered.add(finding);
      expect(findingKeys(gathered.inPlanOrder())).toEqual(findingKeys(referenceFindings(items)));
    }), { numRuns: 200 });
  });

  it('sorts changes into plan order from any order, and leaves them in it when they already are', () => {
    fc.assert(fc.property(changes, (items) => {
      const expected = changeKeys(referenceChanges(items));
      expect(changeKeys(sortChanges(items))).toEqual(expected);
      expect(changeKeys(sortChanges(referenceChanges(items)))).toEqual(expected);
    }), { numRuns: 300 });
  });
});
