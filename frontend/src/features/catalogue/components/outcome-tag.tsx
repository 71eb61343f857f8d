import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { PilotOutcome } from '../api/get-catalogue';

const colours = { SCALED: 'success', STOPPED: 'danger', RUNNING: 'info' } as const;

/** Where a pilot got to: scaled, stopped or still running. */
export function OutcomeTag({ outcome }: { outcome: PilotOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colours[outcome]} data-size="sm">
      {t(`catalogue.outcome.${outcome}`)}
    </Tag>
  );
}
