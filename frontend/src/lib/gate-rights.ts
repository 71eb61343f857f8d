import type { GateRight } from './api-types';

/** The conflicts of interest among the reasons someone may not pass a gate (four eyes). */
export type Conflict = Extract<GateRight, 'SUBMITTER' | 'CO_AUTHOR' | 'SCALE_PROPOSER'>;

/**
 * The conflict of interest that keeps the reader from a gate, if that is why: they submitted or
 * co-authored the idea, or, at the scale decision, proposed scaling it.
 */
export function conflictOf(right: GateRight): Conflict | null {
  switch (right) {
    case 'SUBMITTER':
    case 'CO_AUTHOR':
    case 'SCALE_PROPOSER':
      return right;
    default:
      return null;
  }
}
