import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import type { ChallengeResponse } from '../api/types';

/** The ideas that answer a challenge. */
export function ChallengeResponses({ responses }: { responses: ChallengeResponse[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="idea-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('challenges.responses', { count: responses.length })}
      </Heading>
      {responses.length === 0 ? (
        <Paragraph>{t('challenges.noResponses')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {responses.map((idea) => (
            <li key={idea.ideaId}>
              <Link to={paths.idea(idea.ideaId)}>{`${idea.reference} ${idea.title}`}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
