import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import {
  dashboardFilterNames,
  type DashboardFilter,
} from '../../features/dashboard/api/get-dashboard';
import { DashboardFilters } from '../../features/dashboard/components/dashboard-filters';
import { PortfolioDashboard } from '../../features/dashboard/components/portfolio-dashboard';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** The portfolio dashboard, for executives and lab leads; its charts load with this page only. */
export function DashboardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const [params, setParams] = useSearchParams();
  const filter: DashboardFilter = {};
  for (const name of dashboardFilterNames) {
    const value = params.get(name);
    if (value) {
      filter[name] = value;
    }
  }
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('dashboard.title')}
      </Heading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <DashboardFilters
        key={params.toString()}
        filter={filter}
        onChange={(next) => {
          const query: Record<string, string> = {};
          for (const name of dashboardFilterNames) {
            const value = next[name];
            if (value) {
              query[name] = value;
            }
          }
          setParams(query);
        }}
      />
      <PortfolioDashboard filter={filter} />
    </>
  );
}
