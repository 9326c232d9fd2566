/** Seeded randomness (mulberry32, shared with the emulator) so every benchmark input is the same from run to run. */
export { seededRandom } from '../src/emulator/prng.js';

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('Cannot pick from an empty list.');
  return item;
}
