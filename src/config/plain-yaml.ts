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
  const shallow = new NodeStarts(SHALLOW_DEPTH);
  const lines = new ContentLines(text);
  let data: unknown;
  try {
    data = read(lines, shallow);
  } catch (error) {
    if (error === NOT_PLAIN) return null;
    throw error;
  }
  let shallowTree: LocatedNode | null = null;
  let fullTree: LocatedNode | null = null;
  const positionOf = (path: DocumentPath): NodeStart => {
    let tree: LocatedNode;
    if (path.length <= SHALLOW_DEPTH) {
      tree = shallowTree ??= shallow.tree();
    } else {
      if (fullTree === null) {
        const everything = new NodeStarts(Number.POSITIVE_INFINITY);
        read(new ContentLines(text), everything);
        fullTree = everything.tree();
      }
      tree = fullTree;
    }
    const node = locate(tree, path);
    const lineStart = lines.lineStart[node.line] ?? 0;
    return { offset: node.offset, line: lines.number[node.line] ?? 1, column: node.offset - lineStart + 1 };
  };
  return { data: data as Readonly<Record<string, unknown>>, positionOf };
}

/** Thrown inside the reader where the text leaves the plain subset; never escapes readPlainYaml. */
class NotPlainYaml extends Error {}
const NOT_PLAIN = new NotPlainYaml('The text is not plain YAML; the yaml library reads it.');

