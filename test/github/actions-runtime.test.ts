import { describe, expect, it } from 'vitest';
import { appendStepSummary, combineOutputs, maskValue, maskVariables, setOutputs, warning } from '../../src/github/actions-runtime.js';
import { planOutputs, reportOutputs } from '../../src/github/action-outputs.js';
import { report, result } from './support/reports.js';

const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/runner/summary.md', GITHUB_OUTPUT: '/runner/output' };

function files(): { append: (path: string, text: string) => Promise<void>; read: (path: string) => string } {
  const contents = new Map<string, string>();
  return {
    append: (path, text) => {
      contents.set(path, (contents.get(path) ?? '') + text);
      return Promise.resolve();
    },
    read: (path) => contents.get(path) ?? '',
  };
}

/** Parses GITHUB_OUTPUT the way the runner does (`name<<DELIMITER` … `DELIMITER`). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '');
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const value: string[] = [];
    index += 1;
    while (index < lines.length && lines[index] !== match[2]) value.push(lines[index++] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

describe('GitHub Actions runtime', () => {
  it('appends markdown to the job summary', async () => {
    const fs = files();
    expect(await appendStepSummary(ACTIONS, '### Plan\n\n| a |\n| - |\n| 1 |', fs.append)).toBe(true);
    expect(await appendStepSummary(ACTIONS, 'second\n', fs.append)).toBe(true);
    expect(fs.read('/runner/summary.md')).toBe('### Plan\n\n| a |\n| - |\n| 1 |\nsecond\n');
  });

  it('adds up the outputs of several accounts: counts summed, links one per line', () => {
    const first = { changes: '3', pending: '2', blocked: '0', 'pr-url': '' };
    const second = { changes: '1', pending: '1', blocked: '4', 'pr-url': 'https://github.example/acme/config/pull/9' };
    expect(combineOutputs({}, first)).toEqual(first);
    const both = combineOutputs(first, second);
    expect(both).toEqual({ changes: '4', pending: '3', blocked: '4', 'pr-url': 'https://github.example/acme/config/pull/9' });
    expect(combineOutputs(both, { 'pr-url': 'https://github.example/acme/config/pull/10' })['pr-url']).toBe('https://github.example/acme/config/pull/9\nhttps://github.example/acme/config/pull/10');
    // A link published twice is listed once.
    expect(combineOutputs(both, { 'pr-url': 'https://github.example/acme/config/pull/9' })['pr-url']).toBe('https://github.example/acme/config/pull/9');
  });

  it('writes nothing outside GitHub Actions', async () => {
    const fs = files();
    expect(await appendStepSummary({ GITHUB_STEP_SUMMARY: '/x' }, 'text', fs.append)).toBe(false);
    expect(await setOutputs({ GITHUB_OUTPUT: '/y' }, { changes: '1' }, fs.append)).toBe(false);
    expect(fs.read('/x') + fs.read('/y')).toBe('');
  });

  it('keeps the job summary under 1 MiB by cutting tables', async () => {
    const fs = files();
    const table = ['| Token |', '| --- |', ...Array.from({ length: 20_000 }, (_unused, index) => `| \`token ${index} ${'é'.repeat(40)}\` |`)].join('\n');
    await appendStepSummary(ACTIONS, `### Results\n\n${table}\n`, fs.append);
    const written = fs.read('/runner/summary.md');
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(1_000_000);
    expect(written).toMatch(/_…and \d+ more rows not shown \(job summaries are limited to 1 MiB\); the status file lists them all._/);
  });

  it('writes outputs in the multi-line form, safe against values that contain the delimiter', async () => {
    const fs = files();
    const hostile = 'line one\nNETSUITE_TOKENS_EOF\npr-url<<X\nforged\nX';
    await setOutputs(ACTIONS, { changes: '3', pending: '1', blocked: '0', 'pr-url': 'https://github.example/acme/config/pull/1', note: hostile }, fs.append);
    const text = fs.read('/runner/output');
    expect(text.startsWith('changes<<NETSUITE_TOKENS_EOF\n3\nNETSUITE_TOKENS_EOF\n')).toBe(true);
    expect(parseOutputFile(text)).toEqual({ changes: '3', pending: '1', blocked: '0', 'pr-url': 'https://github.example/acme/config/pull/1', note: hostile });
  });

  it('masks values, line by line, escaping workflow-command data', () => {
    let out = '';
    const write = (text: string): void => {
      out += text;
    };
    maskValue(ACTIONS, 'first-secret-line\nsecond%line\r', write);
    expect(out).toBe('::add-mask::first-secret-line%0Asecond%25line\n::add-mask::first-secret-line\n::add-mask::second%25line\n');
    out = '';
    maskVariables({ ...ACTIONS, NETSUITE_TOKEN_SECRET: 'tokensecret-123456', EMPTY: '' }, ['NETSUITE_TOKEN_SECRET', 'EMPTY', 'UNSET'], write);
    expect(out).toBe('::add-mask::tokensecret-123456\n');
    out = '';
    maskValue({}, 'not in actions', write);
    expect(out).toBe('');
  });

  it('writes warnings as annotations in Actions and plain text elsewhere', () => {
    let out = '';
    const write = (text: string): void => {
      out += text;
    };
    warning(ACTIONS, 'Could not request a review\nfrom @x: 100%', write);
    warning({}, 'plain', write);
    expect(out).toBe('::warning::Could not request a review%0Afrom @x: 100%25\nwarning: plain\n');
  });

  it('computes the outputs of a plan and of an applied run', () => {
    const applied = report([
      result({ id: '1', outcome: 'done', via: 'api' }),
      result({ id: '2', outcome: 'pending' }),
      result({ id: '3', outcome: 'pending', action: 'inactivate' }),
      result({ id: '4', outcome: 'blocked' }),
    ]);
    expect(planOutputs(applied.plan)).toEqual({ changes: '3', pending: '2', blocked: '1', 'pr-url': '' });
    expect(reportOutputs(applied, 'https://github.example/acme/config/pull/9')).toEqual({ changes: '3', pending: '2', blocked: '1', 'pr-url': 'https://github.example/acme/config/pull/9' });
    expect(reportOutputs(applied, null)['pr-url']).toBe('');
  });
});
