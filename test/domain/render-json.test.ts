import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { planJsonChunks, planJsonObject, renderPlanJson } from '../../src/domain/render-json.js';
import type { Plan } from '../../src/domain/plan.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { certificateSubject } from '../../src/domain/kinds/m2m-certificate/certificate.js';
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

/** Certificate findings with their details, as plan-certificates.ts writes them. */
function withCertificateFindings(plan: Plan): Plan {
  const mapping = { mapping: 'expense-sync', clientId: '0f3c51aa0f3c51aa', entity: '1651', role: '1073' };
  const subject = certificateSubject(mapping, { certificateId: 'cert-current', application: 'Expense Tool' });
  return {
    ...plan,
    findings: [
      ...plan.findings,
      { kind: 'expiring', subject, message: 'Expires soon.', details: { validUntil: '2026-12-20T12:00:00.000Z', daysLeft: 30 } },
      { kind: 'expired', subject, message: 'Expired.', details: { validUntil: null } },
      { kind: 'capacity', subject: certificateSubject(mapping, null), message: 'Full.', details: { activeCertificates: 5, maximum: 5 } },
      { kind: 'stale-credentials', subject, message: 'Behind.', details: { certificateState: null, deliveredCertificateId: 'cert-new' } },
    ],
  };
}

plans['certificate findings with details'] = withCertificateFindings(samplePlan());

describe('renderPlanJson', () => {
  it.each(Object.entries(plans))('writes a %s plan that validates against schemas/plan.schema.json', (_name, plan) => {
    const document: unknown = JSON.parse(renderPlanJson(plan));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes the SPEC §4/§10 form (formatVersion 2) with a stable key order and no internal entry index', () => {
    const text = renderPlanJson(plans['over-limit refusal with ambiguity'] as Plan);
    const document = JSON.parse(text) as { changes: object[]; findings: object[]; summary: object; refusal: object };
    expect(Object.keys(document)).toEqual(['formatVersion', 'account', 'observedAt', 'changes', 'findings', 'summary', 'refusal']);
    expect(Object.keys(document.changes[0] ?? {})).toEqual(['subject', 'action', 'from', 'to', 'via', 'reason', 'blocked', 'owner', 'message']);
    expect(document.changes[0]).toEqual({
      subject: { kind: 'tba-token', id: '1', name: 'Token 1', application: 'App', user: 'svc-user', role: 'Integration Role' },
      action: 'revoke', from: 'active', to: 'revoked', via: 'api', reason: 'declared', blocked: 'over-limit', owner: '@acme/team',
      message: expect.stringMatching(/^Declared revoked with its credentials set/) as unknown,
    });
    expect(document.findings.map((finding) => Object.keys(finding))).toContainEqual(['kind', 'subject', 'message', 'candidates']);
    expect(Object.keys(document.summary)).toEqual(['tokens', 'managed', 'unchanged', 'changes', 'api', 'admin', 'blocked', 'byKind']);
    expect(Object.keys(document.refusal)).toEqual(['guard', 'changes', 'limit', 'message']);
    expect(text).not.toContain('"entry"');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is byte-for-byte the same for the same plan', () => {
    expect(renderPlanJson(samplePlan())).toBe(renderPlanJson(samplePlan()));
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
