import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '../../config/paths';
import { ChallengeForm } from '../../features/challenges/components/challenge-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NewChallengeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('challenges.newTitle'));
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('challenges.newTitle')}
      </Heading>
      <Paragraph>{t('challenges.newIntro')}</Paragraph>
      <ChallengeForm
        onOpened={(challenge) => {
          void navigate(paths.challenge(challenge.id));
        }}
      />
    </div>
  );
}
