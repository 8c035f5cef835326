// The contract's methods for undo, revert and clearing a month's row (issue 13 point 3). Spread into
// the one contract (contract.ts), which the IPC, preload and CLI are generated from.
import { z } from 'zod';
import { writes } from './mutates';
import type { RevertPreview, RevertResult } from './revert';
import { id, month, returns } from './schemas';

export const historyMethods = {
  /** What reverting history entry `id`'s batch (or, entryOnly, that entry alone) would do; writes nothing. */
  previewRevert: {
    input: z.object({ id, entryOnly: z.boolean().default(false) }),
    output: returns<RevertPreview>(),
  },
  /**
   * Reverts it: refused with a Thai message when a later edit touched the same fields, nothing
   * written then. The revert is one batch of the history (itself revertible). A revert of plan
   * records is refused on an approved plan (lock 'changedPlan': checked on what it changed).
   */
  revertHistory: {
    mutates: writes('plan', 'changedPlan'),
    /** confirmed: the user agreed to the preview's `confirm` question (reports that go with a plan). */
    input: z.object({ id, entryOnly: z.boolean().default(false), confirmed: z.boolean().default(false) }),
    output: returns<RevertResult>(),
  },
  /**
   * Ctrl+Z / เลิกทำ of a screen: reverts the newest batch of this user's saves in the plan of that
   * screen's kind (followUp: reports and evidence; plan: items and activities). result null: nothing left.
   */
  undoLast: {
    mutates: writes('plan', 'changedPlan'),
    input: z.object({ planId: id, scope: z.enum(['followUp', 'plan']) }),
    output: returns<{ result: RevertResult | null; message: string }>(),
  },
  /** "ล้างแถว": the month's report of an activity removed (its links too; refused while it has files). */
  clearFollowUp: {
    mutates: writes('followUp'),
    input: z.object({ activityId: id, month }),
    output: returns<{ cleared: boolean }>(),
  },
};
