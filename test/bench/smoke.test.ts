import { describe, expect, it } from 'vitest';
import { QUICK_PROFILE } from '../../bench/profile.js';
import { renderMarkdown, renderTable } from '../../bench/report.js';
import { SCENARIOS, type BenchRow } from '../../bench/result.js';
import { runBenchmarks } from '../../bench/run.js';

/**
 * The benchmark suite in its quick profile, in this process: it must keep running and keep producing
 * a row for every scenario. Timings are not asserted (CI machines vary); counts and shapes are.
 */
describe('benchmark suite (quick)', () => {
  it('produces sane rows for every scenario', async () => {
    const report = await runBenchmarks({ profile: QUICK_PROFILE, script: null, now: () => new Date('2026-11-23T12:00:00Z') });
    expect(report.quick).toBe(true);
    expect(report.date).toBe('2026-11-23T12:00:00.000Z');
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toMatch(/^v\d+/);
    for (const scenario of SCENARIOS) expect(report.rows.some((row) => row.scenario === scenario), scenario).toBe(true);

    for (const row of report.rows) {
      if (row.verdict === 'skipped') {
        expect(['startup', 'cli-plan']).toContain(row.scenario);
        continue;
      }
      expect(row.runs, row.case).toBeGreaterThanOrEqual(1);
      expect(row.breakdown, row.case).not.toBe('');
      expect(row.medianMs, row.case).toBeGreaterThan(0);
      if (row.reference !== null) expect(row.reference.ms, row.case).toBeGreaterThan(0);
      if (row.ratio !== null) expect(Number.isFinite(row.ratio), row.case).toBe(true);
    }

    const rows = (scenario: BenchRow['scenario']): BenchRow[] => report.rows.filter((row) => row.scenario === scenario);
    // 1,500 tokens: 2 token pages and at most 2 last-use pages, whatever the concurrency.
    for (const row of rows('observation')) {
      expect(row.requests).toBeGreaterThanOrEqual(3);
      expect(row.requests).toBeLessThanOrEqual(row.requestLimit ?? 0);
      expect(row.details['tokenPages']).toBe(2);
    }
    expect(rows('observation').map((row) => row.case)).toEqual(['N=1,500 C=2', 'N=1,500 C=4']);
    // The naive script pages the same queries one page at a time.
    expect(rows('naive-baseline')[0]?.requests).toBe(rows('observation')[0]?.requests);

    for (const row of rows('apply')) {
      expect(row.details['verifiedDone']).toBe('1/1 runs');
      expect(row.details['revokeRequests']).toBe(3);
    }
    // 500 and 5,000 tokens with rotation and unused policies, then 5,000 without: same changes, fewer findings.
    const [small, large, changesOnly] = rows('planning');
    expect(rows('planning')).toHaveLength(3);
    expect(Number(small?.details['changes'])).toBeGreaterThan(0);
    expect(changesOnly?.details['changes']).toBe(large?.details['changes']);
    expect(Number(changesOnly?.details['findings'])).toBeLessThan(Number(large?.details['findings']));
    expect(rows('governance')[0]?.details['converged']).toBe('1/1');
    // Issue 12: 8 mappings, each a token exchange and a certificate list, plus the operator's exchange and the SuiteQL pages.
    const [mappings] = rows('m2m-mappings');
    expect(rows('m2m-mappings')).toHaveLength(1);
    expect(mappings?.case).toBe('M=8 mappings C=2');
    expect(mappings?.details['mappingsObserved']).toBe(8);
    expect(mappings?.details['tokenExchanges']).toBe(9);
    expect(mappings?.details['certificateLists']).toBe(8);
    expect(mappings?.requests).toBe(9 + 8 + Number(mappings?.details['suiteqlPages']));
    expect(mappings?.reference?.ms).toBe(QUICK_PROFILE.latencyMs * Math.ceil((mappings?.requests ?? 0) / 2));
    // Signed in with M2M, a run paging 2,500 tokens asks the token endpoint once; TBA sends one request fewer.
    const [signIn] = rows('m2m-sign-in');
    expect(rows('m2m-sign-in')).toHaveLength(1);
    expect(signIn?.details['tokenEndpointRequests']).toBe(1);
    expect(signIn?.details['tokenPages']).toBe(3);
    expect(signIn?.requests).toBe(Number(signIn?.details['tbaRequests']) + 1);
    expect(signIn?.verdict).toBe('met');

    // Issue 13: a parallel batch of RSA keys judged against its CPU time, and EC certificates one after another.
    const [rsa, ec] = rows('key-generation');
    expect(rows('key-generation')).toHaveLength(2);
    expect(rsa?.case).toBe('RSA-3072 × 2 in parallel');
    expect(rsa?.details['keys']).toBe(2);
    expect(Number(rsa?.details['cpuMs'])).toBeGreaterThan(0);
    expect(rsa?.reference?.ms).toBeCloseTo(Number(rsa?.details['cpuMs']) / Math.min(Number(rsa?.details['cores']), Number(rsa?.details['threadpool']), 2), 0);
    expect(ec?.case).toBe('EC P-256 × 5 certificates, one after another');
    expect(ec?.verdict).toBe('info');
    expect(ec?.details['certificates']).toBe(5);

    const table = renderTable(report);
    const markdown = renderMarkdown(report);
    for (const row of report.rows) {
      expect(table).toContain(row.case);
      expect(markdown).toContain(row.case);
    }
    expect(markdown).toContain('quick run');
  });
});
