import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CredentialAvailability, DesiredToken, UnmanagedPolicy } from '../../../src/domain/desired.js';
import type { ObservedToken, TokenState } from '../../../src/domain/kinds/tba-token/token.js';
import { TokenOutcomesAhead } from '../../../src/domain/kinds/tba-token/token-outcomes-ahead.js';
import type { LastUse } from '../../../src/domain/observation.js';
import { planChanges } from '../../../src/domain/plan-changes.js';
import { NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from '../builders.js';

/**
 * Issue 18: the token directory hands pages to the planner as they arrive. Whatever the account, the
 * file, the pages, their order, the order of last-use pages among them, pages heard twice (a window
 * read again with other data), tokens listed out of id order, a token listed twice, and rows heard again
 * in another slice, the plan is the one planned from the whole observation at the end.
 */

const NAMES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'] as const;
const USERS = ['svc-user', 'svc-other'] as const;
const STATES: readonly TokenState[] = ['active', 'inactive', 'revoked'];
const CREDENTIALS: readonly CredentialAvailability[] = [{ status: 'none' }, { status: 'resolved' }, { status: 'unresolved', missing: ['NS_TOKEN_SECRET'] }];

const tokenArb = (id: number): fc.Arbitrary<ObservedToken> =>
  fc.record({
    name: fc.constantFrom(...NAMES),
    user: fc.constantFrom(...USERS),
    state: fc.constantFrom(...STATES),
    ageDays: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
  }).map(({ name, user, state, ageDays }) => observedToken({ id: String(id), name, user, state, createdAt: ageDays === null ? null : daysAgo(ageDays) }));

/** What an entry asks besides its selector. */
const entryRestArb = fc.record({
  state: fc.constantFrom(...STATES),
  maxAgeMs: fc.option(fc.constantFrom(30, 180, 400).map((days) => days * 86_400_000), { nil: null }),
  credentials: fc.constantFrom(...CREDENTIALS),
  protect: fc.boolean(),
  isOperator: fc.boolean(),
});

const entryArb = (count: number): fc.Arbitrary<DesiredToken> =>
  fc.tuple(
    fc.oneof(
      // By id, some beyond the account; the same id may come twice (the file's rules refuse it, the plan must not care).
      { weight: 4, arbitrary: fc.record({ id: fc.integer({ min: 1, max: count + 3 }).map(String) }) },
      // By id with the name import writes beside it: the id decides.
      fc.record({ id: fc.integer({ min: 1, max: count + 3 }).map(String), name: fc.constantFrom(...NAMES) }),
      // By name, alone or narrowed to a user: ambiguous, missing, or in conflict with an entry by id.
      fc.record({ name: fc.constantFrom(...NAMES) }),
      fc.record({ name: fc.constantFrom(...NAMES), user: fc.constantFrom(...USERS) }),
      // Neither id nor name.
      fc.constant({}),
    ),
    entryRestArb,
  ).map(([selector, rest]) => desiredToken({ ...selector, ...rest }));

const previousArb = fc.record({
  state: fc.constantFrom(...STATES),
  desired: fc.option(fc.constantFrom(...STATES), { nil: null }),
  observedAt: fc.integer({ min: 1, max: 60 }).map(daysAgo),
});

const worldArb = fc.integer({ min: 0, max: 24 }).chain((count) => {
  const ids = Array.from({ length: count + 2 }, (_, index) => String(index + 1));
  return fc.record({
    tokens: fc.tuple(...Array.from({ length: count }, (_, index) => tokenArb(index + 1))),
    entries: fc.array(entryArb(count), { maxLength: 10 }),
    lastUse: fc.dictionary(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 400 }).map(daysAgo)),
    /** Last uses heard before the final ones: a window read again may have held others. */
    staleLastUse: fc.dictionary(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 400 }).map(daysAgo)),
    unmanaged: fc.constantFrom<UnmanagedPolicy>('report', 'inactivate', 'ignore'),
    unusedForMs: fc.option(fc.constant(90 * 86_400_000), { nil: null }),
    /** What the previous run recorded of some ids: revoked (resurrected), in or out of its desired state (drift). */
    previous: fc.dictionary(fc.constantFrom(...ids), previousArb),
    protectedIds: fc.subarray(ids),
    pageSize: fc.integer({ min: 1, max: 6 }),
    lastUsesFirst: fc.integer({ min: 0, max: 8 }),
    lastUsePageSize: fc.integer({ min: 1, max: 3 }),
    hearTwice: fc.boolean(),
    /** The order NetSuite listed them in, when not by id (null: by id, as it does). */
    order: fc.option(fc.shuffledSubarray(Array.from({ length: count }, (_, index) => index), { minLength: count, maxLength: count }), { nil: null }),
    /** A token listed twice, as a row that moved between two pages is (renamed meanwhile, or not): the copy's place, and whose copy. */
    repeated: fc.option(fc.record({ of: fc.nat(), at: fc.nat(), name: fc.option(fc.constantFrom(...NAMES), { nil: null }) }), { nil: null }),
    /** The same rows, the same objects, heard again in another slice: before which page, and which rows. */
    heardAgain: fc.option(fc.record({ before: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }), { nil: null }),
  });
});

