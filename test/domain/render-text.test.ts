import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { renderPlanMarkdown } from '../../src/domain/render-markdown.js';
import { renderPlanText } from '../../src/domain/render-text.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from './builders.js';
import { HIDDEN_OR_CONTROL, OWN_SGR } from './inert.js';
import { HOSTILE_NAMES, UI_ORIGIN, samplePlan } from './sample-plan.js';

const plain = { color: false, uiOrigin: UI_ORIGIN };

describe('renderPlanText', () => {
  const text = renderPlanText(samplePlan(), plain);
  const lines = text.split('\n');

  it('opens with the account and closes with a Terraform-like summary line', () => {
    expect(lines[0]).toBe('Plan for NetSuite account 1234567_SB1, observed 2026-11-20T12:00:00.000Z');
    expect(text.endsWith('\nPlan: 1 to revoke via API, 3 for an administrator, 2 blocked; 5 findings.\n')).toBe(true);
  });

  it('groups changes by action, irreversible first, each with its why', () => {
    const headings = lines.filter((line) => /^(Revoke|Inactivate|Activate|Findings) \(\d+\)$/.test(line));
    expect(headings).toEqual(['Revoke (2)', 'Inactivate (2)', 'Activate (2)', 'Findings (5)']);
    const celigo = lines.findIndex((line) => line.startsWith('  4713  '));
    expect(lines[celigo]).toMatch(/^ {2}4713 {2}Celigo integrator\.io - svc-celigo - Celigo Full… {2}Celigo integrator\.io {2}svc-celigo {2}Celigo Full Access {2}active {2}API {12}@acme\/integrations {2}ready$/);
    expect(lines[celigo + 1]).toBe('      Declared revoked with its credentials set, so the operator revokes this token through rest/revoketoken, signed with the token itself.');
  });

  it('aligns every column of a group under its header', () => {
    const header = lines.indexOf('Revoke (2)') + 1;
    const columns = ['FROM', 'VIA', 'OWNER', 'STATUS'].map((name) => lines[header]?.indexOf(name));
    for (const row of [lines[header + 1], lines[header + 3]]) {
      expect(columns.map((column) => row?.charAt((column ?? 0) - 1))).toEqual([' ', ' ', ' ', ' ']);
      expect(columns.map((column) => row?.charAt(column ?? 0))).not.toContain(' ');
    }
  });

  it('shows blocked changes with their reason, and deep links only for changes an administrator will make', () => {
    expect(text).toMatch(/^ {2}4712 .* blocked: operator’s own token$/m);
    expect(text).toMatch(/^ {2}4720 .* blocked: protected$/m);
    expect(text).toContain(`      ${UI_ORIGIN}/app/setup/accesstoken.nl?id=4714&e=T\n`);
    expect(text).toContain('accesstoken.nl?id=4715&e=T');
    expect(text).not.toContain('accesstoken.nl?id=4720');
    expect(text).not.toContain('accesstoken.nl?id=4713');
  });

  it('groups findings by kind with their messages and candidates', () => {
    expect(lines).toContain('  Missing: declared, not in NetSuite (1)');
    expect(lines).toContain('  Rotation due (2)');
    const ambiguous = planChanges(
      desiredState([desiredToken({ name: 'dup' })]),
      observation([observedToken({ id: '31', name: 'dup' }), observedToken({ id: '30', name: 'dup' })]),
      EMPTY_HISTORY, NOW, { allowOverLimit: false },
    );
    const rendered = renderPlanText(ambiguous, plain);
    expect(rendered).toContain('  Ambiguous: the entry does not resolve to one token (1)\n');
    expect(rendered).toContain('        2 candidates: 30, 31\n');
    expect(rendered).toContain('No changes. 0 tokens match the desired state. 1 finding.\n');
  });

  it('says so when nothing changes', () => {
    const clean = planChanges(desiredState([desiredToken({ id: '1' }), desiredToken({ id: '2' })]), observation([observedToken({ id: '1' }), observedToken({ id: '2' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    expect(renderPlanText(clean, plain)).toBe('Plan for NetSuite account 1234567_SB1, observed 2026-11-20T12:00:00.000Z\n\nNo changes. 2 tokens match the desired state.\n');
  });

  it('puts a refusal at the top and in the summary line', () => {
    const refused = planChanges(desiredState([]), observation([observedToken({ id: '1' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const rendered = renderPlanText(refused, plain).split('\n');
    expect(rendered[2]).toBe('!! Apply refuses this plan (empty-desired): nothing will be applied.');
    expect(rendered[3]).toMatch(/^ {3}The desired-state file declares no tokens but the account has 1 live token; adopt the account with `netsuite-tokens import` first/);
    expect(rendered.at(-2)).toBe('No changes. 0 tokens match the desired state. 1 finding. Apply refuses this plan (empty-desired).');
  });

  it('uses colour only when asked', () => {
    expect(text).not.toContain('\u001b');
    const coloured = renderPlanText(samplePlan(), { color: true, uiOrigin: UI_ORIGIN });
    expect(coloured).toContain('\u001b[31mRevoke (2)\u001b[0m');
    expect(coloured).toContain('\u001b[35mblocked: protected\u001b[0m');
    // Same layout underneath the colour.
    expect(coloured.replace(OWN_SGR, '')).toBe(text);
  });

  it('neutralises control characters, bidi overrides and long names in NetSuite strings', () => {
    for (const color of [false, true]) {
      const rendered = renderPlanText(samplePlan({ names: HOSTILE_NAMES }), { color, uiOrigin: UI_ORIGIN });
      // Only the renderer's own SGR sequences remain.
      expect(rendered.replace(OWN_SGR, '')).not.toMatch(HIDDEN_OR_CONTROL);
      expect(rendered).toContain('\\u{1b}[2J\\u{1b}[31mterminal takeover');
      expect(rendered).toContain('invoice\\u{202e}fdp.exe');
      expect(rendered).toContain('line one\\u{a}line two\\u{d}\\u{a}## heading');
      expect(rendered).not.toContain('x'.repeat(100));
      for (const line of rendered.split('\n')) expect(line.length).toBeLessThan(700);
    }
  });
});

describe('findings in a large account', () => {
  it('shows the first 50 of each kind and counts the rest (the JSON output lists them all)', () => {
    const tokens = Array.from({ length: 120 }, (_, index) => observedToken({ id: String(index + 1) }));
    const result = planChanges(desiredState([desiredToken({ id: '1' })]), observation(tokens), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const text = renderPlanText(result, { color: false, uiOrigin: UI_ORIGIN });
    expect(text).toContain('Unmanaged: in NetSuite, not declared (119)');
    expect(text).toContain('    …and 69 more; --format json and the status file list them all.');
    expect(text.split('\n').filter((line) => line.includes('This token is in NetSuite but not declared'))).toHaveLength(50);
  });
});

describe('a plan over the change limit', () => {
  // Four inactivations, one of them protected, against a limit of 2.
  const overLimit = planChanges(
    desiredState([1, 2, 3, 4].map((id) => desiredToken({ id: String(id), state: 'inactive', protect: id === 4 })), { maxChangesPerRun: 2 }),
    observation([1, 2, 3, 4].map((id) => observedToken({ id: String(id) }))),
    EMPTY_HISTORY, NOW, { allowOverLimit: false },
  );

  it('says the same numbers in its heading, its refusal and its summary line', () => {
    const lines = renderPlanText(overLimit, plain).split('\n');
    expect(lines).toContain('Inactivate (4)');
    expect(lines).toContain('   This plan has 3 changes to apply (besides 1 blocked change, which is never applied), more than maxChangesPerRun (2); review it, then apply with --allow-over-limit or raise the limit.');
    expect(lines.at(-2)).toBe('Plan: 4 blocked, 3 of them only by maxChangesPerRun 2 (with --allow-over-limit, 0 to revoke via API and 3 for an administrator); 0 findings. Apply refuses this plan (over-limit).');
    expect(lines.filter((line) => line.endsWith('blocked: over the change limit'))).toHaveLength(3);
    expect(lines.filter((line) => line.endsWith('blocked: protected'))).toHaveLength(1);
  });

  it('counts the held changes as blocked in the markdown summary, as the JSON summary and every row do', () => {
    expect(overLimit.summary).toMatchObject({ changes: 0, api: 0, admin: 0, blocked: 4 });
    const markdown = renderPlanMarkdown(overLimit, { uiOrigin: UI_ORIGIN }).split('\n');
    expect(markdown[markdown.indexOf('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |') + 1]).toBe('| 4 | 4 | 0 | 0 | 0 | 0 | 4 | 0 |');
  });
});

describe('fitted to a terminal width', () => {
  const fitted = (plan = samplePlan(), width = 80): string[] => renderPlanText(plan, { ...plain, width }).split('\n');
  /** Lines longer than the width that could have been broken (a link is one word and may run over). */
  const overflowing = (lines: readonly string[], width: number): string[] => lines.filter((line) => Array.from(line).length > width && line.trim().includes(' '));

  it('keeps every line within the width, cutting long names with an ellipsis', () => {
    for (const width of [72, 80, 100, 120]) expect(overflowing(fitted(samplePlan(), width), width)).toEqual([]);
    const lines = fitted();
    const header = lines.indexOf('Revoke (2)') + 1;
    // Columns that repeat what NetSuite puts in a token's name give way first, then the owner.
    expect(lines.slice(header, header + 2)).toEqual([
      '  ID    TOKEN                  FROM    VIA            OWNER               STATUS',
      '  4713  Celigo integrator.io…  active  API            @acme/integrations  ready',
    ]);
    expect(lines).toContain('  4712  Token GitOps - …  inactive  administrator  blocked: operator’s own token');
  });

  it('lines columns up under their headers, and wraps the why under each row', () => {
    const lines = fitted();
    const header = lines.indexOf('Revoke (2)') + 1;
    for (const column of ['FROM', 'VIA', 'OWNER', 'STATUS']) {
      const at = lines[header]?.indexOf(column) ?? -1;
      expect(lines[header + 1]?.charAt(at - 1)).toBe(' ');
      expect(lines[header + 1]?.charAt(at)).not.toBe(' ');
    }
    const why = lines.findIndex((line) => line.startsWith('      Declared revoked with its credentials set'));
    expect(lines[why]).toBe('      Declared revoked with its credentials set, so the operator revokes this');
    expect(lines[why + 1]).toBe('      token through rest/revoketoken, signed with the token itself.');
  });

  it('neither shortens nor wraps without a width, and colour stays outside the fitting', () => {
    expect(renderPlanText(samplePlan(), { ...plain, width: null })).toBe(renderPlanText(samplePlan(), plain));
    const coloured = renderPlanText(samplePlan(), { color: true, uiOrigin: UI_ORIGIN, width: 80 });
    expect(coloured.replace(OWN_SGR, '')).toBe(renderPlanText(samplePlan(), { ...plain, width: 80 }));
  });

  it('keeps hostile names inert when they are cut', () => {
    const lines = fitted(samplePlan({ names: HOSTILE_NAMES }), 80);
    expect(lines.join('\n')).not.toMatch(HIDDEN_OR_CONTROL);
    expect(overflowing(lines, 80)).toEqual([]);
  });
});
