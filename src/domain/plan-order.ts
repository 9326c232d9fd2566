import { CHANGE_ACTIONS, FINDING_KINDS } from './plan.js';
import type { Change, Finding } from './plan.js';
import { SUBJECT_KINDS } from './subject.js';

/**
 * The one order plans are written in, so two runs over the same account produce the same plan text,
 * the same JSON and the same PR diff: by subject kind, then id, then action or finding kind, then what is left.
 */

const DIGITS = /^[0-9]+$/;

/**
 * NetSuite ids are digit strings, so `9` sorts before `10`; anything else sorts after them by code
 * unit, and a missing id (an entry that matched no single token) sorts last. A total order.
 */
export function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric && a.length !== b.length) return a.length - b.length;
  return compareText(a, b);
}

export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Changes in plan order: by kind, subject id, then action, then name and message (a total order). */
export function sortChanges(changes: readonly Change[]): Change[] {
  if (inOrder(changes, compareChanges)) return [...changes];
  return sortByKey(changes, (change) => ({ kind: KIND_RANK[change.subject.kind], id: change.subject.id, rank: ACTION_RANK[change.action], name: change.subject.name, message: change.message }));
}

/** Findings in plan order: by subject kind and id, then finding kind, then name and message (a total order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  if (inOrder(findings, compareFindings)) return [...findings];
  return sortByKey(findings, (finding) => ({ kind: KIND_RANK[finding.subject.kind], id: finding.subject.id, rank: FINDING_RANK[finding.kind], name: finding.subject.name, message: finding.message }));
}

/**
 * Planners emit their items in plan order when NetSuite listed the tokens by id, as it does: one pass
 * confirms it, without building a key per item (issue 18: the keys were most of sorting 40,000 findings).
 */
function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let index = 1; index < items.length; index += 1) {
    if (compare(items[index - 1] as T, items[index] as T) > 0) return false;
  }
  return true;
}

function compareChanges(a: Change, b: Change): number {
  return KIND_RANK[a.subject.kind] - KIND_RANK[b.subject.kind]
    || compareIds(a.subject.id, b.subject.id)
    || ACTION_RANK[a.action] - ACTION_RANK[b.action]
    || compareText(a.subject.name, b.subject.name)
    || compareText(a.message, b.message);
}

function compareFindings(a: Finding, b: Finding): number {
  return KIND_RANK[a.subject.kind] - KIND_RANK[b.subject.kind]
    || compareIds(a.subject.id, b.subject.id)
    || FINDING_RANK[a.kind] - FINDING_RANK[b.kind]
    || compareText(a.subject.name, b.subject.name)
    || compareText(a.message, b.message);
}

/** Each word's place in its vocabulary, looked up once per item rather than searched for. */
function ranks<T extends string>(vocabulary: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(vocabulary.map((word, index) => [word, index])) as Record<T, number>;
}

const KIND_RANK = ranks(SUBJECT_KINDS);
const ACTION_RANK = ranks(CHANGE_ACTIONS);
const FINDING_RANK = ranks(FINDING_KINDS);

interface OrderFields {
  readonly kind: number;
  readonly id: string | null;
  readonly rank: number;
  readonly name: string | null;
  readonly message: string;
}

interface Keyed<T> extends OrderFields {
  readonly item: T;
  /** 0: a digit id, 1: another id, 2: no id. */
  readonly idClass: number;
  readonly idLength: number;
}

/**
 * Sorting 100,000 items compares about two million pairs; the id's class is worked out once per item
 * rather than per comparison. Same order as compareIds.
 */
function sortByKey<T>(items: readonly T[], fieldsOf: (item: T) => OrderFields): T[] {
  const keyed = items.map((item): Keyed<T> => {
    const fields = fieldsOf(item);
    const idClass = fields.id === null ? 2 : DIGITS.test(fields.id) ? 0 : 1;
    return { kind: fields.kind, id: fields.id, rank: fields.rank, name: fields.name, message: fields.message, item, idClass, idLength: idClass === 0 ? (fields.id ?? '').length : 0 };
  });
  keyed.sort(compareKeyed);
  return keyed.map((entry) => entry.item);
}

function compareKeyed<T>(a: Keyed<T>, b: Keyed<T>): number {
  return a.kind - b.kind
    || a.idClass - b.idClass
    || a.idLength - b.idLength
    || compareText(a.id, b.id)
    || a.rank - b.rank
    || compareText(a.name, b.name)
    || compareText(a.message, b.message);
}
