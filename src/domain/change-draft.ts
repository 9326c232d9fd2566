import type { Block } from './plan-guards.js';
import type { Change } from './plan.js';

/** A change before its message is written: the shared guards may still block it. */
export type ChangeDraft = Omit<Change, 'message' | 'blocked'> & {
  /** Why the change is wanted, without the closing full stop. */
  readonly why: string;
  readonly block: Block | null;
};
