import type { components } from '@api/schema';

import type { LearningCard } from '../../lib/api-types';

type Schemas = components['schemas'];

/** The colour of an experiment's outcome, wherever an experiment is shown. */
export const experimentOutcomeColours = {
  VALIDATED: 'success',
  INVALIDATED: 'danger',
  INCONCLUSIVE: 'warning',
} as const;

/** An experiment as the open data and the lessons library send it. */
export type PortfolioExperiment = Omit<
  Required<Schemas['ExperimentRecord']>,
  'learningCard' | 'outcome' | 'result'
> & {
  outcome: 'VALIDATED' | 'INVALIDATED' | 'INCONCLUSIVE' | null;
  result: string | null;
  learningCard: LearningCard | null;
};
