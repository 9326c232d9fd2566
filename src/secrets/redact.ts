import type { Secret } from './secret.js';

const REDACTED = '[redacted]';

/** An `Authorization: OAuth …` value, wherever it appears (header dump, JSON, error text). */
const OAUTH_HEADER = /\bOAuth\s+(?:realm|oauth_)[^\r\n]*/gi;
/** `Authorization: <anything>` up to the end of the line, or as a JSON member. */
const AUTHORIZATION_LINE = /(["']?authorization["']?\s*[:=]\s*["']?)[^"'\r\n]*/gi;
/** OAuth protocol parameters in any form: `oauth_token="…"`, `oauth_token=…&`, `oauth_token%3D…`. */
const OAUTH_PARAMETER = /\b(oauth_[a-z_]+)(%3D|\s*=\s*"?|"\s*:\s*")[^"&,\s]*/gi;
/** The revoketoken query parameters carry the consumer key and the token id. */
const CREDENTIAL_QUERY_PARAMETER = /([?&](?:consumerKey|token)=)[^&#\s"']*/gi;

/**
 * Removes everything that can sign a NetSuite request from a piece of text before it reaches an
 * error message, a debug event or a log: Authorization values, oauth_* parameters, the revoketoken
 * query parameters, the credentials of a URL, and every given secret value verbatim (and percent-encoded).
 */
export function redact(text: string, secrets: readonly Secret[] = []): string {
  let result = text;
  for (const secret of secrets) {
    const value = secret.reveal();
    // Very short values would shred ordinary words; real keys and secrets are 32+ characters.
    if (value.length < 8) continue;
    result = result.split(value).join(REDACTED);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) result = result.split(encoded).join(REDACTED);
  }
  return withoutUrlCredentials(result)
    .replace(OAUTH_HEADER, `OAuth ${REDACTED}`)
    .replace(AUTHORIZATION_LINE, `$1${REDACTED}`)
    .replace(OAUTH_PARAMETER, `$1$2${REDACTED}`)
    .replace(CREDENTIAL_QUERY_PARAMETER, `$1${REDACTED}`);
}

/**
 * Text with the user name and password of every URL in it replaced (`https://user:token@host`): a base
 * URL given with credentials, which fetch then quotes whole in its refusal.
 */
export function withoutUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, `$1${REDACTED}@`);
}
