import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/format';
import type { Audience, ChallengeState } from '../api/types';

import { ChallengeStateTag } from './challenge-state-tag';

interface ChallengeFactsProps {
  challenge: {
    problem: string;
    affected: string | null;
    goodAnswer: string | null;
    themes: string[];
    opensAt: string;
    closesAt: string;
    state: ChallengeState;
    organisation?: string | null;
    summary?: string | null;
    audience?: Audience;
  };
}

/** A challenge in the lab's words: the problem, who it affects, what a good answer would be. */
export function ChallengeFacts({ challenge }: ChallengeFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('challenges.about')}
      </Heading>
      <dl className="facts">
        <dt>{t('challenges.state')}</dt>
        <dd>
          <ChallengeStateTag state={challenge.state} />
        </dd>
        <dt>{t('challenges.open')}</dt>
        <dd>
          {t('challenges.dates', {
            opens: format.date(challenge.opensAt),
            closes: format.date(challenge.closesAt),
          })}
        </dd>
        {challenge.audience && (
          <>
            <dt>{t('challenges.audience')}</dt>
            <dd>{t(`challenges.audiences.${challenge.audience}`)}</dd>
          </>
        )}
        {challenge.organisation && (
          <>
            <dt>{t('challenges.organisation')}</dt>
            <dd>{challenge.organisation}</dd>
          </>
        )}
        {challenge.themes.length > 0 && (
          <>
            <dt>{t('challenges.themes')}</dt>
            <dd>{format.list(challenge.themes)}</dd>
          </>
        )}
      </dl>
      <Heading level={3} data-size="2xs">
        {t('challenges.problem')}
      </Heading>
      <Paragraph className="prewrap">{challenge.problem}</Paragraph>
      {challenge.affected && (
        <>
          <Heading level={3} data-size="2xs">
            {t('challenges.affected')}
          </Heading>
          <Paragraph className="prewrap">{challenge.affected}</Paragraph>
        </>
      )}
      {challenge.goodAnswer && (
        <>
          <Heading level={3} data-size="2xs">
            {t('challenges.goodAnswer')}
          </Heading>
          <Paragraph className="prewrap">{challenge.goodAnswer}</Paragraph>
        </>
      )}
      {challenge.summary && (
        <>
          <Heading level={3} data-size="2xs">
            {t('challenges.summary')}
          </Heading>
          <Paragraph className="prewrap">{challenge.summary}</Paragraph>
        </>
      )}
    </section>
  );
}
