import type { Change } from './plan.js';
import { blockedLabel, viaLabel } from './plan-wording.js';
import { keyOf, type Subject } from './subject.js';

/**
 * How a saved plan differs from the plan made now (`apply --plan`), in what a reviewer approved:
 * which subject, which action, from and to what, by whom, and whether it is blocked. The counts alone
 * can be equal while the changes are not, so the differences are named.
 */

/** What decides whether a saved change is still the one reviewed. */
export function changeSignature(change: Change): string {
  return JSON.stringify([keyOf(change.subject), change.action, change.from, change.to, change.via, change.blocked]);
}

/** How many differences are named before "and N more". */
const NAMED = 3;

/** Phrases such as "revoke token 102 is no longer planned"; empty when the plans agree. */
export function planDifferences(saved: readonly Change[], fresh: readonly Change[]): string[] {
  const identity = (change: Change): string => JSON.stringify([keyOf(change.subject), change.subject.name, change.action]);
  const savedBy = new Map(saved.map((change) => [identity(change), change]));
  const freshBy = new Map(fresh.map((change) => [identity(change), change]));
  const phrases: string[] = [];
  for (const [key, before] of savedBy) {
    const now = freshBy.get(key);
    if (now === undefined) phrases.push(`${describe(before)} is no longer planned`);
    else if (changeSignature(now) !== changeSignature(before)) phrases.push(`${describe(now)} is now ${standing(now)} (it was ${standing(before)})`);
  }
  for (const [key, now] of freshBy) if (!savedBy.has(key)) phrases.push(`${describe(now)} is now planned (${standing(now)})`);
  return phrases;
}

/** The differences as one clause for a sentence: the first few named, the rest counted. */
export function describeDifferences(phrases: readonly string[]): string {
  const named = phrases.slice(0, NAMED).join('; ');
  return phrases.length > NAMED ? `${named}; and ${phrases.length - NAMED} more` : named;
}

function describe(change: Change): string {
  return `${change.action} ${subjectLabel(change.subject)}`;
}

function subjectLabel(subject: Subject): string {
  switch (subject.kind) {
    case 'tba-token':
      return subject.id === null ? `token ${JSON.stringify(subject.name ?? '')}` : `token ${subject.id}`;
    case 'm2m-certificate':
      return subject.id === null ? `mapping ${subject.name}` : `certificate ${subject.id} of mapping ${subject.name}`;
  }
}

function standing(change: Change): string {
  const route = `${change.from} → ${change.to}, via ${viaLabel(change.via)}`;
  return change.blocked === null ? route : `${route}, ${blockedLabel(change.blocked, change.subject.kind)}`;
}
