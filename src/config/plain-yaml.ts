import type { DocumentPath } from './json-pointer.js';

/** Where a node starts: its offset in the text, and the 1-based line and column the yaml library gives it. */
export interface NodeStart {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A document read by readPlainYaml: its data, and where each node of it starts. */
export interface PlainYaml {
  readonly data: Readonly<Record<string, unknown>>;
  /** Where the node at `path` starts; a path that does not exist gives its closest existing ancestor, as YamlSource does. */
  positionOf(path: DocumentPath): NodeStart;
}

/**
 * Reads the plain YAML desired-state files are usually written in, without the yaml library: a mapping
 * at the top, block mappings and lists nested by indentation, `- ` items, simple keys, one-line plain
 * and quoted scalars, `[]`, `{}`, comments and blank lines. Returns null for anything else — anchors,
 * tags, multi-line or escaped scalars, flow collections with content, empty values, repeated keys,
 * scalars the core schema would read as a non-decimal number, tabs, CR, unusual characters —
 * and the caller then parses the text with the yaml library, which also reports every problem.
 *
 * Why: the yaml library's first parse costs a small `validate` more than everything else it does
 * (issue 18). For every text it accepts, the data and the node positions are the yaml library's
 * (test/config/plain-yaml.test.ts compares them on generated documents).
 */
export function readPlainYaml(text: string): PlainYaml | null {
  if (UNUSUAL_CHARACTER.test(text)) return null;
  try {
    const root = new PlainReader(contentLines(text)).document();
    return { data: root.value as Readonly<Record<string, unknown>>, positionOf: (path) => positionOf(root, path) };
  } catch (error) {
    if (error === NOT_PLAIN) return null;
    throw error;
  }
}

/** Thrown inside the reader where the text leaves the plain subset; never escapes readPlainYaml. */
class NotPlainYaml extends Error {}
const NOT_PLAIN = new NotPlainYaml('The text is not plain YAML; the yaml library reads it.');

/** Anything but newline, printable ASCII and the printable BMP outside surrogates (no CR, tab, BOM, NEL or line separators). */
const UNUSUAL_CHARACTER = /[^\n\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

/** A simple key and its colon, followed by a space or the end of the line. */
const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?= |$)/;

/** Keys the core schema could read as something other than a string. */
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** Characters that cannot start a plain scalar or start one of the forms left to the yaml library (`-` only before a space). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|- |-$)/;

