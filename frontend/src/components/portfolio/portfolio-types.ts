import type { components } from '@api/schema';

type Schemas = components['schemas'];

/** A learning card as the portfolio's endpoints send it: all four parts. */
export interface PortfolioLearningCard {
  believed: string;
  observed: string;
  learned: string;
  therefore: string;
}

/** An experiment as the open data and the lessons library send it. */
export type PortfolioExperiment = Omit<
  Required<Schemas['ExperimentRecord']>,
  'learningCard' | 'outcome' | 'result'
> & {
  outcome: 'VALIDATED' | 'INVALIDATED' | 'INCONCLUSIVE' | null;
  result: string | null;
  learningCard: PortfolioLearningCard | null;
};