describe('TokenOutcomesAhead', () => {
  it('gives the plan the whole observation gives, whatever the account, the file, the pages and their order', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const desired = desiredState(world.entries, { unmanaged: world.unmanaged, maxAgeMs: 365 * 86_400_000, unusedForMs: world.unusedForMs, maxChangesPerRun: 3 });
        const past = history({ previous: world.previous, protectedIds: world.protectedIds });
        const listed = world.order === null ? [...world.tokens] : world.order.map((index) => world.tokens[index] as ObservedToken);
        const copied = world.repeated === null ? undefined : listed[world.repeated.of % Math.max(1, listed.length)];
        if (world.repeated !== null && copied !== undefined) listed.splice(world.repeated.at % (listed.length + 1), 0, { ...copied, name: world.repeated.name ?? copied.name });
        const observed = observation(listed, world.lastUse);
        const whole = planChanges(desired, observed, past, NOW, { allowOverLimit: false });

        const ahead = new TokenOutcomesAhead(desired, past, NOW);
        if (world.hearTwice) {
          // A first read of the same rows, as other objects, with last uses that later changed.
          ahead.lastUses(usesOf(world.staleLastUse));
          ahead.tokens(listed.map((token) => ({ ...token })));
        }
        const pages = pagesOf(listed, world.pageSize);
        const usePages = pagesOf(usesOf(world.lastUse), world.lastUsePageSize);
        const again = world.heardAgain;
        pages.forEach((page, index) => {
          if (again !== null && index === again.before % pages.length) {
            const from = again.from % listed.length;
            ahead.tokens(listed.slice(from, from + again.length));
          }
          if (index >= world.lastUsesFirst) ahead.lastUses(usePages.shift() ?? []);
          ahead.tokens(page);
        });
        for (const page of usePages) ahead.lastUses(page);

        expect(planChanges(desired, observed, past, NOW, { allowOverLimit: false }, ahead)).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('works out a token pinned by an entry, and one nobody declares, as its page arrives; leaves to the end a token an entry may claim by name', () => {
    const pinned = desiredToken({ id: '2', state: 'inactive' });
    const pinnedTwice = desiredToken({ id: '5', owner: '@acme/first' });
    const named = desiredToken({ name: 'Shared' });
    const desired = desiredState([pinned, named, desiredToken({ id: '3' }), pinnedTwice, { ...pinnedTwice, owner: '@acme/second' }], { unmanaged: 'report', maxAgeMs: 365 * 86_400_000 });
    const entries = desired.tokens;
    const ahead = new TokenOutcomesAhead(desired, history(), NOW);
    const byId = observedToken({ id: '2' });
    const byIdAndName = observedToken({ id: '3', name: 'Shared' });
    const byName = observedToken({ id: '4', name: 'Shared' });
    const twice = observedToken({ id: '5' });
    const nobodys = observedToken({ id: '6', createdAt: daysAgo(400) });
    ahead.tokens([byId, byIdAndName, byName, twice, nobodys]);

    const declared = ahead.outcomeOf(byId, entries[0] ?? null, new Map());
    expect(declared?.draft).toMatchObject({ action: 'inactivate', entry: '/tokens/0' });
    // Asked for with another entry than the one that pins it, it has nothing to give.
    expect(ahead.outcomeOf(byId, entries[2] ?? null, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(byId, null, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(byIdAndName, entries[2] ?? null, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(byName, null, new Map())).toBeUndefined();
    // Of two entries giving one id, the first matches the token and the second conflicts with it.
    expect(ahead.outcomeOf(twice, entries[3] ?? null, new Map())?.draft).toBeNull();
    expect(ahead.outcomeOf(twice, entries[4] ?? null, new Map())).toBeUndefined();
    expect(ahead.outcomeOf(nobodys, null, new Map())?.findings.map((finding) => finding.kind)).toEqual(['unmanaged', 'rotation-due']);
  });

  it('judges unused again when the final last use is not the one known when the page arrived', () => {
    const entry = desiredToken({ id: '8' });
    const desired = desiredState([entry], { unmanaged: 'report', unusedForMs: 90 * 86_400_000 });
    const ahead = new TokenOutcomesAhead(desired, history(), NOW);
    const token = observedToken({ id: '9', name: 'Quiet', createdAt: daysAgo(200) });
    const declared = observedToken({ id: '8', name: 'Kept', createdAt: daysAgo(200) });
    ahead.tokens([token, declared]);

    for (const [observed, by] of [[token, null], [declared, desired.tokens[0] ?? null]] as const) {
      const name = observed.name;
      expect(ahead.outcomeOf(observed, by, new Map())?.unused?.message).toMatch(/no successful login on record/);
      expect(ahead.outcomeOf(observed, by, new Map([[name, daysAgo(120)]]))?.unused?.message).toMatch(/last successful login was 120 days ago/);
      expect(ahead.outcomeOf(observed, by, new Map([[name, daysAgo(3)]]))?.unused).toBeNull();
    }
  });

  it('never judges the use of a token its entry declares revoked', () => {
    const desired = desiredState([desiredToken({ id: '8', state: 'revoked' })], { unusedForMs: 90 * 86_400_000, maxAgeMs: 30 * 86_400_000 });
    const ahead = new TokenOutcomesAhead(desired, history(), NOW);
    const token = observedToken({ id: '8', createdAt: daysAgo(200) });
    ahead.tokens([token]);

    const outcome = ahead.outcomeOf(token, desired.tokens[0] ?? null, new Map([[token.name, daysAgo(150)]]));
    expect(outcome?.draft).toMatchObject({ action: 'revoke' });
    expect(outcome?.findings).toEqual([]);
    expect(outcome?.unused).toBeNull();
  });

  it('judges unused again as soon as a use of the name arrives after its token, so the end has nothing left to judge', () => {
    const desired = desiredState([desiredToken({ id: '12' })], { unmanaged: 'report', unusedForMs: 90 * 86_400_000 });
    const ahead = new TokenOutcomesAhead(desired, history(), NOW);
    const early = observedToken({ id: '9', name: 'Quiet', createdAt: daysAgo(200) });
    const twin = observedToken({ id: '10', name: 'Quiet', createdAt: daysAgo(150) });
    const other = observedToken({ id: '11', name: 'Other', createdAt: daysAgo(200) });
    const declaredTwin = observedToken({ id: '12', name: 'Quiet', createdAt: daysAgo(300) });
    ahead.tokens([early, twin, other, declaredTwin]);
    const entryOf = (token: ObservedToken): DesiredToken | null => (token === declaredTwin ? desired.tokens[0] ?? null : null);
    const final = new Map([['Quiet', daysAgo(120)]]);
    const judgedAtTheEnd = ahead.outcomeOf(early, null, final);
    // Worked out from the final use at each call: a new outcome each time.
    expect(ahead.outcomeOf(early, null, final)).not.toBe(judgedAtTheEnd);

    ahead.lastUses([{ name: 'Quiet', at: daysAgo(120) }]);
    for (const token of [early, twin, declaredTwin]) {
      const outcome = ahead.outcomeOf(token, entryOf(token), final);
      // Judged when the use arrived: the end hands back that outcome as it is.
      expect(ahead.outcomeOf(token, entryOf(token), final)).toBe(outcome);
      expect(outcome?.unused?.message).toMatch(/last successful login was 120 days ago/);
    }
    expect(ahead.outcomeOf(early, null, final)).toEqual(judgedAtTheEnd);
    expect(ahead.outcomeOf(other, null, final)?.unused?.message).toMatch(/no successful login on record/);
  });
});

describe('TokenOutcomesAhead, slices heard whole', () => {
  it('does not take a slice as it was assembled once one of its rows was heard again in another slice and judged again there', () => {
    const desired = desiredState([], { unmanaged: 'report', unusedForMs: 90 * 86_400_000 });
    const [first, second, third, fourth] = [1, 2, 3, 4].map((id) => observedToken({ id: String(id), name: `Token ${id}`, createdAt: daysAgo(200) })) as [ObservedToken, ObservedToken, ObservedToken, ObservedToken];
    const observed = observation([first, second, third, fourth], { 'Token 2': daysAgo(3) });
    const whole = planChanges(desired, observed, history(), NOW, { allowOverLimit: false });
    const ahead = new TokenOutcomesAhead(desired, history(), NOW);
    ahead.tokens([first, second]);
    ahead.tokens([third, fourth]);
    // The second row again, in a slice of its own, before its use arrives: only its latest work is judged again.
    ahead.tokens([second, third]);
    ahead.lastUses([{ name: 'Token 2', at: daysAgo(3) }]);
    const planned = planChanges(desired, observed, history(), NOW, { allowOverLimit: false }, ahead);
    expect(planned.findings.filter((finding) => finding.kind === 'unused').map((finding) => finding.subject.id)).toEqual(['1', '3', '4']);
    expect(planned).toEqual(whole);
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
