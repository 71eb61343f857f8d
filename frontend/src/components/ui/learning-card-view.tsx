import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { LearningCard } from '../../lib/api-types';

const parts = ['believed', 'observed', 'learned', 'therefore'] as const;

/** "We believed… we observed… we learned… therefore we will…" */
export function LearningCardView({
  card,
  headingLevel = 3,
}: {
  card: LearningCard;
  headingLevel?: 3 | 4 | 5;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="learning-card" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="2xs" id={headingId}>
        {t('experiments.learningCard')}
      </Heading>
      <dl className="facts">
        {parts.map((part) => (
          <div className="contents" key={part}>
            <dt>{t(`experiments.${part}`)}</dt>
            <dd className="prewrap">{card[part]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
