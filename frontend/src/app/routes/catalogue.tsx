import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useCatalogue, type CatalogueSearch } from '../../features/catalogue/api/get-catalogue';
import { CatalogueList } from '../../features/catalogue/components/catalogue-list';
import { CatalogueSearchForm } from '../../features/catalogue/components/catalogue-search-form';
import { FederatedPilots } from '../../features/catalogue/components/federated-pilots';
import { useDocumentTitle } from '../../hooks/use-document-title';

const names = [
  'q',
  'theme',
  'outcome',
  'organisation',
  'minCost',
  'maxCost',
  'benefitRealised',
] as const;

/** The catalogue of pilots shared across organisations, searchable; the search is in the address. */
export function CatalogueRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const search: CatalogueSearch = {};
  for (const name of names) {
    const value = params.get(name);
    if (value) search[name] = value;
  }
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const catalogue = useCatalogue(search, page);

  function show(next: CatalogueSearch, nextPage = 0) {
    const query: Record<string, string> = {};
    for (const name of names) {
      const value = next[name];
      if (value) query[name] = value;
    }
    if (nextPage) query.page = String(nextPage);
    setParams(query);
  }

  return (
    <div className="narrow">
      <Heading level={1} data-size="xl">
        {t('catalogue.title')}
      </Heading>
      <Paragraph>{t('catalogue.intro')}</Paragraph>
      <CatalogueSearchForm
        key={params.toString()}
        search={search}
        facets={catalogue.data}
        onSearch={(next) => {
          show(next);
        }}
      />
      <CatalogueList
        catalogue={catalogue}
        onPageChange={(next) => {
          show(search, next);
        }}
      />
      <FederatedPilots />
    </div>
  );
}
