import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../config/paths';
import { usePublicChallenges } from '../../features/challenges/api/public-challenges';
import { ChallengeList } from '../../features/challenges/components/challenge-list';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The public challenges, for everyone, without signing in. */
export function PublicChallengesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('citizens.listTitle'));
  const challenges = usePublicChallenges();
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('citizens.listTitle')}
      </Heading>
      <Paragraph>{t('citizens.intro')}</Paragraph>
      <ChallengeList query={challenges} to={paths.publicChallenge} />
    </div>
  );
}
