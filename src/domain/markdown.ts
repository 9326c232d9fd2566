/**
 * Making strings from NetSuite inert in GitHub markdown.
 *
 * GitHub turns `@name` into mentions, `#12` into references and URLs into links by filtering the
 * rendered HTML's text nodes, skipping code. So untrusted text goes inside a code span: no mention,
 * reference, link, image, emoji or HTML can come out of it. What a code span cannot hold is dealt with
 * here: line breaks and control characters (shown as visible escapes), bidirectional overrides (which
 * can make a name read differently from what it is), table pipes, and backtick runs (a longer fence).
 */

const MAX_SHOWN = 200;

// C0/C1 controls, and the Unicode bidi embeddings, overrides and isolates (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;

/** Replaces characters a reader cannot see (or that reorder text) with a visible `\u{…}` escape. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_OR_CONTROL, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/** Shortens text to `max` code points, marking the cut. */
export function shorten(text: string, max: number = MAX_SHOWN): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Untrusted text as an inline code span, safe in prose and in table cells. Empty or missing text
 * renders as an em dash so tables keep their shape.
 */
export function codeSpan(text: string | null): string {
  if (text === null || text === '') return '—';
  const safe = shorten(visibleText(text)).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...Array.from(safe.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') || safe.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/**
 * Text the operator wrote itself (messages, headings) that may still contain characters markdown
 * treats specially; backslash-escapes them. Not for untrusted strings: use codeSpan.
 */
export function escapeMarkdown(text: string): string {
  return visibleText(text).replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/\n/g, ' ');
}

/**
 * What GitHub turns into a mention (`@team`), a reference (`#12`, `GH-12`, `org/repo#12`) or a link
 * (`https://…`, `www.…`, `name@host`) after markdown is rendered, so a backslash cannot stop it; only
 * code can.
 */
const GITHUB_TRIGGER = /[@#]|:\/\/|^www\.|^gh-\d/i;

/**
 * A sentence that may quote NetSuite (a failure's detail, a refusal's reason): escaped like the
 * operator's own text, with every word GitHub would act on shown as code, so it stays readable.
 */
export function inertProse(text: string): string {
  return visibleText(text)
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? ' ' : GITHUB_TRIGGER.test(part) ? codeSpan(part) : escapeMarkdown(part)))
    .join('');
}
