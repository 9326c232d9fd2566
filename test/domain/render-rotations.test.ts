import { describe, expect, it } from 'vitest';
import { renderReportJson, renderReportMarkdown, renderReportText } from '../../src/domain/render-report.js';
import type { RotationResult, RunReport } from '../../src/domain/report.js';
import { HIDDEN_OR_CONTROL, OWN_SGR, expectInert, expectTablesIntact } from './inert.js';
import { HOSTILE_NAMES, UI_ORIGIN, sampleReport } from './sample-plan.js';

/** SPEC §12.4: the Rotations section of apply's results, in text, markdown and JSON. */

const OLD = 'Zx7Qm2Lr0pVb4NcKs9TfWy3HgJd8AeUoRi5lMnBq1Xw';
const NEW = 'Pk3Ws8Ev1Nb6Rt0Yc4Hm9Lq2Dj7Fa5Gu1Sx0Zo3Ti8I';
const OTHER = 'Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Qa1Q';

const DELIVERED: RotationResult = {
  mapping: 'expense-sync',
  replaces: [OLD],
  certificateId: NEW,
  algorithm: 'ES256',
  validUntil: '2027-11-20T12:00:30.000Z',
  delivered: ['file:secrets/expense-sync.json', 'github:acme/expense-sync/NETSUITE_M2M'],
  state: 'delivered',
  retireAfter: '2026-11-27T12:00:42.000Z',
  detail: null,
  failure: null,
};
const RETIRED: RotationResult = { ...DELIVERED, mapping: 'payroll', replaces: [OLD, OTHER], algorithm: 'PS256', delivered: ['aws:netsuite/payroll@eu-west-1'], state: 'retired', retireAfter: null };
const FAILED: RotationResult = {
  mapping: 'warehouse',
  replaces: [OLD],
  certificateId: null,
  algorithm: null,
  validUntil: null,
  delivered: [],
  state: 'failed',
  retireAfter: null,
  detail: 'NetSuite refused the upload: the integration record already holds five active certificates (capacity).',
  failure: 'capacity',
};
const EARLIER: RotationResult = { ...DELIVERED, mapping: 'crm-sync', algorithm: null, validUntil: null, fromEarlierRun: true };

function withRotations(rotations: readonly RotationResult[]): RunReport {
  return { ...sampleReport(), rotations };
}

const plain = { color: false, uiOrigin: UI_ORIGIN };

