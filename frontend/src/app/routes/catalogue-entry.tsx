import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { paths } from '../../config/paths';
import { useCatalogueEntry } from '../../features/catalogue/api/get-catalogue-entry';
import { AdoptPilotButton } from '../../features/catalogue/components/adopt-pilot-button';
import { OutcomeTag } from '../../features/catalogue/components/outcome-tag';
import { PilotEvidence } from '../../features/catalogue/components/pilot-evidence';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-error';

/** A catalogue entry: the pilot, its evidence, and "adopt this pilot" for other organisations. */
export function CatalogueEntryRoute() {
  const { t } = useTranslation();
  const reference = useParams().reference ?? '';
  const entry = useCatalogueEntry(reference);
  useDocumentTitle(
    entry.data ? `${entry.data.entry.reference} ${entry.data.entry.title}` : undefined,
  );

  if (entry.isPending) {
    return <Loading />;
  }
  if (entry.isError) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('catalogue.entryFailed')}
        </Heading>
        {isApiError(entry.error, 404) ? (
          <Paragraph>{t('catalogue.notFound')}</Paragraph>
        ) : (
          <ErrorAlert title={t('catalogue.entryFailed')} error={entry.error} />
        )}
      </>
    );
  }
  const evidence = entry.data;
  return (
    <>
      <p className="idea-reference">{evidence.entry.reference}</p>
      <Heading level={1} data-size="lg">
        {evidence.entry.title}
      </Heading>
      <Paragraph>
        <OutcomeTag outcome={evidence.entry.outcome} /> {evidence.entry.organisation}
        {evidence.entry.themes.length > 0 && ` · ${evidence.entry.themes.join(', ')}`}
      </Paragraph>
      {evidence.origin && (
        <Paragraph>
          {t('adoption.from')}{' '}
          <Link to={paths.catalogueEntry(evidence.origin.reference)}>
            {evidence.origin.reference} {evidence.origin.title}
          </Link>{' '}
          ({evidence.origin.organisation})
        </Paragraph>
      )}
      <div className="idea-layout">
        <div>
          <PilotEvidence evidence={evidence} />
        </div>
        <div>
          <AdoptPilotButton evidence={evidence} />
          <Paragraph data-size="sm">
            {t('catalogue.adoptions', { count: evidence.entry.adoptions })}
          </Paragraph>
          <Paragraph data-size="sm">
            <Link to={paths.catalogue}>{t('catalogue.back')}</Link>
          </Paragraph>
        </div>
      </div>
    </>
  );
}
