/**
 * Keeps a markdown document under a size limit (GitHub refuses bodies over 65,536 characters) by
 * cutting it cleanly: prose and headings stay, tables and lists keep their first rows with a note
 * saying how many were left out. Only when the prose alone is too long is the end cut, at a line boundary.
 */

export interface FitOptions {
  /** The largest allowed size, in the unit of `measure`. */
  readonly limit: number;
  /** The note under a shortened table, e.g. "…and 12 more rows; the status file lists them all." */
  readonly omittedRows: (count: number) => string;
  /** The note when the end of the document had to go. */
  readonly cutNote: string;
  /** How size is counted; UTF-16 code units by default (never fewer than GitHub's characters). */
  readonly measure?: (text: string) => number;
}

/** Prose is kept whole; a table (its header and delimiter rows as `head`) or a list can lose rows. */
type Block =
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  | { readonly kind: 'rows'; readonly head: readonly string[]; readonly rows: readonly string[] };

export function fitMarkdown(markdown: string, options: FitOptions): string {
  const measure = options.measure ?? ((text: string) => text.length);
  if (measure(markdown) <= options.limit) return markdown;
  const blocks = parseBlocks(markdown);
  const longest = Math.max(0, ...blocks.map((block) => (block.kind === 'rows' ? block.rows.length : 0)));
  // The size only grows with the rows kept per table, so the largest count that fits is found by bisection.
  let low = 0;
  let high = longest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(render(blocks, middle, options)) <= options.limit) low = middle;
    else high = middle - 1;
  }
  const fitted = render(blocks, low, options);
  return measure(fitted) <= options.limit ? fitted : cutEnd(fitted, options, measure);
}

const TABLE_ROW = /^\s*\|/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)]) /;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function parseBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let prose: string[] = [];
  let fenced = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1];
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && TABLE_ROW.test(line) && next !== undefined && DELIMITER_ROW.test(next)) {
      if (prose.length > 0) blocks.push({ kind: 'lines', lines: prose });
      prose = [];
      const rows: string[] = [];
      let end = index + 2;
      while (end < lines.length && TABLE_ROW.test(lines[end] ?? '')) rows.push(lines[end++] ?? '');
      blocks.push({ kind: 'rows', head: [line, next], rows });
      index = end - 1;
    } else if (!fenced && LIST_ITEM.test(line)) {
      if (prose.length > 0) blocks.push({ kind: 'lines', lines: prose });
      prose = [];
      const rows: string[] = [];
      let end = index;
      while (end < lines.length && LIST_ITEM.test(lines[end] ?? '')) {
        // An item's own indented lines (a code block under it) stay with it: kept or left out together.
        const next = itemEnd(lines, end + 1);
        rows.push(lines.slice(end, next).join('\n'));
        end = next;
      }
      blocks.push({ kind: 'rows', head: [], rows });
      index = end - 1;
    } else {
      prose.push(line);
    }
  }
  if (prose.length > 0) blocks.push({ kind: 'lines', lines: prose });
  return blocks;
}

/** Where a list item that starts before `from` ends: after its indented lines, and the blank lines between them. */
function itemEnd(lines: readonly string[], from: number): number {
  let end = from;
  for (let scan = from; scan < lines.length; scan += 1) {
    const line = lines[scan] ?? '';
    if (/^ {2,}\S/.test(line)) end = scan + 1;
    else if (line.trim() !== '') break;
  }
  return end;
}

function render(blocks: readonly Block[], rowsPerTable: number, options: FitOptions): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'lines') {
      out.push(...block.lines);
      continue;
    }
    out.push(...block.head, ...block.rows.slice(0, rowsPerTable));
    const omitted = block.rows.length - rowsPerTable;
    if (omitted > 0) out.push('', options.omittedRows(omitted), '');
  }
  return out.join('\n');
}

/** Keeps as many whole lines from the start as fit, closes an open code fence, and says so. */
function cutEnd(text: string, options: FitOptions, measure: (text: string) => number): string {
  const lines = text.split('\n');
  const withNote = (kept: number): string => {
    const head = lines.slice(0, kept);
    const open = head.filter((line) => /^\s*(```|~~~)/.test(line)).length % 2 === 1;
    return `${head.join('\n')}${open ? '\n```' : ''}\n\n${options.cutNote}\n`;
  };
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(withNote(middle)) <= options.limit) low = middle;
    else high = middle - 1;
  }
  const fitted = withNote(low);
  return measure(fitted) <= options.limit ? fitted : options.cutNote.slice(0, options.limit);
}
