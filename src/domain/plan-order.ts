import { CHANGE_ACTIONS, FINDING_KINDS } from './plan.js';
import type { Change, Finding } from './plan.js';
import { SUBJECT_KINDS, type Subject } from './subject.js';

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
  return inPlanOrder(changes, (change) => ACTION_RANK[change.action]);
}

/** Findings in plan order: by subject kind and id, then finding kind, then name and message (a total order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return inPlanOrder(findings, (finding) => FINDING_RANK[finding.kind]);
}

/** Plan order of two findings: negative when `a` comes first, 0 when the order does not tell them apart. */
export function compareFindings(a: Finding, b: Finding): number {
  return planOrder(a, b, FINDING_RANK[a.kind], FINDING_RANK[b.kind]);
}

/**
 * Parts each in plan order (one per kind), joined into one list in it: only where two parts meet is
 * compared (issue 18: checking 40,000 findings one by one was a fifth of the planning left after the
 * last page). Sorted after all if a part does not follow the one before it.
 */
export function joinInPlanOrder(parts: readonly (readonly Finding[])[]): Finding[] {
  let last: Finding | undefined;
  for (const part of parts) {
    const first = part[0];
    if (first === undefined) continue;
    if (last !== undefined && compareFindings(last, first) > 0) return sortFindings(parts.flat());
    last = part[part.length - 1];
  }
  return ([] as Finding[]).concat(...parts);
}

/**
 * Findings gathered in plan order: runs whose order was checked beforehand (only their first finding
 * is compared with what came before) and single findings (each compared). `inPlanOrder()` sorts them
 * only if something came out of order.
 */
export class FindingsInPlanOrder {
  /** Runs kept as they are and joined once at the end (one native concat, not a push per finding). */
  readonly #runs: (readonly Finding[])[] = [];
  #singles: Finding[] = [];
  #last: Finding | undefined;
  #ordered = true;

  add(finding: Finding): void {
    this.#follows(finding);
    this.#singles.push(finding);
    this.#last = finding;
  }

  /** Adds findings already known to be in plan order among themselves. */
  addRun(run: readonly Finding[]): void {
    const first = run[0];
    if (first === undefined) return;
    this.#follows(first);
    if (this.#singles.length > 0) {
      this.#runs.push(this.#singles);
      this.#singles = [];
    }
    this.#runs.push(run);
    this.#last = run[run.length - 1];
  }

  inPlanOrder(): Finding[] {
    const all = ([] as Finding[]).concat(...this.#runs, this.#singles);
    return this.#ordered ? all : sortFindings(all);
  }

  #follows(finding: Finding): void {
    if (this.#ordered && this.#last !== undefined && compareFindings(this.#last, finding) > 0) this.#ordered = false;
  }
}

/** What plan order looks at besides an item's own rank (its action, or its finding kind). */
interface PlanItem {
  readonly subject: Subject;
  readonly message: string;
}

/**
 * `items` in plan order. Planners emit them in it when NetSuite listed the tokens by id, as it does:
 * one pass confirms it, without building a key per item (issue 18: the keys were most of sorting
 * 40,000 findings); otherwise they are sorted.
 */
function inPlanOrder<T extends PlanItem>(items: readonly T[], rank: (item: T) => number): T[] {
  const compare = (a: T, b: T): number => planOrder(a, b, rank(a), rank(b));
  let ordered = true;
  for (let index = 1; index < items.length && ordered; index += 1) ordered = compare(items[index - 1] as T, items[index] as T) <= 0;
  if (ordered) return [...items];
  return sortByKey(items, (item) => ({ kind: KIND_RANK[item.subject.kind], id: item.subject.id, rank: rank(item), name: item.subject.name, message: item.message }));
}

function planOrder(a: PlanItem, b: PlanItem, rankA: number, rankB: number): number {
  return KIND_RANK[a.subject.kind] - KIND_RANK[b.subject.kind]
    || compareIds(a.subject.id, b.subject.id)
    || rankA - rankB
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
