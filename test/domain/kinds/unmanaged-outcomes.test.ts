import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UnmanagedPolicy } from '../../../src/domain/desired.js';
import type { ObservedToken, TokenState } from '../../../src/domain/kinds/tba-token/token.js';
import { UnmanagedOutcomesAhead } from '../../../src/domain/kinds/tba-token/unmanaged-outcomes.js';
import type { LastUse } from '../../../src/domain/observation.js';
import { planChanges } from '../../../src/domain/plan-changes.js';
import { NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from '../builders.js';

/**
 * Issue 18: the token directory hands pages to the planner as they arrive. Whatever the pages, their
 * order, the order of last-use pages among them, and pages heard twice (a window read again with
 * other data), the plan is the one planned from the whole observation at the end.
 */

const NAMES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'] as const;
const STATES: readonly TokenState[] = ['active', 'inactive', 'revoked'];

const tokenArb = (id: number): fc.Arbitrary<ObservedToken> =>
  fc.record({ name: fc.constantFrom(...NAMES), state: fc.constantFrom(...STATES), ageDays: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }) })
    .map(({ name, state, ageDays }) => observedToken({ id: String(id), name, state, createdAt: ageDays === null ? null : daysAgo(ageDays) }));

const worldArb = fc.integer({ min: 0, max: 24 }).chain((count) =>
  fc.record({
    tokens: fc.tuple(...Array.from({ length: count }, (_, index) => tokenArb(index + 1))),
    // Entries by id (some beyond the account), by name, or by name narrowed to a user.
    entries: fc.array(fc.oneof(
      fc.record({ id: fc.integer({ min: 1, max: count + 3 }).map(String), state: fc.constantFrom(...STATES) }),
      fc.record({ name: fc.constantFrom(...NAMES), state: fc.constantFrom(...STATES) }),
      fc.record({ name: fc.constantFrom(...NAMES), user: fc.constant('svc-user'), state: fc.constantFrom(...STATES) }),
    ), { maxLength: 4 }),
    lastUse: fc.dictionary(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 400 }).map(daysAgo)),
    /** Last uses heard before the final ones: a window read again may have held others. */
    staleLastUse: fc.dictionary(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 400 }).map(daysAgo)),
    unmanaged: fc.constantFrom<UnmanagedPolicy>('report', 'inactivate', 'ignore'),
    revokedBefore: fc.subarray(Array.from({ length: count }, (_, index) => String(index + 1))),
    pageSize: fc.integer({ min: 1, max: 6 }),
    lastUsesFirst: fc.integer({ min: 0, max: 8 }),
    hearTwice: fc.boolean(),
  }));

describe('UnmanagedOutcomesAhead', () => {
  it('gives the plan the whole observation gives, whatever the pages and their order', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const desired = desiredState(world.entries.map((entry) => desiredToken(entry)), { unmanaged: world.unmanaged, maxAgeMs: 365 * 86_400_000, unusedForMs: 90 * 86_400_000 });
        const past = history({ previous: Object.fromEntries(world.revokedBefore.map((id) => [id, { state: 'revoked' as const, desired: null, observedAt: daysAgo(30) }])) });
        const observed = observation(world.tokens, world.lastUse);
        const whole = planChanges(desired, observed, past, NOW, { allowOverLimit: true });

        const ahead = new UnmanagedOutcomesAhead(desired, past, NOW);
        if (world.hearTwice) {
          // A first read of the same rows, as other objects, with last uses that later changed.
          ahead.lastUses(usesOf(world.staleLastUse));
          ahead.tokens(world.tokens.map((token) => ({ ...token })));
        }
        const pages = pagesOf(world.tokens, world.pageSize);
        const uses = usesOf(world.lastUse);
        pages.forEach((page, index) => {
          if (index === world.lastUsesFirst) ahead.lastUses(uses);
          ahead.tokens(page);
        });
        if (world.lastUsesFirst >= pages.length) ahead.lastUses(uses);

        expect(planChanges(desired, observed, past, NOW, { allowOverLimit: true }, ahead)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('works out an unmanaged token as its page arrives, and leaves a token an entry may claim to the end', () => {
    const desired = desiredState([desiredToken({ id: '2' }), desiredToken({ name: 'Shared' })], { unmanaged: 'report', maxAgeMs: 365 * 86_400_000 });
    const ahead = new UnmanagedOutcomesAhead(desired, history(), NOW);
    const byId = observedToken({ id: '2' });
    const byName = observedToken({ id: '3', name: 'Shared' });
    const nobodys = observedToken({ id: '4', createdAt: daysAgo(400) });
    ahead.tokens([byId, byName, nobodys]);

    expect(ahead.outcomeOf(byId, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(byName, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(nobodys, new Map())?.findings.map((finding) => finding.kind)).toEqual(['unmanaged', 'rotation-due']);
  });

  it('judges unused again when the final last use is not the one known when the page arrived', () => {
    const desired = desiredState([], { unmanaged: 'report', unusedForMs: 90 * 86_400_000 });
    const ahead = new UnmanagedOutcomesAhead(desired, history(), NOW);
    const token = observedToken({ id: '9', name: 'Quiet', createdAt: daysAgo(200) });
    ahead.tokens([token]);

    expect(ahead.outcomeOf(token, new Map())?.unused?.message).toMatch(/no successful login on record/);
    expect(ahead.outcomeOf(token, new Map([['Quiet', daysAgo(120)]]))?.unused?.message).toMatch(/last successful login was 120 days ago/);
    expect(ahead.outcomeOf(token, new Map([['Quiet', daysAgo(3)]]))?.unused).toBeNull();
  });

  it('judges unused again as soon as a use of the name arrives after its token, so the end has nothing left to judge', () => {
    const desired = desiredState([], { unmanaged: 'report', unusedForMs: 90 * 86_400_000 });
    const ahead = new UnmanagedOutcomesAhead(desired, history(), NOW);
    const early = observedToken({ id: '9', name: 'Quiet', createdAt: daysAgo(200) });
    const twin = observedToken({ id: '10', name: 'Quiet', createdAt: daysAgo(150) });
    const other = observedToken({ id: '11', name: 'Other', createdAt: daysAgo(200) });
    ahead.tokens([early, twin, other]);
    const final = new Map([['Quiet', daysAgo(120)]]);
    const judgedAtTheEnd = ahead.outcomeOf(early, final);
    // Worked out from the final use at each call: a new outcome each time.
    expect(ahead.outcomeOf(early, final)).not.toBe(judgedAtTheEnd);

    ahead.lastUses([{ name: 'Quiet', at: daysAgo(120) }]);
    for (const token of [early, twin]) {
      const outcome = ahead.outcomeOf(token, final);
      // Judged when the use arrived: the end hands back that outcome as it is.
      expect(ahead.outcomeOf(token, final)).toBe(outcome);
      expect(outcome?.unused?.message).toMatch(/last successful login was 120 days ago/);
    }
    expect(ahead.outcomeOf(early, final)).toEqual(judgedAtTheEnd);
    expect(ahead.outcomeOf(other, final)?.unused?.message).toMatch(/no successful login on record/);
  });
});

function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

function usesOf(lastUse: Readonly<Record<string, string>>): LastUse[] {
  return Object.entries(lastUse).map(([name, at]) => ({ name, at }));
}
