import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/kinds/tba-token/plan-tokens.js';
import { parsePlanJson, planJsonChunks, planJsonObject, renderPlanJson } from '../../src/domain/render-json.js';
import type { Plan } from '../../src/domain/plan.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { UsageError } from '../../src/support/errors.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from './builders.js';
import { HOSTILE_NAMES, samplePlan } from './sample-plan.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const plans: Record<string, Plan> = {
  sample: samplePlan(),
  hostile: samplePlan({ names: HOSTILE_NAMES }),
  empty: planChanges(desiredState([]), observation([]), EMPTY_HISTORY, NOW, { allowOverLimit: false }),
  'empty-desired refusal': planChanges(desiredState([]), observation([observedToken({ id: '1' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false }),
  'over-limit refusal with ambiguity': planChanges(
    desiredState([desiredToken({ id: '1', state: 'revoked', credentials: { status: 'resolved' } }), desiredToken({ id: '2', state: 'inactive' }), desiredToken({ name: 'dup' })], { maxChangesPerRun: 1 }),
    observation([observedToken({ id: '1' }), observedToken({ id: '2' }), observedToken({ id: '3', name: 'dup' }), observedToken({ id: '4', name: 'dup' })]),
    EMPTY_HISTORY, NOW, { allowOverLimit: false },
  ),
};

describe('renderPlanJson', () => {
  it.each(Object.entries(plans))('writes a %s plan that validates against schemas/plan.schema.json', (_name, plan) => {
    const document: unknown = JSON.parse(renderPlanJson(plan));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes the SPEC §4 form with a stable key order and no internal entry index', () => {
    const text = renderPlanJson(plans['over-limit refusal with ambiguity'] as Plan);
    const document = JSON.parse(text) as { changes: object[]; findings: object[]; summary: object; refusal: object };
    expect(Object.keys(document)).toEqual(['formatVersion', 'account', 'observedAt', 'changes', 'findings', 'summary', 'refusal']);
    expect(Object.keys(document.changes[0] ?? {})).toEqual(['token', 'action', 'from', 'to', 'via', 'reason', 'blocked', 'owner', 'message']);
    expect(document.changes[0]).toEqual({
      token: { id: '1', name: 'Token 1', application: 'App', user: 'svc-user', role: 'Integration Role' },
      action: 'revoke', from: 'active', to: 'revoked', via: 'api', reason: 'declared', blocked: 'over-limit', owner: '@acme/team',
      message: expect.stringMatching(/^Declared revoked with its credentials set/) as unknown,
    });
    expect(document.findings.map((finding) => Object.keys(finding))).toContainEqual(['kind', 'token', 'message', 'candidates']);
    expect(Object.keys(document.summary)).toEqual(['tokens', 'managed', 'unchanged', 'changes', 'api', 'admin', 'blocked']);
    expect(Object.keys(document.refusal)).toEqual(['guard', 'changes', 'limit', 'message']);
    expect(text).not.toContain('"entry"');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is byte-for-byte the same for the same plan', () => {
    expect(renderPlanJson(samplePlan())).toBe(renderPlanJson(samplePlan()));
  });
});

describe('parsePlanJson', () => {
  it.each(Object.entries(plans))('reads a %s plan back as it was, without entry indexes', (_name, plan) => {
    const parsed = parsePlanJson(renderPlanJson(plan));
    expect(parsed).toEqual({ ...plan, changes: plan.changes.map((change) => ({ ...change, entry: null })) });
    expect(renderPlanJson(parsed)).toBe(renderPlanJson(plan));
  });

  const sample = (): Record<string, unknown> => JSON.parse(renderPlanJson(plans.sample as Plan)) as Record<string, unknown>;
  const failure = (text: string): string => {
    try {
      parsePlanJson(text, 'plan.json');
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as UsageError).message;
    }
    throw new Error('parsePlanJson accepted it');
  };

  it('refuses an unknown formatVersion with a clear sentence', () => {
    expect(failure(JSON.stringify({ ...sample(), formatVersion: 2 }))).toBe('plan.json has formatVersion 2, but this netsuite-tokens reads plans of formatVersion 1 only.');
    expect(failure(JSON.stringify({ ...sample(), formatVersion: undefined }))).toBe('plan.json has no formatVersion, but this netsuite-tokens reads plans of formatVersion 1 only.');
  });

  it('points at the first problem, which the schema rejects too', () => {
    const cases: readonly [(document: Record<string, unknown>) => void, string][] = [
      [(document) => { (document.changes as Record<string, unknown>[])[1] = { ...(document.changes as Record<string, unknown>[])[1], action: 'delete' }; }, 'plan.json is not a valid plan: /changes/1/action must be one of revoke, inactivate, activate.'],
      [(document) => { document.extra = true; }, 'plan.json is not a valid plan: /extra must be absent (known properties: formatVersion, account, observedAt, changes, findings, summary, refusal).'],
      [(document) => { (document.summary as Record<string, unknown>).tokens = -1; }, 'plan.json is not a valid plan: /summary/tokens must be a whole number, 0 or more.'],
      [(document) => { ((document.findings as Record<string, unknown>[])[0]?.token as Record<string, unknown>).name = 5; }, 'plan.json is not a valid plan: /findings/0/token/name must be a string.'],
      [(document) => { delete (document.changes as Record<string, unknown>[])[0]?.via; }, 'plan.json is not a valid plan: /changes/0/via must be present.'],
      [(document) => { document.refusal = { guard: 'tired', message: 'x' }; }, 'plan.json is not a valid plan: /refusal/guard must be one of over-limit, empty-desired.'],
    ];
    for (const [spoil, message] of cases) {
      const document = sample();
      spoil(document);
      expect(failure(JSON.stringify(document))).toBe(message);
      expect(validate(document)).toBe(false);
    }
  });

  it('names the saved plan when no file name is given', () => {
    expect(() => parsePlanJson('{}')).toThrow('The saved plan has no formatVersion, but this netsuite-tokens reads plans of formatVersion 1 only.');
  });

  it('refuses text that is not JSON', () => {
    expect(failure('Plan: 1 to revoke via API')).toBe('plan.json is not JSON, so it is not a saved plan.');
    expect(failure('[]')).toBe('plan.json is not a valid plan: the document must be an object.');
  });
});

describe('planJsonChunks', () => {
  it('writes exactly the text of the whole document, one piece per change and finding', () => {
    for (const plan of [samplePlan(), planChanges(desiredState([]), observation([]), EMPTY_HISTORY, NOW, { allowOverLimit: false })]) {
      const chunks = Array.from(planJsonChunks(plan));
      expect(chunks.join('')).toBe(`${JSON.stringify(planJsonObject(plan), null, 2)}\n`);
      expect(chunks.length).toBeGreaterThanOrEqual(plan.changes.length + plan.findings.length);
    }
  });
});
