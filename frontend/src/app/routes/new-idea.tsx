import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { Loading } from '../../components/ui/loading';

import { paths } from '../../config/paths';
import { useChallenge } from '../../features/challenges/api/get-challenge';
import { IdeaForm } from '../../features/ideas/components/idea-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NewIdeaRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('ideaForm.newTitle'));
  const navigate = useNavigate();
  // "Answer this challenge" comes here with ?challenge=<id>: the new idea answers it.
  const challengeId = Number(useSearchParams()[0].get('challenge'));
  const answering = Number.isInteger(challengeId) && challengeId > 0;
  const challenge = useChallenge(challengeId, answering);
  if (answering && challenge.isPending) return <Loading />;
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('ideaForm.newTitle')}
      </Heading>
      <Paragraph>{t('ideaForm.intro')}</Paragraph>
      <IdeaForm
        challenge={
          challenge.data ? { id: challenge.data.id, title: challenge.data.title } : undefined
        }
        onSaved={(idea) => {
          // The announcer has said it was saved (or submitted).
          void navigate(paths.idea(idea.id));
        }}
      />
    </div>
  );
}
