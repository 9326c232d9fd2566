import { percentDecode } from './percent-encoding.js';

/** The parameters of an `Authorization: OAuth ...` header, names and values percent-decoded. */
export type OAuthHeaderParameters = ReadonlyMap<string, string>;

export type OAuthHeaderParse =
  | { readonly ok: true; readonly parameters: OAuthHeaderParameters }
  | { readonly ok: false; readonly problem: string };

/**
 * Parses an OAuth 1.0a Authorization header (RFC 5849 §3.5.1): the scheme `OAuth`, then
 * comma-separated `name="value"` pairs, values percent-encoded. Strict on purpose: an unquoted value,
 * a duplicate name or trailing garbage is a malformed header, which NetSuite answers with a 401.
 */
export function parseOAuthHeader(header: string | undefined): OAuthHeaderParse {
  if (header === undefined || header.trim() === '') return { ok: false, problem: 'no Authorization header' };
  const scheme = /^\s*OAuth(?:\s+|$)/i.exec(header);
  if (scheme === null) return { ok: false, problem: 'the Authorization scheme is not OAuth' };

  const parameters = new Map<string, string>();
  let rest = header.slice(scheme[0].length);
  // name="value" with optional whitespace around the separators; the value may not contain a quote
  // (percent-encoding leaves none).
  const pair = /^\s*([A-Za-z0-9_\-.~%]+)\s*=\s*"([^"]*)"\s*/;
  while (rest.trim() !== '') {
    const match = pair.exec(rest);
    if (match === null) return { ok: false, problem: 'the Authorization header is not a list of name="value" pairs' };
    const name = percentDecode(match[1] ?? '', { plusIsSpace: false });
    const value = percentDecode(match[2] ?? '', { plusIsSpace: false });
    if (name === null || value === null) return { ok: false, problem: 'the Authorization header has invalid percent-encoding' };
    if (parameters.has(name)) return { ok: false, problem: `the Authorization header repeats ${name}` };
    parameters.set(name, value);
    rest = rest.slice(match[0].length);
    if (rest.startsWith(',')) {
      rest = rest.slice(1);
      if (rest.trim() === '') return { ok: false, problem: 'the Authorization header ends with a comma' };
    } else if (rest.trim() !== '') {
      return { ok: false, problem: 'the Authorization header parameters are not separated by commas' };
    }
  }
  if (parameters.size === 0) return { ok: false, problem: 'the Authorization header has no parameters' };
  return { ok: true, parameters };
}
