import { gateCatalogueEntryGateValues, outcomeFieldsOutcomeValues } from '@api/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useGates } from '../api/get-gates';
import type { Gate, Outcome } from '../lib/api-types';

/** A gate an endpoint sends as text, as the API's Gate enum has it; undefined if it has none. */
export function asGate(name: string): Gate | undefined {
  return gateCatalogueEntryGateValues.find((gate) => gate === name);
}

/** An outcome an endpoint sends as text, as the API's Outcome enum has it. */
export function asOutcome(name: string): Outcome | undefined {
  return outcomeFieldsOutcomeValues.find((outcome) => outcome === name);
}

/**
 * Gates and outcomes that an endpoint sends as text (the portfolio's records, the timeline), in
 * the chosen language. They are read with the API's generated enums; a name those do not have is
 * shown as it came.
 */
export function useGateLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      gate: (name: string) => {
        const gate = asGate(name);
        return gate ? t(`gates.${gate}`) : name;
      },
      outcome: (name: string) => {
        const outcome = asOutcome(name);
        return outcome ? t(`outcomes.${outcome}`) : name;
      },
    }),
    [t],
  );
}

/**
 * The outcomes the deployed model's gates allow, from its gate catalogue, in the order it first
 * names them; none until the catalogue is loaded.
 */
export function useModelOutcomes(): Outcome[] {
  const catalogue = useGates().data;
  return useMemo(() => {
    const outcomes: Outcome[] = [];
    for (const option of catalogue?.flatMap((entry) => entry.outcomes) ?? []) {
      if (!outcomes.includes(option.outcome)) outcomes.push(option.outcome);
    }
    return outcomes;
  }, [catalogue]);
}
