import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../../src/config/load-config-text.js';
import type { FileLoad } from '../../src/config/loaded-config.js';

const EXAMPLE = await readFile(fileURLToPath(new URL('../../examples/netsuite-tokens.yaml', import.meta.url)), 'utf8');

/** Whatever the text, the loader answers with a result: loaded, or located problems; it never throws. */
function expectAnswer(text: string): FileLoad {
  const load = loadConfigText(text, 'fuzz.yaml');
  if (!load.ok) {
    expect(load.problems.length).toBeGreaterThan(0);
    for (const problem of load.problems) {
      expect(problem.file).toBe('fuzz.yaml');
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message).toMatch(/^\S.*[.?]$/);
    }
  }
  return load;
}

/** Replaces, deletes or inserts a few characters of the example, the way a hurried edit does. */
const mutatedExample = fc
  .array(fc.tuple(fc.nat({ max: EXAMPLE.length }), fc.nat({ max: 3 }), fc.constantFrom('', ' ', '\t', ':', '-', '"', "'", '\n', '&a', '*a', '{', '[', '#', 'x', '9', '_sb1', 'env:', '- ')), { minLength: 1, maxLength: 4 })
  .map((edits) => edits.reduce((text, [at, remove, insert]) => `${text.slice(0, at)}${insert}${text.slice(at + remove)}`, EXAMPLE));

describe('hostile input to the loader', () => {
  it('answers every mutation of the example with a result, never an exception', () => {
    fc.assert(fc.property(mutatedExample, (text) => { expectAnswer(text); }), { numRuns: 300 });
  });

  it('answers arbitrary text with a result, never an exception', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => { expectAnswer(text); }), { numRuns: 300 });
  });

  it('answers arbitrary YAML-shaped data with a result, never an exception', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('version', 'account', 'policy', 'tokens', 'other'), value), (data) => {
      expectAnswer(JSON.stringify(data));
    }), { numRuns: 300 });
  });
});
