import type { Io } from '../io.js';
import { RuntimeFailure } from '../errors.js';

/** Placeholder until the command lands; reports honestly that it is not available yet. */
export function validateCommand(_args: readonly string[], _io: Io): Promise<number> {
  return Promise.reject(new RuntimeFailure('The "validate" command is not implemented yet.'));
}
