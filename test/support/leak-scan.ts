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
