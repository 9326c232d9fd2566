import { fileURLToPath } from 'node:url';
import { writeValidators } from '../../scripts/generate-validators.js';

/**
 * Vitest global setup: the code under test imports the validators compiled from schemas/ (git-ignored,
 * written by every build); writing them here first means a focused `npx vitest run` on a fresh
 * checkout, or after a schema changed, never runs against missing or stale ones.
 */
export default async function setup(): Promise<void> {
  await writeValidators(fileURLToPath(new URL('../..', import.meta.url)));
}
