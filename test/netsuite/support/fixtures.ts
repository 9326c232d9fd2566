import { Secret } from '../../../src/secrets/secret.js';
import type { TbaCredentials } from '../../../src/secrets/credentials.js';
import type { Sleep } from '../../../src/netsuite/transport.js';
import { findLeaks } from '../../support/leak-scan.js';

/** Recognisable values that must never show up in any message, stack, event or log. */
export const CANARY = {
  consumerKey: 'CANARYCK5f1e2d3c4b5a69788796a5b4c3d2e1f0',
  consumerSecret: 'CANARYCS0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d',
  tokenId: 'CANARYTK11223344556677889900aabbccddeeff',
  tokenSecret: 'CANARYTSffeeddccbbaa00998877665544332211',
} as const;

export function canaryCredentials(): TbaCredentials {
  return {
    kind: 'tba',
    consumerKey: new Secret(CANARY.consumerKey),
    consumerSecret: new Secret(CANARY.consumerSecret),
    tokenId: new Secret(CANARY.tokenId),
    tokenSecret: new Secret(CANARY.tokenSecret),
  };
}

/** The canaries that appear in the text: verbatim, percent- or base64-encoded, or a long piece of one. */
export function leakedCanaries(text: string): string[] {
  return Object.values(CANARY).filter((value) => findLeaks(text, [value]).length > 0 || text.includes(value.slice(6, 26)));
}

/** A clock that only moves when the fake sleep is called, and the fake sleep that moves it. */
export function fakeTime(startMs = Date.UTC(2025, 0, 15, 12, 0, 0)): { clock: { now: () => Date }; sleep: Sleep; waits: number[]; advance: (ms: number) => void } {
  let now = startMs;
  const waits: number[] = [];
  return {
    clock: { now: () => new Date(now) },
    /** Moves the clock as if `ms` had passed, without anything waiting. */
    advance: (ms) => {
      now += ms;
    },
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    waits,
  };
}