// The yaml library's core schema tags (yaml/dist/schema/core): null, booleans and decimal integers are
// read here as it reads them (the status file writes `null`); octal, hexadecimal and floating-point forms are left to it.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)$/;
const CORE_BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_DECIMAL_INTEGER = /^[-+]?[0-9]+$/;
const CORE_OTHER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** What may follow a quoted scalar, `[]` or `{}` on its line: spaces, then perhaps a comment. */
const TRAILING_COMMENT = /^(?: +(?:#.*)?)?$/;

/** Far deeper than any desired-state file; deeper text goes to the yaml library, which reports it. */
const MAX_DEPTH = 32;

interface Line {
  /** Spaces before the content, or the content's column − 1 for what follows a `- `. */
  readonly indent: number;
  /** The content, without the indentation and trailing spaces. */
  readonly text: string;
  /** Offset of `text` in the document. */
  readonly offset: number;
  readonly lineStart: number;
  readonly line: number;
}

interface PlainNode {
  readonly start: NodeStart;
  readonly value: unknown;
  /** The nodes of a mapping's values by key; null for a list or a scalar. */
  readonly entries: ReadonlyMap<string, PlainNode> | null;
  /** The nodes of a list's items; null for a mapping or a scalar. */
  readonly items: readonly PlainNode[] | null;
}

/** Every line with content: blank lines and comment lines say nothing about the structure. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line += 1) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline === -1 ? text.length : newline;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 0x20 && lineStart + indent < end) indent += 1;
    let contentEnd = end;
    while (contentEnd > lineStart + indent && text.charCodeAt(contentEnd - 1) === 0x20) contentEnd -= 1;
    const content = text.slice(lineStart + indent, contentEnd);
    if (content !== '' && !content.startsWith('#')) lines.push({ indent, text: content, offset: lineStart + indent, lineStart, line });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}

function isListItem(line: Line): boolean {
  return line.text === '-' || line.text.startsWith('- ');
}

function notPlain(): never {
  throw NOT_PLAIN;
}

class PlainReader {
  private next = 0;

  constructor(private readonly lines: Line[]) {}

  document(): PlainNode {
    const first = this.lines[0];
    if (first?.indent !== 0) notPlain();
    const root = this.mapping(0, 0);
    if (this.next !== this.lines.length) notPlain();
    return root;
  }

  private mapping(indent: number, depth: number): PlainNode {
    if (depth > MAX_DEPTH) notPlain();
    const entries = new Map<string, PlainNode>();
    const value: Record<string, unknown> = {};
    let start: NodeStart | null = null;
    for (let line = this.lines[this.next]; line !== undefined && line.indent >= indent; line = this.lines[this.next]) {
      if (line.indent > indent || isListItem(line)) notPlain();
      const key = KEY.exec(line.text)?.[1];
      if (key === undefined || NON_STRING_KEY.test(key) || entries.has(key)) notPlain();
      start ??= startOf(line, 0);
      let at = key.length + 1;
      while (line.text.charCodeAt(at) === 0x20) at += 1;
      let child: PlainNode;
      if (at === line.text.length || line.text[at] === '#') {
        this.next += 1;
        child = this.nestedBlock(indent, depth + 1);
      } else {
        child = inlineScalar(line, at);
        this.next += 1;
        this.refuseContinuation(indent);
      }
      entries.set(key, child);
      value[key] = child.value;
    }
    if (start === null) notPlain();
    return { start, value, entries, items: null };
  }

  private list(indent: number, depth: number): PlainNode {
    if (depth > MAX_DEPTH) notPlain();
    const items: PlainNode[] = [];
    let start: NodeStart | null = null;
    for (let line = this.lines[this.next]; line !== undefined && line.indent >= indent; line = this.lines[this.next]) {
      if (line.indent > indent) notPlain();
      // A key at the list's own indentation ends a list written under its key without indenting.
      if (!isListItem(line)) break;
      start ??= startOf(line, 0);
      let at = 1;
      while (line.text.charCodeAt(at) === 0x20) at += 1;
      const content = line.text.slice(at);
      // An empty item, one whose value starts on the next line, and a list in a list are left to the yaml library.
      if (content === '' || content.startsWith('#') || isListItem({ ...line, text: content })) notPlain();
      if (KEY.test(content)) {
        // The item is a mapping whose first key is on this line: read the rest of the line as a line of it.
        this.lines[this.next] = { ...line, indent: line.indent + at, text: content, offset: line.offset + at };
        items.push(this.mapping(line.indent + at, depth + 1));
      } else {
        items.push(inlineScalar(line, at));
        this.next += 1;
        this.refuseContinuation(indent);
      }
    }
    if (start === null) notPlain();
    return { start, value: items.map((item) => item.value), entries: null, items };
  }

  /** The value of a key written on the lines after it: a deeper block, or a list at the key's own indentation. */
  private nestedBlock(keyIndent: number, depth: number): PlainNode {
    const line = this.lines[this.next];
    if (line !== undefined && line.indent > keyIndent) return isListItem(line) ? this.list(line.indent, depth) : this.mapping(line.indent, depth);
    if (line !== undefined && line.indent === keyIndent && isListItem(line)) return this.list(keyIndent, depth);
    return notPlain(); // an empty value
  }

  /** A deeper line after a one-line value would continue it (a multi-line scalar) or be an error. */
  private refuseContinuation(indent: number): void {
    const line = this.lines[this.next];
    if (line !== undefined && line.indent > indent) notPlain();
  }
}

function startOf(line: Line, at: number): NodeStart {
  const offset = line.offset + at;
  return { offset, line: line.line, column: offset - line.lineStart + 1 };
}

/** A scalar, `[]` or `{}` that starts at `at` in the line and ends with it (or with a comment). */
function inlineScalar(line: Line, at: number): PlainNode {
  const { text } = line;
  const start = startOf(line, at);
  const first = text[at];
  let value: unknown;
  let end: number;
  if (first === '"') {
    end = text.indexOf('"', at + 1) + 1;
    if (end === 0) notPlain();
    value = text.slice(at + 1, end - 1);
    if ((value as string).includes('\\')) notPlain();
  } else if (first === "'") {
    ({ value, end } = singleQuoted(text, at));
  } else if (text.startsWith('[]', at) || text.startsWith('{}', at)) {
    value = first === '[' ? [] : {};
    end = at + 2;
  } else {
    if (INDICATOR.test(text.slice(at))) notPlain();
    const comment = text.indexOf(' #', at);
    const raw = text.slice(at, comment === -1 ? text.length : comment).replace(/ +$/, '');
    return { start, value: plainValue(raw), entries: null, items: null };
  }
  if (!TRAILING_COMMENT.test(text.slice(end))) notPlain();
  return { start, value, entries: first === '{' ? new Map() : null, items: first === '[' ? [] : null };
}

/** A single-quoted scalar on one line; `''` in it is one quote. */
function singleQuoted(text: string, at: number): { value: string; end: number } {
  let value = '';
  for (let from = at + 1; ; ) {
    const quote = text.indexOf("'", from);
    if (quote === -1) return notPlain();
    value += text.slice(from, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

/** A plain scalar as the core schema reads it: null, a boolean, a decimal integer or a string. */
function plainValue(raw: string): unknown {
  // `a: b` inside a value is a nested mapping, which YAML refuses here; `a:` at its end is a key.
  if (raw.includes(': ') || raw.endsWith(':')) notPlain();
  if (CORE_NULL.test(raw)) return null;
  if (CORE_BOOLEAN.test(raw)) return raw.startsWith('t') || raw.startsWith('T');
  if (CORE_DECIMAL_INTEGER.test(raw)) return parseInt(raw, 10);
  if (CORE_OTHER.test(raw)) notPlain();
  return raw;
}

function positionOf(root: PlainNode, path: DocumentPath): NodeStart {
  let node = root;
  for (const segment of path) {
    const next = node.entries?.get(String(segment)) ?? (typeof segment === 'number' ? node.items?.[segment] : undefined);
    if (next === undefined) return node.start;
    node = next;
  }
  return node.start;
}
