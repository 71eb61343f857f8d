import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '../../config/paths';
import { IdeaForm } from '../../features/ideas/components/idea-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NewIdeaRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('ideaForm.newTitle'));
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('ideaForm.newTitle')}
      </Heading>
      <Paragraph>{t('ideaForm.intro')}</Paragraph>
      <IdeaForm
        onSaved={(idea) => {
          // The announcer has said it was saved (or submitted).
          void navigate(paths.idea(idea.id));
        }}
      />
    </div>
  );
}