/** Anything but newline, printable ASCII and the printable BMP outside surrogates (no CR, tab, BOM, NEL or line separators). */
const UNUSUAL_CHARACTER = /[^\n\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

/** Keys the core schema could read as something other than a string. */
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

// The yaml library's core schema tags (yaml/dist/schema/core): null, booleans and decimal integers are
// read here as it reads them (the status file writes `null`); octal, hexadecimal and floating-point forms are left to it.
/** The first characters of every form below: `~`, n/N, t/T, f/F, digits, signs and `.`. */
const CORE_FORM_START = /^[~NnTtFf0-9+.-]/;
const CORE_NULL = /^(?:~|[Nn]ull|NULL)$/;
const CORE_BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_DECIMAL_INTEGER = /^[-+]?[0-9]+$/;
const CORE_OTHER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** Far deeper than any desired-state file; deeper text goes to the yaml library, which reports it. */
const MAX_DEPTH = 32;

/**
 * Node starts recorded while reading: down to entries of the top-level lists (`['tokens', 5]`), which
 * is every position a file that passes its checks is asked for. Deeper ones are asked for only to word
 * a problem, and are found by reading the text again.
 */
const SHALLOW_DEPTH = 2;

const NEWLINE = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/**
 * The lines with content, as parallel arrays rather than an object per line: a 20,000-token status file
 * has 360,000 lines, and the garbage collector's copying of one object per line cost more than reading
 * them (issue 18). Blank lines and comment lines say nothing about the structure and are left out.
 */
class ContentLines {
  count = 0;
  /** Spaces before the content, or the content's column − 1 for what follows a `- `. */
  readonly indent: Int32Array;
  /** Offset of the content in the text (after the indentation, or after a `- `). */
  readonly start: Int32Array;
  /** Offset just past the content, trailing spaces left out. */
  readonly end: Int32Array;
  readonly lineStart: Int32Array;
  /** 1-based line numbers. */
  readonly number: Int32Array;

  constructor(readonly text: string) {
    let capacity = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) capacity += 1;
    this.indent = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.lineStart = new Int32Array(capacity);
    this.number = new Int32Array(capacity);
    let lineStart = 0;
    for (let line = 1; lineStart <= text.length; line += 1) {
      const newline = text.indexOf('\n', lineStart);
      const end = newline === -1 ? text.length : newline;
      let indent = 0;
      while (text.charCodeAt(lineStart + indent) === SPACE && lineStart + indent < end) indent += 1;
      let contentEnd = end;
      while (contentEnd > lineStart + indent && text.charCodeAt(contentEnd - 1) === SPACE) contentEnd -= 1;
      if (contentEnd > lineStart + indent && text.charCodeAt(lineStart + indent) !== HASH) {
        const index = this.count;
        this.indent[index] = indent;
        this.start[index] = lineStart + indent;
        this.end[index] = contentEnd;
        this.lineStart[index] = lineStart;
        this.number[index] = line;
        this.count += 1;
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }

  /** Whether line `index`'s content, from `from` on, is a list item's dash: `-` alone or `- `. */
  isListItem(index: number, from: number = this.start[index] ?? 0): boolean {
    const end = this.end[index] ?? 0;
    return this.text.charCodeAt(from) === DASH && (from + 1 === end || this.text.charCodeAt(from + 1) === SPACE);
  }
}

/** A node's start as recorded: its offset, and the index of its content line; children once it has some. */
interface LocatedNode {
  readonly offset: number;
  readonly line: number;
  entries?: Map<string, LocatedNode>;
  items?: LocatedNode[];
}

/** Node starts in reading order (parents first), flat: a tree is built only when a position is asked for. */
class NodeStarts {
  readonly depth: number[] = [];
  readonly segment: (string | number)[] = [];
  readonly offset: number[] = [];
  readonly line: number[] = [];

  constructor(readonly maxDepth: number) {}

  add(depth: number, segment: string | number, offset: number, line: number): void {
    this.depth.push(depth);
    this.segment.push(segment);
    this.offset.push(offset);
    this.line.push(line);
  }

  tree(): LocatedNode {
    const root: LocatedNode = { offset: this.offset[0] ?? 0, line: this.line[0] ?? 0 };
    const open: LocatedNode[] = [root];
    for (let index = 1; index < this.depth.length; index += 1) {
      const depth = this.depth[index] ?? 1;
      const parent = open[depth - 1];
      if (parent === undefined) continue;
      const node: LocatedNode = { offset: this.offset[index] ?? 0, line: this.line[index] ?? 0 };
      const segment = this.segment[index] ?? '';
      if (typeof segment === 'number') (parent.items ??= []).push(node);
      else (parent.entries ??= new Map()).set(segment, node);
      open.length = depth;
      open.push(node);
    }
    return root;
  }
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Characters that cannot start a plain scalar or start one of the forms left to the yaml library (`-`
 * only before a space or at the end of the line), where the sticky search starts.
 */
const INDICATOR_AT = /(?:[?:,[\]{}#&*!|>'"%@`]|- |-$)/my;

function notPlain(): never {
  throw NOT_PLAIN;
}

/** The document's data, noting node starts in `starts`. The reader rewrites list-item lines in `lines`: read them once. */
function read(lines: ContentLines, starts: NodeStarts): unknown {
  return new PlainReader(lines, starts).document();
}

class PlainReader {
  private next = 0;
  private readonly text: string;

  constructor(private readonly lines: ContentLines, private readonly starts: NodeStarts) {
    this.text = lines.text;
  }

  document(): unknown {
    if (this.lines.count === 0 || this.lines.indent[0] !== 0) notPlain();
    const root = this.mapping(0, 0, '');
    if (this.next !== this.lines.count) notPlain();
    return root;
  }

  private note(depth: number, segment: string | number, offset: number, line: number): void {
    if (depth <= this.starts.maxDepth) this.starts.add(depth, segment, offset, line);
  }

  /** The simple key at `offset` (`[A-Za-z][A-Za-z0-9_-]*`) when a colon follows it, then a space or the end of the line. */
  private keyAt(offset: number): string | undefined {
    const { text } = this;
    if (!isLetter(text.charCodeAt(offset))) return undefined;
    let at = offset + 1;
    for (let code = text.charCodeAt(at); isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === DASH; code = text.charCodeAt(at)) at += 1;
    if (text.charCodeAt(at) !== COLON) return undefined;
    const after = at + 1;
    if (after < text.length && text.charCodeAt(after) !== SPACE && text.charCodeAt(after) !== NEWLINE) return undefined;
    return text.slice(offset, at);
  }

  private mapping(indent: number, depth: number, segment: string | number): Record<string, unknown> {
    if (depth > MAX_DEPTH) notPlain();
    const { lines, text } = this;
    const value: Record<string, unknown> = {};
    let empty = true;
    for (let line = this.next; line < lines.count && (lines.indent[line] ?? 0) >= indent; line = this.next) {
      const from = lines.start[line] ?? 0;
      const end = lines.end[line] ?? 0;
      if ((lines.indent[line] ?? 0) > indent || lines.isListItem(line)) notPlain();
      const key = this.keyAt(from);
      if (key === undefined || NON_STRING_KEY.test(key) || Object.hasOwn(value, key)) notPlain();
      if (empty) {
        this.note(depth, segment, from, line);
        empty = false;
      }
      let at = from + key.length + 1;
      while (text.charCodeAt(at) === SPACE && at < end) at += 1;
      if (at === end || text.charCodeAt(at) === HASH) {
        this.next += 1;
        value[key] = this.nestedBlock(indent, depth + 1, key);
      } else {
        value[key] = this.scalar(line, at, depth + 1, key);
        this.next += 1;
        this.refuseContinuation(indent);
      }
    }
    if (empty) notPlain();
    return value;
  }

  private list(indent: number, depth: number, segment: string | number): unknown[] {
    if (depth > MAX_DEPTH) notPlain();
    const { lines, text } = this;
    const items: unknown[] = [];
    for (let line = this.next; line < lines.count && (lines.indent[line] ?? 0) >= indent; line = this.next) {
      if ((lines.indent[line] ?? 0) > indent) notPlain();
      // A key at the list's own indentation ends a list written under its key without indenting.
      if (!lines.isListItem(line)) break;
      const from = lines.start[line] ?? 0;
      const end = lines.end[line] ?? 0;
      if (items.length === 0) this.note(depth, segment, from, line);
      let at = from + 1;
      while (text.charCodeAt(at) === SPACE && at < end) at += 1;
      // An empty item, one whose value starts on the next line, and a list in a list are left to the yaml library.
      if (at === end || text.charCodeAt(at) === HASH || lines.isListItem(line, at)) notPlain();
      if (this.keyAt(at) !== undefined) {
        // The item is a mapping whose first key is on this line: read the rest of the line as a line of it.
        const column = (lines.indent[line] ?? 0) + at - from;
        lines.indent[line] = column;
        lines.start[line] = at;
        items.push(this.mapping(column, depth + 1, items.length));
      } else {
        items.push(this.scalar(line, at, depth + 1, items.length));
        this.next += 1;
        this.refuseContinuation(indent);
      }
    }
    if (items.length === 0) notPlain();
    return items;
  }

  /** The value of a key written on the lines after it: a deeper block, or a list at the key's own indentation. */
  private nestedBlock(keyIndent: number, depth: number, segment: string): unknown {
    const { lines } = this;
    const line = this.next;
    if (line >= lines.count) return notPlain(); // an empty value
    const indent = lines.indent[line] ?? 0;
    if (indent > keyIndent) return lines.isListItem(line) ? this.list(indent, depth, segment) : this.mapping(indent, depth, segment);
    if (indent === keyIndent && lines.isListItem(line)) return this.list(keyIndent, depth, segment);
    return notPlain(); // an empty value
  }

  /** A deeper line after a one-line value would continue it (a multi-line scalar) or be an error. */
  private refuseContinuation(indent: number): void {
    const line = this.next;
    if (line < this.lines.count && (this.lines.indent[line] ?? 0) > indent) notPlain();
  }

  /** A scalar, `[]` or `{}` that starts at offset `at` of content line `line` and ends with it (or with a comment). */
  private scalar(line: number, at: number, depth: number, segment: string | number): unknown {
    const { text } = this;
    const end = this.lines.end[line] ?? 0;
    this.note(depth, segment, at, line);
    const first = text.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (first === 0x22 /* " */) {
      const close = text.indexOf('"', at + 1);
      if (close === -1 || close >= end) notPlain();
      value = text.slice(at + 1, close);
      if ((value as string).includes('\\')) notPlain();
      after = close + 1;
    } else if (first === 0x27 /* ' */) {
      ({ value, after } = singleQuoted(text, at, end));
    } else if (text.startsWith('[]', at) || text.startsWith('{}', at)) {
      value = first === 0x5b /* [ */ ? [] : {};
      after = at + 2;
    } else {
      INDICATOR_AT.lastIndex = at;
      if (INDICATOR_AT.test(text)) notPlain();
      let rawEnd = at;
      while (rawEnd < end && !(text.charCodeAt(rawEnd) === HASH && text.charCodeAt(rawEnd - 1) === SPACE)) rawEnd += 1;
      while (rawEnd > at && text.charCodeAt(rawEnd - 1) === SPACE) rawEnd -= 1;
      return plainValue(text.slice(at, rawEnd));
    }
    // What may follow a quoted scalar, `[]` or `{}` on its line: spaces, then perhaps a comment.
    let rest = after;
    while (rest < end && text.charCodeAt(rest) === SPACE) rest += 1;
    if (rest < end && (rest === after || text.charCodeAt(rest) !== HASH)) notPlain();
    return value;
  }
}

/** A single-quoted scalar on one line (ending at `end`); `''` in it is one quote. */
function singleQuoted(text: string, at: number, end: number): { value: string; after: number } {
  let value = '';
  for (let from = at + 1; ; ) {
    const quote = text.indexOf("'", from);
    if (quote === -1 || quote >= end) return notPlain();
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== 0x27 || quote + 1 >= end) return { value, after: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

/** A plain scalar as the core schema reads it: null, a boolean, a decimal integer or a string. */
function plainValue(raw: string): unknown {
  // `a: b` inside a value is a nested mapping, which YAML refuses here; `a:` at its end is a key.
  if (raw.includes(': ') || raw.endsWith(':')) notPlain();
  // Most values start with a letter no core-schema form starts with: they are strings, without a regular expression.
  if (!CORE_FORM_START.test(raw)) return raw;
  if (CORE_NULL.test(raw)) return null;
  if (CORE_BOOLEAN.test(raw)) return raw.startsWith('t') || raw.startsWith('T');
  if (CORE_DECIMAL_INTEGER.test(raw)) return parseInt(raw, 10);
  if (CORE_OTHER.test(raw)) notPlain();
  return raw;
}

/** The start of the node at `path` in `tree`, or of its closest existing ancestor. */
function locate(tree: LocatedNode, path: DocumentPath): LocatedNode {
  let node = tree;
  for (const segment of path) {
    const next = node.entries?.get(String(segment)) ?? (typeof segment === 'number' ? node.items?.[segment] : undefined);
    if (next === undefined) return node;
    node = next;
  }
  return node;
}
