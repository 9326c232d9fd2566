import { createHash } from 'node:crypto';

/**
 * The AWS `ClientRequestToken` for a rotation's write (SPEC §12.2): the same rotation id gives the same
 * token, so a retry after a crash is a no-op for Secrets Manager (same token, same value) instead of a
 * second version. UUID-shaped (version 8, RFC 9562's form for hashed, custom values) from SHA-256 of the
 * rotation id; AWS accepts 32 to 64 characters.
 */
export function clientRequestToken(rotationId: string): string {
  const bytes = createHash('sha256').update(`netsuite-tokens rotation ${rotationId}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
