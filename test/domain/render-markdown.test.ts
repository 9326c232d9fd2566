import { describe, expect, it } from 'vitest';
import { planChanges } from '../../src/domain/plan-changes.js';
import { renderPlanMarkdown } from '../../src/domain/render-markdown.js';
import { EMPTY_HISTORY } from '../../src/domain/plan.js';
import { NOW, desiredState, desiredToken, observation, observedToken } from './builders.js';
import { expectInert, expectTablesIntact } from './inert.js';
import { HOSTILE_NAMES, UI_ORIGIN, samplePlan } from './sample-plan.js';

describe('renderPlanMarkdown', () => {
  const markdown = renderPlanMarkdown(samplePlan(), { uiOrigin: UI_ORIGIN });

  it('has a headline, the summary line and a summary table', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('### NetSuite token plan for `1234567_SB1`');
    expect(lines).toContain('**Plan: 1 to revoke via API, 3 for an administrator, 2 blocked; 5 findings.**');
    expect(markdown).toContain([
      '| Tokens observed | Managed | Unchanged | Changes | Via API | For an administrator | Blocked | Findings |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 8 | 7 | 2 | 4 | 1 | 3 | 2 | 5 |',
    ].join('\n'));
  });

  it('has a table per action and per finding kind, every NetSuite string in a code span', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('####'));
    expect(headings).toEqual([
      '#### Revoke (2)', '#### Inactivate (2)', '#### Activate (2)', '#### Findings (5)',
      '##### Missing: declared, not in NetSuite (1)', '##### Unmanaged: in NetSuite, not declared (1)', '##### Rotation due (2)', '##### Unused (1)',
    ]);
    expect(markdown).toContain('| `4714` | `Salesforce Connector - svc-sfdc - Salesforce Sync` | `Salesforce Connector` | `svc-sfdc` | `Salesforce Sync` | active | administrator | `@acme/crm` | ready | Declared revoked without credentials, so an administrator revokes this token in the NetSuite UI. [Open in NetSuite](https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=4714&e=T) |');
    expect(markdown).toMatch(/^\| `4720` .* \| \*\*blocked: protected\*\* \| Not declared in the file .*remembers it, so the plan leaves it as it is\. \|$/m);
    expect(markdown).toContain('| — | `Tableau Reporting - svc-bi - BI Read Only` | `Tableau Reporting` | — | — | No token in NetSuite has this name and application:');
    expectTablesIntact(markdown);
  });

  it('shows a refusal as a caution callout', () => {
    const refused = planChanges(desiredState([]), observation([observedToken({ id: '1' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const rendered = renderPlanMarkdown(refused, { uiOrigin: UI_ORIGIN });
    expect(rendered).toContain('> [!CAUTION]\n> **Apply refuses this plan \\(empty-desired\\)**: nothing will be applied. The desired-state file declares no tokens');
  });

  it('cuts long tables with a count of the rest', () => {
    const many = planChanges(
      desiredState(Array.from({ length: 5 }, (_, index) => desiredToken({ id: String(index), state: 'inactive' }))),
      observation(Array.from({ length: 5 }, (_, index) => observedToken({ id: String(index) }))),
      EMPTY_HISTORY, NOW, { allowOverLimit: false },
    );
    const rendered = renderPlanMarkdown(many, { uiOrigin: UI_ORIGIN, maxRowsPerTable: 2 });
    expect(rendered.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(2);
    expect(rendered).toContain('_…and 3 more not shown here; the JSON output and the status file list them all._');
  });

  it('renders hostile names inert: no mention, link, image, HTML, broken table or hidden text', () => {
    const hostile = renderPlanMarkdown(samplePlan({ names: HOSTILE_NAMES }), { uiOrigin: UI_ORIGIN });
    expectTablesIntact(hostile);
    expectInert(hostile);
    expect(hostile).toContain('| ```` pipes \\| break \\| tables ``` and `backticks` ```` |');
    expect(hostile).toContain('`invoice\\u{202e}fdp.exe \\u{2066}isolate\\u{2069}`');
  });

  it('would notice live markup (the checks themselves work)', () => {
    expect(() => { expectInert('| @acme/everyone |'); }).toThrow();
    expect(() => { expectInert('see [x](http://evil.example)'); }).toThrow();
    expect(() => { expectInert('<img src=x>'); }).toThrow();
    expect(() => { expectTablesIntact('| a | b |\n| `x | y` | c |'); }).toThrow();
    expect(() => { expectInert('| `@acme` | \\<b> |'); }).not.toThrow();
  });

  it('keeps a deep link a link to the token page whatever the id holds', () => {
    const odd = planChanges(desiredState([desiredToken({ id: '1)](http://evil.example) <x>', state: 'inactive' })]), observation([observedToken({ id: '1)](http://evil.example) <x>' })]), EMPTY_HISTORY, NOW, { allowOverLimit: false });
    const rendered = renderPlanMarkdown(odd, { uiOrigin: UI_ORIGIN });
    expect(rendered).toContain('[Open in NetSuite](https://1234567-sb1.app.netsuite.com/app/setup/accesstoken.nl?id=1%29%5D%28http%3A%2F%2Fevil.example%29%20%3Cx%3E&e=T)');
    expectTablesIntact(rendered);
  });
});
