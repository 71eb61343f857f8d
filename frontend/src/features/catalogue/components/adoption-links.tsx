import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OutcomeTag } from './outcome-tag';

import { LearningCardView } from '../../../components/ui/learning-card-view';
import { paths } from '../../../config/paths';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useAdoptionLinks } from '../api/get-adoption-links';

/**
 * An idea's adoption links on its page: "adopted from" its origin, and "adopted by N" with each
 * adopter the reader may see, its stage, outcome and learning cards. Nothing when it has none.
 */
export function AdoptionLinks({ ideaId }: { ideaId: number }) {
  const { t } = useTranslation();
  const stage = useStageLabel();
  const links = useAdoptionLinks(ideaId);
  if (!links.data) {
    return null;
  }
  const { origin, adoptions, adopters } = links.data;
  if (!origin && adoptions === 0) {
    return null;
  }
  return (
    <section className="idea-section" aria-labelledby="adoption-heading">
      <Heading level={2} data-size="sm" id="adoption-heading">
        {t('adoption.heading')}
      </Heading>
      {origin && (
        <Paragraph>
          {t('adoption.from')}{' '}
          <Link to={paths.idea(origin.ideaId)}>
            {origin.reference} {origin.title}
          </Link>{' '}
          ({origin.organisation})
        </Paragraph>
      )}
      {adoptions > 0 && (
        <>
          <Paragraph>{t('adoption.by', { count: adoptions })}</Paragraph>
          {adopters.length < adoptions && (
            <Paragraph data-size="sm" className="muted">
              {t('adoption.notShared', { count: adoptions - adopters.length })}
            </Paragraph>
          )}
          <ul className="plain-list">
            {adopters.map((adopter) => (
              <li key={adopter.idea.ideaId} className="panel">
                <Heading level={3} data-size="2xs">
                  <Link to={paths.idea(adopter.idea.ideaId)}>
                    {adopter.idea.reference} {adopter.idea.title}
                  </Link>
                </Heading>
                <Paragraph data-size="sm">
                  {adopter.idea.organisation} · {stage(adopter.stage)}{' '}
                  <OutcomeTag outcome={adopter.outcome} />
                </Paragraph>
                {adopter.learningCards.map((card, index) => (
                  <LearningCardView key={index} card={card} headingLevel={4} />
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
