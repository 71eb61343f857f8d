import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ChallengeState } from '../api/types';

const colours = { OPEN: 'success', REVIEWING: 'info', CLOSED: 'neutral' } as const;

/** Where a challenge is in its life: open for answers, its answers under review, closed. */
export function ChallengeStateTag({ state }: { state: ChallengeState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colours[state]} data-size="sm">
      {t(`challenges.states.${state}`)}
    </Tag>
  );
}
