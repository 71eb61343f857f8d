import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../config/paths';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { ChallengeList } from '../../features/challenges/components/challenge-list';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useUser } from '../../lib/auth';

/** The challenges the lab put out; lab leads and executives open new ones. */
export function ChallengesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('challenges.listTitle'));
  const { data: user } = useUser();
  const challenges = useChallenges();
  const mayOpen = user?.roles.some((role) => role === 'LAB_LEAD' || role === 'EXECUTIVE');
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('challenges.listTitle')}
      </Heading>
      <Paragraph>{t('challenges.intro')}</Paragraph>
      {mayOpen && (
        <Paragraph>
          <Link to={paths.newChallenge}>{t('challenges.openNew')}</Link>
        </Paragraph>
      )}
      <ChallengeList
        query={challenges}
        to={paths.challenge}
        extra={(challenge) =>
          [
            t(`challenges.audiences.${challenge.audience}`),
            t('challenges.responseCount', { count: challenge.responses }),
            ...(challenge.pendingSuggestions
              ? [t('challenges.pending', { count: challenge.pendingSuggestions })]
              : []),
          ].join(' · ')
        }
      />
    </div>
  );
}
