import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { UsageError } from '../../src/errors.js';
import { resolveCredentialRefs } from '../../src/netsuite/credentials.js';

const refs = { consumerKey: 'env:EXPENSE_CONSUMER_KEY', consumerSecret: 'env:EXPENSE_CONSUMER_SECRET', tokenId: 'env:EXPENSE_TOKEN_ID', tokenSecret: 'env:EXPENSE_TOKEN_SECRET' };

describe('resolveCredentialRefs', () => {
  it('resolves env: references into secrets that print as [redacted]', () => {
    const credentials = resolveCredentialRefs(refs, {
      EXPENSE_CONSUMER_KEY: 'ck-value-123456',
      EXPENSE_CONSUMER_SECRET: 'cs-value-123456',
      EXPENSE_TOKEN_ID: 'tk-value-123456',
      EXPENSE_TOKEN_SECRET: 'ts-value-123456',
    });
    expect(credentials.tokenId.reveal()).toBe('tk-value-123456');
    expect(`${String(credentials.tokenSecret)} ${JSON.stringify(credentials)} ${inspect(credentials)}`).not.toMatch(/value-123456/);
  });

  it('names every missing or empty variable at once, never a value', () => {
    let error: unknown;
    try {
      resolveCredentialRefs(refs, { EXPENSE_CONSUMER_KEY: 'ck-value-123456', EXPENSE_TOKEN_ID: '', EXPENSE_TOKEN_SECRET: 'ts-value-123456' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('The environment variables EXPENSE_CONSUMER_SECRET, EXPENSE_TOKEN_ID are not set.');
    expect(inspect(error)).not.toContain('value-123456');
  });

  it('refuses a field that is not an env:NAME reference without repeating it', () => {
    let error: unknown;
    try {
      resolveCredentialRefs({ ...refs, tokenSecret: 'pasted-secret-abcdef' }, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('credentials.tokenSecret is not an env:NAME reference.');
    expect(inspect(error)).not.toContain('pasted-secret');
  });
});
