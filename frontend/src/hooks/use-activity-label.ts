import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const knownActivities = [
  'UserTask_ScreenIdea',
  'UserTask_ReviseIdea',
  'UserTask_ApprovePlan',
  'UserTask_RunTest',
  'UserTask_DecideAfterTimeBox',
  'UserTask_DecideScale',
  'UserTask_ConfirmAdoption',
  'TimerEvent_ShelvedFromScreening',
  'TimerEvent_ShelvedFromTest',
  'TimerEvent_ShelvedFromScaleDecision',
  'EndEvent_Scaled',
  'EndEvent_StoppedAfterTest',
  'EndEvent_StoppedAtScaleDecision',
  'EndEvent_Declined',
  'EndEvent_Withdrawn',
] as const;
type KnownActivity = (typeof knownActivities)[number];

function isKnownActivity(id: string): id is KnownActivity {
  return (knownActivities as readonly string[]).includes(id);
}

/**
 * A step of the process model, where an idea can stand, in the chosen language, by its element
 * id; a step added in the Modeler shows the model's own name (or its id).
 */
export function useActivityLabel() {
  const { t } = useTranslation();
  return useCallback(
    (id: string, modelName?: string | null) =>
      isKnownActivity(id) ? t(`diagram.activities.${id}`) : (modelName ?? id),
    [t],
  );
}
