import { describe, expect, it } from 'vitest';
import { generateSeed, startEmulator } from '../../src/emulator/index.js';
import { seedProblems } from '../../src/emulator/seed-validation.js';

describe('generateSeed', () => {
  it('is deterministic in its arguments', () => {
    const options = { tokens: 300, loginRows: 200, seed: 9 };
    expect(generateSeed(options)).toEqual(generateSeed(options));
    expect(generateSeed({ ...options, seed: 10 })).not.toEqual(generateSeed(options));
  });

  it('makes the requested numbers of tokens and login rows, valid against the seed schema and rules', () => {
    const seed = generateSeed({ tokens: 500, loginRows: 300, seed: 1, account: '7654321_SB2', now: new Date('2027-01-01T00:00:00Z') });
    expect(seed.account).toBe('7654321_SB2');
    expect(seed.tokens).toHaveLength(500);
    expect(seed.loginAudit).toHaveLength(300);
    expect(seedProblems(seed)).toEqual([]);
    expect(new Set(seed.tokens.map((token) => token.name)).size).toBe(500);
  });

  it('mixes states, creates tokens before now, and uses them within the last 200 days', () => {
    const now = new Date('2026-11-01T00:00:00Z');
    const seed = generateSeed({ tokens: 2000, loginRows: 2000, seed: 5, now });
    const revoked = seed.tokens.filter((token) => token.revoked === true).length;
    const inactive = seed.tokens.filter((token) => token.inactive === true).length;
    expect(revoked).toBeGreaterThan(100);
    expect(inactive).toBeGreaterThan(100);
    expect(seed.tokens.every((token) => Date.parse(token.created) <= now.getTime())).toBe(true);
    const names = new Set(seed.tokens.map((token) => token.name));
    expect(seed.loginAudit?.every((row) => row.token !== undefined && names.has(row.token) && Date.parse(row.date) > now.getTime() - 201 * 86_400_000)).toBe(true);
    expect(seed.loginAudit?.some((row) => row.status === 'Failure')).toBe(true);
  });

  it('adds M2M mappings on request, four per integration, without changing the rest of the seed', async () => {
    const plain = generateSeed({ tokens: 40, loginRows: 20, seed: 3 });
    const seed = generateSeed({ tokens: 40, loginRows: 20, seed: 3, mappings: 10 });
    expect(seed.tokens).toEqual(plain.tokens);
    expect(seed.loginAudit).toEqual(plain.loginAudit);
    expect(seedProblems(seed)).toEqual([]);
    expect(seed.mappings?.map((mapping) => mapping.name)).toEqual(Array.from({ length: 10 }, (_, index) => `m2m-${String(index + 1).padStart(6, '0')}`));
    const perIntegration = new Map<string, number>();
    for (const mapping of seed.mappings ?? []) perIntegration.set(mapping.integration, (perIntegration.get(mapping.integration) ?? 0) + 1);
    expect([...perIntegration.values()]).toEqual([4, 4, 2]);
    const emulator = await startEmulator({ seed, now: () => new Date('2026-11-01T00:00:00Z') });
    try {
      const credentials = emulator.m2mCredentials('m2m-000007');
      expect(credentials?.current).toMatchObject({ keyAlgorithm: 'ec-p256', state: 'active' });
      expect(emulator.state().certificates).toHaveLength(10);
    } finally {
      await emulator.close();
    }
  });

  it('handles an empty account', () => {
    expect(generateSeed({ tokens: 0, loginRows: 10, seed: 1 })).toMatchObject({ tokens: [], loginAudit: [] });
  });
});
