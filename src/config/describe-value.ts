const MAX_QUOTED_LENGTH = 60;

/** A value from the file, quoted for a message: JSON-escaped so control characters stay visible, and shortened. */
export function quoteValue(value: string): string {
  const shortened = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH - 1)}…` : value;
  return JSON.stringify(shortened);
}

/** What a person sees in the file, in words: `the number 4711`, `the text "yes"`, `a list`, `empty`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text ${quoteValue(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value === 'number' ? 'number' : 'value'} ${String(value)}`;
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

/** The kind of a value without the value itself, for fields that may hold a secret. */
export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

/** A JSON Schema type name as a person says it. */
export function describeType(type: string): string {
  const words: Readonly<Record<string, string>> = {
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'empty',
  };
  return words[type] ?? type;
}

/** `a, b or c` */
export function listOf(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}
