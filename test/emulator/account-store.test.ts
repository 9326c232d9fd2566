import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../src/emulator/account-store.js';
import { SMALL_SEED } from './support/small-seed.js';

describe('AccountStore', () => {
  it('keeps its database query-only outside its own changes, and counts each change', async () => {
    const store = new AccountStore(await initSqlJs(), SMALL_SEED);
    try {
      expect(() => store.database.exec("UPDATE oauthtoken SET brevoked = 'T'")).toThrow('attempt to write a readonly database');
      expect(() => store.database.exec('DELETE FROM loginaudit')).toThrow('attempt to write a readonly database');
      const before = store.version;
      expect(store.setInactive('101', true).ok).toBe(true);
      expect(store.version).toBe(before + 1);
      expect(store.token('101')?.state).toBe('inactive');
      expect(() => store.database.exec('DELETE FROM oauthtoken')).toThrow('attempt to write a readonly database');
    } finally {
      store.close();
    }
  });

  it('finds credentials by token key only for tokens that have them, and forgets them with their entity', async () => {
    const store = new AccountStore(await initSqlJs(), SMALL_SEED);
    try {
      const key = SMALL_SEED.tokens[1]?.tokenId ?? '';
      expect(store.credentialsOfTokenKey(key)).toEqual({ tokenInternalId: '101', tokenSecret: SMALL_SEED.tokens[1]?.tokenSecret });
      expect(store.deleteEntity('11')).toEqual({ ok: true, value: ['101', '105'] });
      expect(store.credentialsOfTokenKey(key)).toBeUndefined();
      expect(store.token('101')).toBeUndefined();
      expect(store.hasEntity('11')).toBe(false);
    } finally {
      store.close();
    }
  });
});
