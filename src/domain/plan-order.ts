import type { Change, ChangeAction, Finding, FindingKind } from './plan.js';

/**
 * The one order plans are written in, so two runs over the same account produce the same plan text,
 * the same JSON and the same PR diff: by token id, then action or finding kind, then what is left.
 */

/** Actions in the order a person reads them: the irreversible one first. */
export const CHANGE_ACTIONS: readonly ChangeAction[] = ['revoke', 'inactivate', 'activate'];

/** Finding kinds, the ones that need a decision first. */
export const FINDING_KINDS: readonly FindingKind[] = ['missing', 'ambiguous', 'terminal', 'drift', 'unmanaged', 'rotation-due', 'unused'];

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

export function compareChanges(a: Change, b: Change): number {
  return compareIds(a.token.id, b.token.id)
    || CHANGE_ACTIONS.indexOf(a.action) - CHANGE_ACTIONS.indexOf(b.action)
    || compareText(a.token.name, b.token.name)
    || compareText(a.message, b.message);
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareIds(a.token.id, b.token.id)
    || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind)
    || compareText(a.token.name, b.token.name)
    || compareText(a.message, b.message);
}
