import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/github/fit-markdown.js';
import { safeLink } from '../../src/github/safe-link.js';

const NOTES = { omittedRows: (count: number) => `_…${count} more._`, cutNote: '_cut._' };

describe('fitMarkdown', () => {
  it('returns a document that fits unchanged', () => {
    expect(fitMarkdown('# a\n\n| x |\n| - |\n| 1 |\n', { limit: 100, ...NOTES })).toBe('# a\n\n| x |\n| - |\n| 1 |\n');
  });

  it('keeps prose and headings, and the same number of first rows of every long table and list', () => {
    const rows = (prefix: string, count: number): string[] => Array.from({ length: count }, (_unused, index) => `| ${prefix}${index} |`);
    const items = Array.from({ length: 40 }, (_unused, index) => `- [ ] item ${index}`);
    const document = ['# Summary', '', '| Done |', '| ---: |', '| 3 |', '', '## A', '', '| a |', '| - |', ...rows('a', 50), '', '## B', '', ...items, '', 'The end.'].join('\n');

    const fitted = fitMarkdown(document, { limit: 400, ...NOTES });

    expect(fitted.length).toBeLessThanOrEqual(400);
    expect(fitted).toContain('| Done |\n| ---: |\n| 3 |');
    expect(fitted.endsWith('The end.')).toBe(true);
    const keptRows = fitted.split('\n').filter((line) => /^\| a\d/.test(line)).length;
    const keptItems = fitted.split('\n').filter((line) => line.startsWith('- [ ]')).length;
    expect(keptRows).toBe(keptItems);
    expect(fitted).toContain(`_…${50 - keptRows} more._`);
    expect(fitted).toContain(`_…${40 - keptItems} more._`);
  });

  it('keeps or leaves out a list item together with the indented block under it (a certificate to upload)', () => {
    const item = (index: number): string[] => [`- [ ] upload ${index}`, '', '  ```', `  BLOCK${index}-1`, `  BLOCK${index}-2`, '  ```'];
    const document = ['# Work', '', ...Array.from({ length: 20 }, (_unused, index) => item(index)).flat(), '', 'The end.'].join('\n');

    const fitted = fitMarkdown(document, { limit: 300, ...NOTES });

    expect(fitted.length).toBeLessThanOrEqual(300);
    const kept = fitted.split('\n').filter((line) => line.startsWith('- [ ]')).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(20);
    // Every block kept belongs to an item kept, whole; the fences stay balanced; the rest is counted.
    expect(fitted.split('\n').filter((line) => line.startsWith('  BLOCK')).map((line) => Number(/BLOCK(\d+)/.exec(line)?.[1]))).toEqual(Array.from({ length: kept }, (_unused, index) => [index, index]).flat());
    expect(fitted.split('\n').filter((line) => line.trim() === '```').length % 2).toBe(0);
    expect(fitted).toContain(`_…${20 - kept} more._`);
    expect(fitted.endsWith('The end.')).toBe(true);
  });

  it('cuts the end at a line boundary, closing an open code fence, when prose alone is too long', () => {
    const document = ['# Title', '```', ...Array.from({ length: 100 }, (_unused, index) => `code line ${index}`), '```', 'after'].join('\n');
    const fitted = fitMarkdown(document, { limit: 200, ...NOTES });
    expect(fitted.length).toBeLessThanOrEqual(200);
    expect(fitted.startsWith('# Title\n```\ncode line 0\n')).toBe(true);
    expect(fitted.endsWith('\n```\n\n_cut._\n')).toBe(true);
  });

  it('measures in the unit it is given', () => {
    const document = ['| x |', '| - |', ...Array.from({ length: 100 }, () => '| éééé |')].join('\n');
    const fitted = fitMarkdown(document, { limit: 300, measure: (text) => Buffer.byteLength(text), ...NOTES });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(300);
  });
});

describe('safeLink', () => {
  it('links http(s) URLs in a form that cannot end early', () => {
    expect(safeLink('https://1234567.app.netsuite.com/app/setup/accesstoken.nl?id=4711&e=T')).toBe('<https://1234567.app.netsuite.com/app/setup/accesstoken.nl?id=4711&e=T>');
    expect(safeLink('https://x.example/a?id=1)<b> "c"')).toBe('<https://x.example/a?id=1%29%3Cb%3E%20%22c%22>');
  });

  it('turns anything else into a dead link', () => {
    expect(safeLink('javascript:alert(1)')).toBe('<#>');
    expect(safeLink('not a url')).toBe('<#>');
  });
});
