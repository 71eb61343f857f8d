import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageNavigation } from '../../../components/portfolio/page-navigation';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import type { CataloguePage } from '../api/get-catalogue';

import { OutcomeTag } from './outcome-tag';

/** The pilots that match, each with its organisation, outcome, themes, cost and adoptions. */
export function CatalogueList({
  catalogue,
  onPageChange,
}: {
  catalogue: UseQueryResult<CataloguePage>;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (catalogue.isError) {
    return <ErrorAlert title={t('catalogue.loadFailed')} error={catalogue.error} />;
  }
  if (catalogue.isPending) {
    return <Loading />;
  }
  const { total, page, size, entries } = catalogue.data;
  return (
    <>
      <Paragraph role="status">{t('catalogue.found', { count: total })}</Paragraph>
      <ul className="plain-list">
        {entries.map((entry) => (
          <li key={entry.reference} className="panel">
            <Heading level={2} data-size="xs">
              <Link to={paths.catalogueEntry(entry.reference)}>
                {entry.reference} {entry.title}
              </Link>
            </Heading>
            <Paragraph data-size="sm">
              <OutcomeTag outcome={entry.outcome} /> {entry.organisation}
              {entry.themes.length > 0 && ` · ${entry.themes.join(', ')}`}
            </Paragraph>
            <Paragraph data-size="sm" className="muted">
              {entry.estimatedCost !== null &&
                t('catalogue.cost', {
                  cost: format.money(entry.estimatedCost, entry.currency),
                })}{' '}
              {entry.benefitRealised && t('catalogue.benefitRealised')}{' '}
              {t('catalogue.adoptions', { count: entry.adoptions })}
            </Paragraph>
          </li>
        ))}
      </ul>
      <PageNavigation page={page} total={total} size={size} onChange={onPageChange} />
    </>
  );
}
