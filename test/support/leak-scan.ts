/**
 * Looks for secrets in text in every form they travel in, not only verbatim: percent-encoded (query
 * strings, OAuth parameters, form bodies) and base64 (HTTP Basic credentials — a git push to GitHub
 * carries `AUTHORIZATION: basic base64("x-access-token:<token>")` — and any other `user:secret` pair).
 *
 * Base64 is matched by the part of the encoding that depends on the secret alone: base64 encodes
 * three bytes as four characters, so inside the encoding of `prefix + secret + suffix` the secret's
 * whole three-byte groups encode to the same characters whatever the prefix and suffix are, given the
 * prefix's length modulo 3. Three fragments per secret (one per alignment) therefore find it in the
 * encoding of any pair or longer text, with no need to guess the user name.
 */

export interface LeakForm {
  readonly secret: string;
  /** How the secret was encoded: `verbatim`, `percent-encoded`, `base64`, … */
  readonly form: string;
  /** What to search for. */
  readonly needle: string;
}

/** A base64 fragment shorter than this could occur by chance in ordinary text. */
const MIN_FRAGMENT = 12;

export function leakForms(secret: string): LeakForm[] {
  const forms: LeakForm[] = [{ secret, form: 'verbatim', needle: secret }];
  const add = (form: string, needle: string): void => {
    if (needle.length > 0 && !forms.some((known) => known.needle === needle)) forms.push({ secret, form, needle });
  };
  const percent = encodeURIComponent(secret);
  // RFC 3986 (OAuth 1.0a) also encodes !'()*; form bodies write a space as +; hex digits may be lower case.
  const strict = percent.replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  for (const encoded of [percent, strict]) {
    add('percent-encoded', encoded);
    add('percent-encoded (lower-case hex)', encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
    add('form-encoded', encoded.replace(/%20/g, '+'));
  }
  // A secret inside a JSON string (a GitHub request body, a JSON plan) has its quotes, backslashes and newlines escaped.
  add('JSON-escaped', JSON.stringify(secret).slice(1, -1));
  const bytes = Buffer.from(secret, 'utf8');
  for (let shift = 0; shift < 3; shift += 1) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const fragment = encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + bytes.length) / 3) * 4);
    if (fragment.length < MIN_FRAGMENT) continue;
    const where = shift === 0 ? 'base64' : `base64 after ${shift} byte${shift === 1 ? '' : 's'} (mod 3) of a prefix such as "user:"`;
    add(where, fragment);
    add(`${where}, URL-safe alphabet`, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** Every form of every secret that occurs in `text`. */
export function findLeaks(text: string, secrets: readonly string[]): LeakForm[] {
  return [...new Set(secrets)].flatMap(leakForms).filter((form) => text.includes(form.needle));
}

/** One line per leak, for an assertion message. */
export function describeLeaks(leaks: readonly LeakForm[], where: string): string[] {
  return leaks.map((leak) => `${leak.secret} (${leak.form}) in ${where}`);
}

/**
 * The lines of a PEM's base64 body (SPEC §10 bundles carry a PKCS#8 private key): each is a canary of
 * its own, so a key printed in part, re-wrapped or inside escaped JSON is still found. A short last line
 * could occur by chance, so lines under 16 characters are left to the others.
 */
export function pemBodyLines(pem: string): string[] {
  return pem.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith('-----'));
}

/** A compact JWS (an OAuth 2.0 access token or client assertion): base64url header, payload and signature. */
export const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** An Authorization header carrying a bearer token, as a debug line might print it. */
export const BEARER_PATTERN = /Bearer\s+[A-Za-z0-9._~+/-]{8,}/gi;

/** Every JWT-shaped or bearer-shaped string in `text`, whether or not it is a known canary. */
export function credentialShapes(text: string): string[] {
  return [...text.matchAll(JWT_PATTERN), ...text.matchAll(BEARER_PATTERN)].map((match) => match[0]);
}
