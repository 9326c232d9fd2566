import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/support/errors.js';
import { resolveEndpoints } from '../../src/netsuite/endpoints.js';

describe('resolveEndpoints', () => {
  it('derives hosts in lower case with a hyphen and the realm in upper case with an underscore', () => {
    expect(resolveEndpoints('1234567_SB1', {})).toEqual({
      realm: '1234567_SB1',
      rest: 'https://1234567-sb1.suitetalk.api.netsuite.com',
      restlets: 'https://1234567-sb1.restlets.api.netsuite.com',
      ui: 'https://1234567-sb1.app.netsuite.com',
    });
    expect(resolveEndpoints('1234567', {}).rest).toBe('https://1234567.suitetalk.api.netsuite.com');
    // The realm must be upper case (12345_sb1 gives "invalid login attempt"), whatever the file says.
    expect(resolveEndpoints('1234567_sb1', {}).realm).toBe('1234567_SB1');
    expect(resolveEndpoints('tstdrv2345', {}).realm).toBe('TSTDRV2345');
  });

  it('takes origin overrides from the environment', () => {
    const endpoints = resolveEndpoints('1234567_SB1', {
      NETSUITE_REST_URL: 'http://127.0.0.1:8080',
      NETSUITE_RESTLETS_URL: 'http://127.0.0.1:8080/',
      NETSUITE_UI_URL: 'HTTPS://Example.COM',
    });
    expect(endpoints).toEqual({ realm: '1234567_SB1', rest: 'http://127.0.0.1:8080', restlets: 'http://127.0.0.1:8080', ui: 'https://example.com' });
    expect(resolveEndpoints('1234567', { NETSUITE_REST_URL: '' }).rest).toBe('https://1234567.suitetalk.api.netsuite.com');
  });

  it.each([
    ['http://127.0.0.1:8080/services/rest', 'NETSUITE_REST_URL must not contain a path.'],
    ['http://127.0.0.1:8080?x=1', 'NETSUITE_REST_URL must not contain a query.'],
    ['http://127.0.0.1:8080/#top', 'NETSUITE_REST_URL must not contain a fragment.'],
    ['ftp://127.0.0.1', 'NETSUITE_REST_URL must use http or https.'],
    ['127.0.0.1:8080', 'NETSUITE_REST_URL is not a URL.'],
    ['javascript:alert(1)', 'NETSUITE_REST_URL must use http or https.'],
    ['not a url', 'NETSUITE_REST_URL is not a URL.'],
    ['https://user:hunter2secret@example.com', 'NETSUITE_REST_URL must not contain a user name or password.'],
  ])('rejects %j with a clear usage error', (value, message) => {
    let error: unknown;
    try {
      resolveEndpoints('1234567', { NETSUITE_REST_URL: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
    expect((error as UsageError).hint).toContain('http://127.0.0.1:8080');
    expect((error as UsageError).message).not.toContain('hunter2');
  });

  it('rejects an account id that cannot be a NetSuite account', () => {
    expect(() => resolveEndpoints('1234567.evil.com/x', {})).toThrow(UsageError);
    expect(() => resolveEndpoints('', {})).toThrow(/is not valid/);
  });
});
