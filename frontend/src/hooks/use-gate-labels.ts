import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const gates = ['SCREENING', 'PLAN', 'TEST', 'SCALE', 'ADOPTION'] as const;
const outcomes = ['GO', 'KILL', 'HOLD', 'RECYCLE'] as const;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Gate and outcome names, as the portfolio's endpoints send them, in the chosen language. */
export function useGateLabels() {
  const { t } = useTranslation();
  const gate = useCallback(
    (name: string) => (isOneOf(gates, name) ? t(`gates.${name}`) : name),
    [t],
  );
  const outcome = useCallback(
    (name: string) => (isOneOf(outcomes, name) ? t(`outcomes.${name}`) : name),
    [t],
  );
  return { gate, outcome };
}
