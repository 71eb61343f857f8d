import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { TimeBoxState } from '../../lib/api-types';

const colors = { FINE: 'success', ENDING_SOON: 'warning', OVERDUE: 'danger' } as const;

/** How a test's time box stands, in words (the colour only repeats them). */
export function TimeBoxStatus({ state }: { state: TimeBoxState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={colors[state]} className="time-box-status">
      {t(`timeBox.${state}`)}
    </Tag>
  );
}
