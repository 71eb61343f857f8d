import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { oneOf } from '../lib/one-of';

const isKnownStage = oneOf([
  'draft',
  'revision',
  'screening',
  'plan',
  'test',
  'scale-decision',
  'scaling',
  'shelf',
  'scaled',
  'stopped',
  'declined',
  'withdrawn',
] as const);

/**
 * A stage's name in the chosen language. Stages come from the deployed model, so one we do not
 * know yet shows the model's own label (or its key).
 */
export function useStageLabel() {
  const { t } = useTranslation();
  return useCallback(
    (stage: string, modelLabel?: string | null) =>
      isKnownStage(stage) ? t(`stages.${stage}`) : (modelLabel ?? stage),
    [t],
  );
}
