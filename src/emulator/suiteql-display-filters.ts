import { isSymbol, isWord, type SqlToken } from './sql-tokenizer.js';
import { clauseRange, owningBlock, queryBlocks } from './suiteql-blocks.js';
import { TranslationProblem } from './suiteql-errors.js';

/**
 * BUILTIN.DF in a WHERE or HAVING condition is refused. NetSuite runs it, but public SuiteQL code
 * reports it "unreliable" there and that it "often returns zero rows" [3P, reference/netsuite-api.md
 * §1.2]; the emulator would answer it exactly, so a client filtering by display name would pass here
 * and miss rows against NetSuite. [INF] Refusing is the emulator's choice, said as a limit of the
 * emulator: filter on the raw ids and show names with BUILTIN.DF in the select list.
 */
export function refuseDisplayFilters(tokens: readonly SqlToken[]): void {
  const calls = tokens.flatMap((token, index) => (isWord(token, 'BUILTIN') && isSymbol(tokens[index + 1], '.') && isWord(tokens[index + 2], 'DF') ? [index] : []));
  if (calls.length === 0) return;
  const blocks = queryBlocks(tokens);
  for (const index of calls) {
    const block = owningBlock(blocks, index);
    if (block === undefined) continue;
    for (const clause of ['where', 'having'] as const) {
      const range = clauseRange(block, clause);
      if (range !== null && range.start <= index && index < range.end) {
        throw new TranslationProblem(
          `the emulator refuses BUILTIN.DF in ${clause === 'where' ? 'WHERE' : 'HAVING'}, where NetSuite is known to return too few rows; filter on the raw id and use BUILTIN.DF only in the select list`,
          'unsupported',
        );
      }
    }
  }
}
