import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { renderPlanJson } from '../../src/domain/render-json.js';
import { DAY_MS, NOW, daysAgo, desiredState, desiredToken, history, observation, observedToken } from './builders.js';

/** SPEC §15: a program reading `--format json` gets the facts behind each finding as fields, not only a sentence. */

interface JsonFinding {
  readonly kind: string;
  readonly subject: { readonly id: string | null };
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

function findings(...args: Parameters<typeof planChanges>): JsonFinding[] {
  return (JSON.parse(renderPlanJson(planChanges(...args))) as { findings: JsonFinding[] }).findings;
}

describe('finding details in the JSON plan', () => {
  it('rotation-due: age, creation, and the limit with where it is set', () => {
    const [found] = findings(
      desiredState([desiredToken({ id: '1', maxAgeMs: 180 * DAY_MS })]),
      observation([observedToken({ id: '1', createdAt: daysAgo(200) })]),
      history(), NOW, { allowOverLimit: false },
    );
    expect(found).toMatchObject({ kind: 'rotation-due', details: { ageDays: 200, createdAt: daysAgo(200), limit: '180d', limitSource: 'entry' } });
    expect(found?.message).toContain('200 days old');
  });

  it('unused: the last successful login and how long ago, or none on record', () => {
    const result = findings(
      desiredState([desiredToken({ id: '1' }), desiredToken({ id: '2' })], { unusedForMs: 90 * DAY_MS }),
      observation([observedToken({ id: '1', name: 'Used once', createdAt: daysAgo(400) }), observedToken({ id: '2', name: 'Never used', createdAt: daysAgo(120) })], { 'Used once': '2026-06-01T08:30:00Z' }),
      history(), NOW, { allowOverLimit: false },
    );
    expect(result.map((finding) => [finding.subject.id, finding.details])).toEqual([
      ['1', { lastUsedAt: '2026-06-01T08:30:00.000Z', idleDays: 172, ageDays: 400, limit: '90d' }],
      ['2', { lastUsedAt: null, idleDays: null, ageDays: 120, limit: '90d' }],
    ]);
  });

  it('drift, terminal and unmanaged: the states involved', () => {
    const result = findings(
      desiredState([desiredToken({ id: '1', state: 'inactive' }), desiredToken({ id: '2', state: 'active' })], { unmanaged: 'report' }),
      observation([observedToken({ id: '1', state: 'active' }), observedToken({ id: '2', state: 'revoked' }), observedToken({ id: '3', state: 'inactive' })]),
      history({ previous: { '1': { state: 'inactive', desired: 'inactive', observedAt: daysAgo(1) } } }),
      NOW, { allowOverLimit: false },
    );
    expect(result.map((finding) => [finding.kind, finding.details])).toEqual([
      ['drift', { previousState: 'inactive', state: 'active', previousObservedAt: daysAgo(1) }],
      ['terminal', { state: 'revoked', declared: 'active' }],
      ['unmanaged', { state: 'inactive', policy: 'report' }],
    ]);
  });

  it('has no details where there is nothing beyond the subject (missing, ambiguous)', () => {
    const result = findings(
      desiredState([desiredToken({ id: '9' }), desiredToken({ name: 'dup' })]),
      observation([observedToken({ id: '1', name: 'dup' }), observedToken({ id: '2', name: 'dup' })]),
      history(), NOW, { allowOverLimit: false },
    );
    expect(result.map((finding) => [finding.kind, 'details' in finding])).toEqual([['missing', false], ['ambiguous', false]]);
  });
});
