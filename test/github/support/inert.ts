/**
 * Checks that markdown is inert where it should be: code spans are removed (CommonMark: a run of n
 * backticks opens, the next run of exactly n closes), and what remains is what GitHub would turn into
 * mentions, links, images or HTML.
 */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let index = 0;
  while (index < markdown.length) {
    const open = /`+/.exec(markdown.slice(index));
    if (open === null) {
      out += markdown.slice(index);
      break;
    }
    const start = index + open.index;
    const run = open[0].length;
    out += markdown.slice(index, start);
    const rest = markdown.slice(start + run);
    const close = new RegExp(`(?<!\`)\`{${run}}(?!\`)`).exec(rest);
    if (close === null) {
      out += open[0];
      index = start + run;
      continue;
    }
    out += ' CODE ';
    index = start + run + close.index + run;
  }
  return out;
}

/** Unescaped pipes in a table row (GFM splits cells on them even inside code spans). */
export function cellSeparators(row: string): number {
  return (row.match(/(?<!\\)\|/g) ?? []).length;
}

/** Every table in `markdown`: rows must have as many separators as the header. */
export function brokenTableRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const broken: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = lines[index] ?? '';
    if (!header.trimStart().startsWith('|') || !/^\s*\|?\s*:?-+/.test(lines[index + 1] ?? '')) continue;
    const expected = cellSeparators(header);
    let row = index + 2;
    while (row < lines.length && (lines[row] ?? '').trimStart().startsWith('|')) {
      if (cellSeparators(lines[row] ?? '') !== expected) broken.push(lines[row] ?? '');
      row += 1;
    }
    index = row;
  }
  return broken;
}

/** Hostile token names: mentions, references, links, images, HTML, table pipes, backticks, bidi, newlines. */
export const HOSTILE_NAMES = [
  '@acme/admins please approve',
  '#1 closes everything',
  '[click me](https://evil.example/phish)',
  '![pixel](https://evil.example/track.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'a | b | c',
  '``nested `backticks` here``',
  'line one\nline two',
  'admin\u202Egnp.exe',
  'https://evil.example/autolink',
  '**bold** _it_ ~~gone~~',
];

/** Things that must not appear outside code spans when HOSTILE_NAMES were rendered. */
export const FORBIDDEN_OUTSIDE_CODE = ['@acme/admins', '#1 closes', '](https://evil', '![pixel', '<img', '<script', 'https://evil.example/autolink', '\u202E', 'line two'];
