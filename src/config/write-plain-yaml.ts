/**
 * Writes JSON-like data as block YAML, the way the yaml library's `stringify(data, { lineWidth: 0,
 * nullStr: 'null' })` writes it, for the data it can be sure of: mappings with simple keys, lists,
 * integers, booleans, null, and strings that are plain or double-quoted without escapes. Returns null
 * for anything else (a string with a quote and a backslash, a control character, a line break, a
 * non-integer number, a list in a list, an unusual key), and the caller then uses the yaml library.
 *
 * Why: the status file of a 20,000-token account is 360,000 lines, and the yaml library took over a
 * second of `apply` to write it (issue 18). What this writes, plain-yaml.ts reads back without the
 * library (test/config/write-plain-yaml.test.ts checks both against the library on generated data).
 */
export function writePlainYaml(data: Readonly<Record<string, unknown>>): string | null {
  const lines: string[] = [];
  return mappingLines(data, '', lines) && lines.length > 0 ? `${lines.join('\n')}\n` : null;
}

/** A simple key and what the core schema would read as something other than a string. */
const SIMPLE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * Characters written without escapes: printable ASCII and the printable BMP outside surrogates, as
 * plain-yaml.ts reads them; no line break, tab or other control character.
 */
const UNESCAPED = /^[\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*$/;

/**
 * Strings a plain scalar cannot be (YAML 1.2, block context, after `key: ` or `- `): empty; starting
 * with a space or an indicator (`-`, `?`, `:` only alone or before a space); holding `: ` or ` #`;
 * ending with a space or a colon.
 */
const NOT_PLAIN = /^$|^[ ,[\]{}#&*!|>'"%@`]|^[-?:]$|^[-?:] |: | #| $|:$/;

/** What the core schema reads as null, a boolean or a number: such strings are quoted. */
const CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** The scalar as written after `key: ` or `- `; null when only the yaml library can write it. */
function scalarText(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : null;
  if (typeof value !== 'string' || !UNESCAPED.test(value)) return null;
  if (!NOT_PLAIN.test(value) && !CORE_NON_STRING.test(value)) return value;
  // The library chooses single quotes for a string with a double quote and no single one.
  return value.includes('"') || value.includes('\\') ? null : `"${value}"`;
}

function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text after `key:` or `- ` for an empty collection, or null when the value is not one. */
function emptyCollection(value: unknown): string | null {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : null;
  // Keys whose value is undefined are not written, so a mapping of nothing else is written empty.
  return isMapping(value) && Object.values(value).every((item) => item === undefined) ? '{}' : null;
}

/**
 * A mapping's lines at `indent`. `firstPrefix` replaces the indentation of its first line: a mapping
 * that is a list item starts on the dash's line.
 */
function mappingLines(mapping: Readonly<Record<string, unknown>>, indent: string, lines: string[], firstPrefix: string = indent): boolean {
  let prefix = firstPrefix;
  for (const [key, value] of Object.entries(mapping)) {
    if (value === undefined) continue;
    if (!SIMPLE_KEY.test(key) || NON_STRING_KEY.test(key)) return false;
    const head = `${prefix}${key}:`;
    prefix = indent;
    const empty = emptyCollection(value);
    if (empty !== null) {
      lines.push(`${head} ${empty}`);
    } else if (Array.isArray(value)) {
      lines.push(head);
      if (!listLines(value, `${indent}  `, lines)) return false;
    } else if (isMapping(value)) {
      lines.push(head);
      if (!mappingLines(value, `${indent}  `, lines)) return false;
    } else {
      const text = scalarText(value);
      if (text === null) return false;
      lines.push(`${head} ${text}`);
    }
  }
  return true;
}

function listLines(list: readonly unknown[], indent: string, lines: string[]): boolean {
  for (const item of list) {
    const empty = emptyCollection(item);
    if (empty !== null) {
      lines.push(`${indent}- ${empty}`);
    } else if (Array.isArray(item)) {
      return false;
    } else if (isMapping(item)) {
      if (!mappingLines(item, `${indent}  `, lines, `${indent}- `)) return false;
    } else {
      const text = scalarText(item);
      if (text === null) return false;
      lines.push(`${indent}- ${text}`);
    }
  }
  return true;
}
