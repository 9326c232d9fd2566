/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine, which is what fault injection and bulk seed generation need. Not for secrets.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, bound). */
export function randomInt(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** `bytes` pseudo-random bytes as lower-case hex; for the emulator's obviously fake secrets only. */
export function randomHex(random: Random, bytes: number): string {
  let hex = '';
  while (hex.length < bytes * 2) hex += randomInt(random, 0x1_0000_0000).toString(16).padStart(8, '0');
  return hex.slice(0, bytes * 2);
}
