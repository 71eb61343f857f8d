import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { oneOf } from '../lib/one-of';

import { asOutcome, useGateLabels } from './use-gate-labels';

const isKnownActivity = oneOf([
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
] as const);

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

/**
 * The model's other named elements: the process itself (its name heads the diagram), events,
 * gateways, service tasks, the withdrawal.
 */
const isKnownElement = oneOf([
  'innovation-pipeline',
  'StartEvent_IdeaSubmitted',
  'Gateway_ScreeningOutcome',
  'Gateway_TestOutcome',
  'Gateway_ScaleOutcome',
  'TimerEvent_ScreeningOverdue',
  'ServiceTask_EscalateScreening',
  'EndEvent_ScreeningEscalated',
  'TimerEvent_TimeBoxEndingSoon',
  'ServiceTask_RemindTimeBoxEnding',
  'EndEvent_TimeBoxReminderSent',
  'TimerEvent_TimeBoxEnded',
  'TimerEvent_BenefitReviewDue',
  'ServiceTask_RequestBenefitReview',
  'EndEvent_BenefitReviewRequested',
  'SubProcess_Withdrawal',
  'StartEvent_WithdrawalRequested',
  // A screening panel (docs/adr/0039)
  'MessageEvent_PanelAssigned',
  'UserTask_ReviewIdea',
  'ServiceTask_ReportReviewsIn',
  'EndEvent_ReviewsIn',
  'TimerEvent_ReviewOverdue',
  'ServiceTask_RemindReviewers',
  'EndEvent_ReviewersReminded',
  'MessageEvent_PanelClosed',
  'EndEvent_PanelClosed',
] as const);

/**
 * Any named element of the model, as the diagram draws it, in the chosen language: a step, an
 * event or a gateway by its id, a gate's way out by its outcome ("Go"); an element added in the
 * Modeler keeps the model's own name.
 */
export function useModelElementLabel() {
  const { t } = useTranslation();
  const activityLabel = useActivityLabel();
  const { outcome } = useGateLabels();
  return useCallback(
    (id: string, modelName: string) => {
      if (isKnownActivity(id)) return activityLabel(id);
      if (isKnownElement(id)) return t(`diagram.elements.${id}`);
      const known = asOutcome(modelName.toUpperCase());
      return known ? outcome(known) : modelName;
    },
    [t, activityLabel, outcome],
  );
}
