import { describe, expect, it } from 'vitest';
import { parseSavedPlan } from '../../src/config/saved-plan.js';
import { planChanges } from '../../src/domain/plan-changes.js';
import type { Finding, Plan } from '../../src/domain/plan.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { renderPlanJson } from '../../src/domain/render-json.js';
import { ConfigError } from '../../src/support/errors.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from '../domain/builders.js';
import { HOSTILE_NAMES, samplePlan } from '../domain/sample-plan.js';

const plans: Record<string, Plan> = {
  sample: samplePlan(),
  hostile: samplePlan({ names: HOSTILE_NAMES }),
  empty: planChanges(desiredState([]), observation([]), EMPTY_HISTORY, NOW, { allowOverLimit: false }),
  'over-limit refusal with ambiguity': planChanges(
    desiredState([desiredToken({ id: '1', state: 'revoked', credentials: { status: 'resolved' } }), desiredToken({ id: '2', state: 'inactive' }), desiredToken({ name: 'dup' })], { maxChangesPerRun: 1 }),
    observation([observedToken({ id: '1' }), observedToken({ id: '2' }), observedToken({ id: '3', name: 'dup' }), observedToken({ id: '4', name: 'dup' })]),
    EMPTY_HISTORY, NOW, { allowOverLimit: false },
  ),
};

/** A formatVersion 2 plan as netsuite-tokens 0.1 wrote it: `token` without a kind, no byKind, no finding details. */
function asVersion1(text: string): string {
  const document = JSON.parse(text) as { formatVersion: number; changes: Record<string, unknown>[]; findings: Record<string, unknown>[]; summary: Record<string, unknown> };
  const downgrade = (item: Record<string, unknown>): Record<string, unknown> => {
    const { subject, details: _details, ...rest } = item as { subject: Record<string, unknown>; details?: unknown };
    const { kind: _kind, ...token } = subject;
    return Object.fromEntries(Object.entries({ token, ...rest }).sort(([a], [b]) => (a === 'kind' ? -1 : b === 'kind' ? 1 : 0)));
  };
  const { byKind: _byKind, ...summary } = document.summary;
  return JSON.stringify({ ...document, formatVersion: 1, changes: document.changes.map(downgrade), findings: document.findings.map(downgrade), summary }, null, 2);
}

