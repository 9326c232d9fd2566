/**
 * RFC 3986 percent-encoding as OAuth 1.0a (RFC 5849 §3.6) and NetSuite require it: UTF-8 bytes, every
 * byte outside the unreserved set `A-Z a-z 0-9 - . _ ~` becomes `%XX` with upper-case hex, and a space
 * is `%20`, never `+`. Written here rather than taken from the client's signer so that one encoding bug
 * cannot hide on both sides of the wire.
 */
export function percentEncode(value: string): string {
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    encoded += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e // - . _ ~
  );
}

/**
 * Decodes `%XX` sequences (and, for form-style query strings, `+` as a space). Returns null when the
 * input is not valid percent-encoded UTF-8, so callers can answer 400 instead of throwing.
 */
export function percentDecode(value: string, options: { plusIsSpace: boolean }): string | null {
  const text = options.plusIsSpace ? value.replace(/\+/g, ' ') : value;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
