import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../../src/domain/plan.js';
import { planChanges } from '../../../src/domain/plan-changes.js';
import { DAY_MS, NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from '../builders.js';

/**
 * Issue 18: a plan writes each distinct rotation-due and unused sentence once and hands the same
 * string to every token it fits. Whatever tokens share a plan, each finding's sentence must still say
 * that token's own numbers and the setting its limit comes from.
 */

const POLICY_MAX_AGE_DAYS = 90;

type EntryKind = 'own-60' | 'own-90' | 'policy' | 'none';

interface World {
  readonly ageDays: number;
  readonly lastUse: { readonly days: number; readonly seconds: number } | null;
  readonly entry: EntryKind;
}

const tokenArb: fc.Arbitrary<World> = fc.record({
  ageDays: fc.integer({ min: 0, max: 200 }),
  // Seconds into the day, so two logins on one date can be different whole days ago.
  lastUse: fc.option(fc.record({ days: fc.integer({ min: 0, max: 200 }), seconds: fc.integer({ min: 0, max: 86_399 }) }), { nil: null }),
  // Declared with its own maxAge (some equal to the policy's), declared under the policy's, or unmanaged.
  entry: fc.constantFrom<EntryKind>('own-60', 'own-90', 'policy', 'none'),
});

describe('the sentences of rotation-due and unused findings', () => {
  it('say each token’s own age, idle days, login date, limit and the setting the limit comes from', () => {
    fc.assert(
      fc.property(fc.array(tokenArb, { minLength: 1, maxLength: 40 }), fc.constantFrom(30, 45), (worlds, unusedForDays) => {
        const tokens = worlds.map((world, index) => observedToken({ id: String(index + 1), name: `Token ${index + 1}`, createdAt: daysAgo(world.ageDays) }));
        const lastUse = Object.fromEntries(worlds.flatMap((world, index) => world.lastUse === null ? [] : [[`Token ${index + 1}`, loginAt(world.lastUse.days, world.lastUse.seconds)]]));
        const entries = worlds.flatMap((world, index) => world.entry === 'none' ? [] : [desiredToken({ id: String(index + 1), maxAgeMs: ownMaxAge(world.entry) })]);
        const desired = desiredState(entries, { unmanaged: 'report', maxAgeMs: POLICY_MAX_AGE_DAYS * DAY_MS, unusedForMs: unusedForDays * DAY_MS });
        const plan = planChanges(desired, observation(tokens, lastUse), history(), NOW, { allowOverLimit: true });

        for (const finding of plan.findings) {
          const world = worlds[Number(finding.subject.id) - 1];
          if (world === undefined) throw new Error(`A finding about an unknown token ${finding.subject.id}.`);
          expect(finding.message).toBe(expectedSentence(finding, world, unusedForDays));
        }
        expect(plan.findings.filter((finding) => finding.kind === 'rotation-due')).toHaveLength(worlds.filter((world) => world.ageDays > limitDays(world.entry)).length);
      }),
      { numRuns: 200 },
    );
  });
});

function ownMaxAge(entry: Exclude<EntryKind, 'none'>): number | null {
  switch (entry) {
    case 'own-60':
      return 60 * DAY_MS;
    case 'own-90':
      return 90 * DAY_MS;
    case 'policy':
      return null;
  }
}

function limitDays(entry: EntryKind): number {
  return entry === 'own-60' ? 60 : POLICY_MAX_AGE_DAYS;
}

function loginAt(days: number, seconds: number): string {
  return new Date(NOW.getTime() - days * DAY_MS - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The sentence written out for this one token alone, from its own facts. */
function expectedSentence(finding: Finding, world: World, unusedForDays: number): string {
  if (finding.kind === 'rotation-due') {
    const setting = world.entry === 'own-60' || world.entry === 'own-90' ? 'its entry’s maxAge' : 'policy.maxAge';
    return `This token is ${world.ageDays} days old, past the rotation limit of ${limitDays(world.entry)}d (${setting}); create a new token, move the integration to it, then revoke this one.`;
  }
  if (finding.kind !== 'unused') return finding.message;
  if (world.lastUse === null) {
    return `This token has no successful login on record and was created ${world.ageDays} days ago, longer than policy.unusedFor (${unusedForDays}d); inactivate or revoke it if nothing uses it.`;
  }
  const at = loginAt(world.lastUse.days, world.lastUse.seconds);
  const idleDays = Math.floor((NOW.getTime() - Date.parse(at)) / DAY_MS);
  return `This token’s last successful login was ${idleDays} days ago (${at.slice(0, 10)}), longer than policy.unusedFor (${unusedForDays}d); inactivate or revoke it if nothing uses it any more.`;
}