async function failure(text: string): Promise<ConfigError> {
  try {
    await parseSavedPlan(text, 'plan.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('parseSavedPlan accepted it');
}

describe('a saved plan read back', () => {
  it.each(Object.entries(plans))('reads a %s plan back as it was, without entry keys', async (_name, plan) => {
    const parsed = await parseSavedPlan(renderPlanJson(plan), 'plan.json');
    expect(parsed).toEqual({ ...plan, changes: plan.changes.map((change) => ({ ...change, entry: null })) });
    expect(renderPlanJson(parsed)).toBe(renderPlanJson(plan));
  });

  it.each(Object.entries(plans))('upgrades a %s plan saved at formatVersion 1', async (_name, plan) => {
    const parsed = await parseSavedPlan(asVersion1(renderPlanJson(plan)), 'plan.json');
    const withoutDetails = { ...plan, findings: plan.findings.map(({ details: _details, ...finding }) => finding as Finding) };
    expect(renderPlanJson(parsed)).toBe(renderPlanJson(withoutDetails));
  });

  it('keeps the structured details of each finding (SPEC §15)', async () => {
    const plan = plans.sample as Plan;
    const parsed = await parseSavedPlan(renderPlanJson(plan), 'plan.json');
    const rotation = parsed.findings.find((finding) => finding.kind === 'rotation-due' && finding.subject.id === '4711');
    expect(rotation?.details).toEqual({ ageDays: 200, createdAt: '2026-05-04T12:00:00.000Z', limit: '180d', limitSource: 'entry' });
    const unmanaged = parsed.findings.find((finding) => finding.kind === 'unmanaged');
    expect(unmanaged?.details).toEqual({ state: 'active', policy: 'inactivate' });
  });

  it('refuses details a finding cannot have, at their line', async () => {
    const text = renderPlanJson(plans.sample as Plan).replace('"limitSource": "entry"', '"limitSource": "entry",\n          "color": "red"');
    const { problems } = await failure(text);
    expect(problems.map((problem) => problem.message)).toEqual(['/findings/0/details has an unknown key "color".']);
    // Located at the details object that holds the unknown key.
    const lines = text.split('\n');
    const details = lines.slice(0, lines.findIndex((each) => each.includes('"color"'))).findLastIndex((each) => each.includes('"details": {')) + 1;
    expect(problems[0]?.line).toBe(details);
  });

  it('refuses an unknown formatVersion, naming the file and where it says so', async () => {
    const text = renderPlanJson(plans.sample as Plan).replace('"formatVersion": 2', '"formatVersion": 7');
    const error = await failure(text);
    expect(error.exitCode).toBe(3);
    expect(error.problems).toEqual([{ file: 'plan.json', line: 2, column: 20, pointer: '/formatVersion', message: 'plan.json has formatVersion 7, but this netsuite-tokens reads plans of formatVersion 1 and 2.' }]);
    expect((await failure('{"account": "x"}')).problems[0]?.message).toBe('plan.json has no formatVersion, but this netsuite-tokens reads plans of formatVersion 1 and 2.');
  });

  it('points at each problem the schema finds, with its line and column', async () => {
    const document = JSON.parse(renderPlanJson(plans.sample as Plan)) as { changes: Record<string, unknown>[]; summary: Record<string, unknown>; extra?: boolean };
    (document.changes[1] as Record<string, unknown>).action = 'delete';
    document.summary.tokens = -1;
    document.extra = true;
    const text = JSON.stringify(document, null, 2);
    const { problems } = await failure(text);
    const lineOf = (needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/changes/1/action', line: lineOf('"delete"'), message: '/changes/1/action must be one of "revoke", "inactivate", "activate", "rotate", "retire".' }));
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/summary/tokens', line: lineOf('"tokens": -1'), message: '/summary/tokens must be >= 0.' }));
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '', message: 'The plan has an unknown key "extra".' }));
  });

  it('refuses text that is not JSON, at its position, and never crashes on a list', async () => {
    expect((await failure('{"formatVersion": 2,')).problems[0]).toMatchObject({ file: 'plan.json', line: 1 });
    // Broken JSON is said as JSON, where the parser stopped: a trailing comma before the closing brace on line 3.
    const broken = (await failure('{\n  "formatVersion": 2,\n}')).problems[0];
    expect(broken).toMatchObject({ file: 'plan.json', line: 3, column: 1 });
    expect(broken?.message).toMatch(/^plan\.json is not valid JSON \(.+\); a saved plan is the JSON object `plan --format json` writes, unedited\.$/);
    expect(broken?.message).not.toContain('YAML');
    expect((await failure('[]')).problems[0]?.message).toBe('The file is a list, but a saved plan is a JSON object with formatVersion, account, observedAt, changes, findings, summary and refusal; save one account\'s plan with `netsuite-tokens plan --format json --out FILE` (a directory of accounts prints a list; add --only ACCOUNT to save one of them).');
    expect((await failure('Plan: 1 to revoke via API')).exitCode).toBe(3);
    expect((await failure('\n\n### NetSuite token plan')).problems).toEqual([{ file: 'plan.json', line: 3, column: 1, pointer: '', message: 'plan.json is not JSON (it looks like a plan printed as text or markdown), but a saved plan is the JSON object `plan --format json` writes.' }]);
    expect((await failure('version: 1\naccount: "1234567"\ntokens:\n  - id: "12"\n    state: active\n')).problems[0]?.message).toBe('plan.json is not JSON (it looks like a desired-state file, which --config takes), but a saved plan is the JSON object `plan --format json` writes.');
    expect((await failure('hello')).problems[0]?.message).toBe('plan.json is not JSON, but a saved plan is the JSON object `plan --format json` writes.');
  });
});
