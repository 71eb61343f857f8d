import type { components } from '@api/schema';

type Schemas = components['schemas'];

/** The colour of an experiment's outcome, wherever an experiment is shown. */
export const experimentOutcomeColours = {
  VALIDATED: 'success',
  INVALIDATED: 'danger',
  INCONCLUSIVE: 'warning',
} as const;

/** An experiment as the open data and the lessons library send it. */
export type PortfolioExperiment = Omit<Schemas['ExperimentRecord'], 'outcome'> & {
  outcome: 'VALIDATED' | 'INVALIDATED' | 'INCONCLUSIVE' | null;
};
