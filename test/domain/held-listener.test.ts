import { describe, expect, it } from 'vitest';
import { HeldListener, type LastUse, type ObservationListener } from '../../src/domain/observation.js';
import type { ObservedToken } from '../../src/domain/kinds/tba-token/token.js';
import { observedToken } from './builders.js';

function recorder(): ObservationListener & { readonly heard: string[] } {
  const heard: string[] = [];
  return {
    heard,
    tokens: (rows: readonly ObservedToken[]) => { heard.push(`tokens ${rows.map((row) => row.id).join(',')}`); },
    lastUses: (rows: readonly LastUse[]) => { heard.push(`uses ${rows.map((row) => row.name).join(',')}`); },
  };
}

describe('HeldListener', () => {
  it('holds what it hears until attached, passes it on in the order heard, then passes on at once', () => {
    const held = new HeldListener();
    held.tokens([observedToken({ id: '1' }), observedToken({ id: '2' })]);
    held.lastUses([{ name: 'Token 1', at: '2026-11-01T00:00:00Z' }]);
    held.tokens([observedToken({ id: '3' })]);
    const target = recorder();
    held.attach(target);
    expect(target.heard).toEqual(['tokens 1,2', 'uses Token 1', 'tokens 3']);
    held.tokens([observedToken({ id: '4' })]);
    expect(target.heard).toEqual(['tokens 1,2', 'uses Token 1', 'tokens 3', 'tokens 4']);
  });

  it('refuses a second listener, which would miss what the first was given', () => {
    const held = new HeldListener();
    held.attach(recorder());
    expect(() => { held.attach(recorder()); }).toThrow('already attached');
  });
});
