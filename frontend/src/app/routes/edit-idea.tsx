import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { paths } from '../../config/paths';
import { useIdea } from '../../features/ideas/api/get-idea';
import { useIdeaFields } from '../../features/ideas/api/get-idea-fields';
import { IdeaForm } from '../../features/ideas/components/idea-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function EditIdeaRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const idea = useIdea(id);
  const fields = useIdeaFields(id, idea.data?.view === 'FULL');
  const title = idea.data ? t('ideaForm.editTitle', { reference: idea.data.reference }) : undefined;
  useDocumentTitle(title);
  if (idea.isPending || (idea.data?.view === 'FULL' && fields.isPending)) {
    return <Loading />;
  }
  if (idea.isError) {
    return <ErrorAlert title={t('idea.loadFailed')} error={idea.error} />;
  }
  const editable = idea.data.view === 'FULL' ? idea.data : null;
  if (!editable?.actions.some((action) => action.type === 'EDIT')) {
    return (
      <div className="narrow">
        <Heading level={1} data-size="xl">
          {title}
        </Heading>
        <Paragraph>{t('ideaForm.notEditable')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <IdeaForm
        key={editable.version}
        idea={editable}
        storedFields={fields.data ?? []}
        onSaved={(saved) => {
          // The announcer has said it was saved (or submitted).
          void navigate(paths.idea(saved.id));
        }}
      />
    </div>
  );
}
