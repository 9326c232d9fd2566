import { isSymbol, isWord, type SqlToken } from './sql-tokenizer.js';
import { TranslationProblem } from './suiteql-errors.js';

/**
 * What SQLite runs but NetSuite cannot: SuiteQL passes queries to Oracle, so SQLite's own tables,
 * functions and operators are refused here, before the engine would quietly answer them. Without this
 * a query that works against the emulator could fail against NetSuite.
 *
 * - Tables: `sqlite_*` (the schema), `pragma_*` (table-valued pragmas), the emulator's own
 *   `emulator_*` table and `ns_*` functions (what TO_CHAR and TO_DATE become) are no NetSuite name.
 * - Functions: SQLite built-ins with no Oracle function of that name (Oracle spells them NVL,
 *   LISTAGG, TO_CHAR, CASE, ...). Oracle's SQL reference lists its functions; none of these is one.
 * - Operators: GLOB, ISNULL/NOTNULL, and IS followed by anything but [NOT] NULL are SQLite's.
 */
const INTERNAL_NAME = /^(?:sqlite_|pragma_|emulator_|ns_to_)/i;

const SQLITE_ONLY_FUNCTIONS = new Set([
  'changes', 'concat_ws', 'date', 'datetime', 'format', 'glob', 'group_concat', 'hex', 'iif', 'ifnull',
  'julianday', 'last_insert_rowid', 'likelihood', 'likely', 'load_extension', 'octet_length', 'printf',
  'quote', 'random', 'randomblob', 'string_agg', 'strftime', 'substring', 'time', 'timediff', 'total',
  'total_changes', 'typeof', 'unhex', 'unicode', 'unixepoch', 'unlikely', 'zeroblob',
  // SQLite's JSON functions; Oracle's own (JSON_VALUE, JSON_QUERY, JSON_OBJECT, ...) are not listed.
  'json', 'jsonb', 'json_array_length', 'json_each', 'json_error_position', 'json_extract', 'json_group_array',
  'json_group_object', 'json_insert', 'json_patch', 'json_pretty', 'json_quote', 'json_remove', 'json_replace',
  'json_set', 'json_tree', 'json_type', 'json_valid',
]);

export function refuseSqliteOnly(tokens: readonly SqlToken[]): void {
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' && token.kind !== 'quoted-identifier') return;
    const name = token.kind === 'quoted-identifier' ? token.text.slice(1, -1) : token.text;
    if (INTERNAL_NAME.test(name)) throw new TranslationProblem(`there is no record or function ${name} in NetSuite`);
    if (token.kind !== 'word' || isSymbol(tokens[index - 1], '.')) return;
    const lower = name.toLowerCase();
    if (isSymbol(tokens[index + 1], '(') && SQLITE_ONLY_FUNCTIONS.has(lower)) {
      throw new TranslationProblem(`${name.toUpperCase()} is a SQLite function, not an Oracle one`);
    }
    if (lower === 'glob' || lower === 'isnull' || lower === 'notnull') throw new TranslationProblem(`${name.toUpperCase()} is a SQLite operator, not an Oracle one`);
    if (lower === 'is') {
      const next = isWord(tokens[index + 1], 'NOT') ? tokens[index + 2] : tokens[index + 1];
      if (!isWord(next, 'NULL')) throw new TranslationProblem('IS takes only NULL or NOT NULL in Oracle; compare values with = or <>');
    }
  });
}
