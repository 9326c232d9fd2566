/**
 * A URL as a markdown link destination that cannot break out of the link: `<…>` form, with the
 * characters that end or nest a destination percent-encoded. Only http(s) URLs are linked; anything
 * else becomes `#` (a dead link) rather than, say, a `javascript:` URL.
 */
export function safeLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<#>';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '<#>';
  const encoded = parsed.href.replace(/[<>()\s"'`\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `<${encoded}>`;
}