describe('Rotations in the text of apply', () => {
  const text = renderReportText(withRotations([DELIVERED, RETIRED, FAILED, EARLIER]), plain);
  const lines = text.split('\n');
  const start = lines.indexOf('Rotations (4)');

  it('comes after the results, before findings, with one row per mapping and what happens next under it', () => {
    expect(start).toBeGreaterThan(lines.findIndex((line) => line.startsWith('Blocked (')));
    expect(start).toBeLessThan(lines.findIndex((line) => line.startsWith('Findings (')));
    expect(lines[start + 1]).toMatch(/^ {2}MAPPING +CERTIFICATE \(OLD → NEW\) +ALGORITHM +VALID UNTIL +DELIVERED TO +STATE$/);
    expect(lines[start + 2]).toMatch(/^ {2}expense-sync +Zx7Qm2Lr0pVb… → Pk3Ws8Ev1Nb6… +ES256 +2027-11-20 +file:secrets\/expense-sync\.json, github:acme\/expense-sync\/NETSUITE_M2M +delivered$/);
    expect(lines[start + 3]).toBe('      Waiting for the overlap until 2026-11-27 12:00 UTC: a later apply revokes the certificate it replaces.');
    expect(lines[start + 4]).toMatch(/^ {2}payroll +Zx7Qm2Lr0pVb…, Qa1Qa1Qa1Qa1… → Pk3Ws8Ev1Nb6… +PS256 +2027-11-20 +aws:netsuite\/payroll@eu-west-1 +retired$/);
    expect(lines[start + 5]).toBe('      Complete: the 2 certificates it replaces are revoked.');
    expect(lines[start + 6]).toMatch(/^ {2}warehouse +Zx7Qm2Lr0pVb… → — +— +— +— +failed$/);
    expect(lines[start + 7]).toBe("      The integration record is at NetSuite's limit of 5 active certificates; the next apply tries again.");
    expect(lines[start + 8]).toBe('      NetSuite refused the upload: the integration record already holds five active certificates (capacity).');
    expect(lines[start + 9]).toMatch(/^ {2}crm-sync +.* +delivered$/);
    expect(lines[start + 10]).toBe('      Delivered by an earlier run; waiting for the overlap until 2026-11-27 12:00 UTC: a later apply revokes the certificate it replaces.');
  });

  it('says a failure other than capacity in general words', () => {
    const refused = renderReportText(withRotations([{ ...FAILED, failure: 'delivery', detail: 'The store refused the bundle.' }]), plain);
    expect(refused).toContain('      Failed before delivery finished; the next apply tries again.\n      The store refused the bundle.');
  });

  it('is absent when the run rotated nothing', () => {
    expect(renderReportText(sampleReport(), plain)).not.toContain('Rotations');
    expect(renderReportText(withRotations([]), plain)).not.toContain('Rotations');
  });

  it('paints the state only when asked, and fits the terminal width by leaving out expiry and algorithm first', () => {
    expect(text).not.toContain('\u001b');
    const coloured = renderReportText(withRotations([DELIVERED, RETIRED, FAILED]), { ...plain, color: true });
    expect(coloured).toContain('\u001b[36mRotations (3)\u001b[0m');
    expect(coloured).toContain('\u001b[33mdelivered\u001b[0m');
    expect(coloured).toContain('\u001b[32mretired\u001b[0m');
    expect(coloured).toContain('\u001b[31mfailed\u001b[0m');
    expect(coloured.replace(OWN_SGR, '')).toBe(renderReportText(withRotations([DELIVERED, RETIRED, FAILED]), plain));

    const narrow = renderReportText(withRotations([DELIVERED]), { ...plain, width: 80 }).split('\n');
    const at = narrow.indexOf('Rotations (1)');
    for (const line of narrow.slice(at, at + 5)) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    expect(narrow[at + 1]).not.toContain('VALID UNTIL');
    expect(narrow[at + 2]).toMatch(/^ {2}expense-sync +Zx7Qm2Lr0pVb… → Pk3Ws8Ev1Nb6… .*delivered$/);
  });

  it('neutralises a hostile mapping name, target label and failure detail', () => {
    const hostile: RotationResult = {
      ...FAILED,
      mapping: HOSTILE_NAMES['4721'] ?? '',
      delivered: [HOSTILE_NAMES['4720'] ?? '', 'file:\u001b]8;;http://evil.example\u0007x'],
      detail: `Refused: ${HOSTILE_NAMES['4715'] ?? ''}`,
    };
    const rendered = renderReportText(withRotations([hostile]), { ...plain, color: true }).replace(OWN_SGR, '');
    expect(rendered).not.toMatch(HIDDEN_OR_CONTROL);
    expect(rendered).not.toContain('x'.repeat(100));
    expect(rendered).not.toMatch(/^## heading/m);
  });
});

describe('Rotations in the markdown of apply (job summary, results pull request)', () => {
  const markdown = renderReportMarkdown(withRotations([DELIVERED, RETIRED, FAILED, EARLIER]), { uiOrigin: UI_ORIGIN });

  it('is a table after the results with short ids, dates, targets and the state with what happens next', () => {
    const lines = markdown.split('\n');
    const start = lines.indexOf('#### Rotations (4)');
    expect(start).toBeGreaterThan(lines.indexOf('#### Blocked (2)'));
    expect(start).toBeLessThan(lines.indexOf('#### Findings (5)'));
    expect(lines.slice(start + 2, start + 8)).toEqual([
      '| Mapping | Certificate (old → new) | Algorithm | Valid until | Delivered to | State |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `expense-sync` | `Zx7Qm2Lr0pVb…` → `Pk3Ws8Ev1Nb6…` | `ES256` | 2027-11-20 | `file:secrets/expense-sync.json`, `github:acme/expense-sync/NETSUITE_M2M` | delivered: Waiting for the overlap until 2026-11-27 12:00 UTC: a later apply revokes the certificate it replaces. |',
      '| `payroll` | `Zx7Qm2Lr0pVb…`, `Qa1Qa1Qa1Qa1…` → `Pk3Ws8Ev1Nb6…` | `PS256` | 2027-11-20 | `aws:netsuite/payroll@eu-west-1` | retired: Complete: the 2 certificates it replaces are revoked. |',
      '| `warehouse` | `Zx7Qm2Lr0pVb…` → — | — | — | — | **failed**: The integration record is at NetSuite\'s limit of 5 active certificates; the next apply tries again. `NetSuite refused the upload: the integration record already holds five active certificates (capacity).` |',
      '| `crm-sync` | `Zx7Qm2Lr0pVb…` → `Pk3Ws8Ev1Nb6…` | — | — | `file:secrets/expense-sync.json`, `github:acme/expense-sync/NETSUITE_M2M` | delivered: Delivered by an earlier run; waiting for the overlap until 2026-11-27 12:00 UTC: a later apply revokes the certificate it replaces. |',
    ]);
    expectTablesIntact(markdown);
  });

  it('says a failure other than capacity in general words', () => {
    const refused = renderReportText(withRotations([{ ...FAILED, failure: 'delivery', detail: 'The store refused the bundle.' }]), plain);
    expect(refused).toContain('      Failed before delivery finished; the next apply tries again.\n      The store refused the bundle.');
  });

  it('is absent when the run rotated nothing', () => {
    expect(renderReportMarkdown(sampleReport(), { uiOrigin: UI_ORIGIN })).not.toContain('Rotations');
  });

  it('keeps a hostile mapping name, target label and failure detail inert', () => {
    const rotations: RotationResult[] = Object.values(HOSTILE_NAMES).map((name, index) => ({
      ...(index % 2 === 0 ? DELIVERED : FAILED),
      mapping: name,
      delivered: [`file:${name}`],
      algorithm: name,
      detail: `The store said ${name}`,
    }));
    const hostile = renderReportMarkdown({ ...sampleReport(), rotations, run: { ...sampleReport().run, url: null } }, { uiOrigin: UI_ORIGIN });
    expectTablesIntact(hostile);
    expectInert(hostile);
  });

  it('cuts a long table with a count of the rest', () => {
    const many = Array.from({ length: 5 }, (_, index) => ({ ...DELIVERED, mapping: `mapping-${index}` }));
    const rendered = renderReportMarkdown(withRotations(many), { uiOrigin: UI_ORIGIN, maxRowsPerTable: 2 });
    expect(rendered.split('\n').filter((line) => line.startsWith('| `mapping-'))).toHaveLength(2);
    expect(rendered).toContain('_…and 3 more not shown here; the JSON output and the status file list them all._');
  });

  it('never lets a recorded date that does not parse through', () => {
    const odd = renderReportMarkdown(withRotations([{ ...DELIVERED, validUntil: '@everyone <b>', retireAfter: 'soon @everyone' }]), { uiOrigin: UI_ORIGIN });
    expect(odd).toContain('| `ES256` | — |');
    expect(odd).toContain('delivered: Waiting for the overlap: a later apply');
    expect(odd).not.toContain('everyone');
  });
});

describe('Rotations in the JSON of apply', () => {
  it('lists each rotation with full ids and instants as recorded; an empty list when nothing rotated', () => {
    const document = JSON.parse(renderReportJson(withRotations([DELIVERED, EARLIER, FAILED]))) as { rotations: unknown[] };
    expect(document.rotations).toEqual([
      { mapping: 'expense-sync', replaces: [OLD], certificateId: NEW, algorithm: 'ES256', validUntil: '2027-11-20T12:00:30.000Z', delivered: DELIVERED.delivered, state: 'delivered', retireAfter: '2026-11-27T12:00:42.000Z', detail: null, failure: null, fromEarlierRun: false },
      expect.objectContaining({ mapping: 'crm-sync', fromEarlierRun: true }),
      expect.objectContaining({ mapping: 'warehouse', state: 'failed', failure: 'capacity' }),
    ]);
    expect((JSON.parse(renderReportJson(sampleReport())) as { rotations: unknown[] }).rotations).toEqual([]);
  });
});
