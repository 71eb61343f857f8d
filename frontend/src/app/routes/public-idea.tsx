import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { paths } from '../../config/paths';
import { usePublicIdea } from '../../features/public/api/get-public-idea';
import { PublicIdeaDetails } from '../../features/public/components/public-idea-details';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-error';

/** One public idea, for everyone, without signing in. */
export function PublicIdeaRoute() {
  const { t } = useTranslation();
  const reference = useParams().reference ?? '';
  const idea = usePublicIdea(reference);
  useDocumentTitle(idea.data ? `${idea.data.reference} ${idea.data.title}` : undefined);
  const back = (
    <Paragraph data-size="sm">
      <Link to={paths.public}>{t('publicPortfolio.back')}</Link>
    </Paragraph>
  );
  if (idea.isPending) {
    return <Loading />;
  }
  if (idea.isError) {
    return (
      <div className="narrow">
        <Heading level={1} data-size="lg">
          {t('publicPortfolio.ideaLoadFailed')}
        </Heading>
        {isApiError(idea.error, 404) ? (
          <Paragraph>{t('publicPortfolio.notFound')}</Paragraph>
        ) : (
          <ErrorAlert title={t('publicPortfolio.ideaLoadFailed')} error={idea.error} />
        )}
        {back}
      </div>
    );
  }
  return (
    <div className="narrow">
      {back}
      <p className="idea-reference">{idea.data.reference}</p>
      <Heading level={1} data-size="lg">
        {idea.data.title}
      </Heading>
      <PublicIdeaDetails idea={idea.data} />
    </div>
  );
}
