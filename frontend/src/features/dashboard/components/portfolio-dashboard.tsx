import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormat } from '../../../lib/format';
import { dashboardExportUrl, useDashboard, type DashboardFilter } from '../api/get-dashboard';

import './dashboard.css';
import { AdoptionFigures } from './adoption-figures';
import { OutcomeFigures } from './outcome-figures';
import { PipelineFigures } from './pipeline-figures';

/** The portfolio's figures for a filter, each chart with its table, and their export. */
export function PortfolioDashboard({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dashboard = useDashboard(filter);
  if (dashboard.isPending) {
    return <Loading />;
  }
  if (dashboard.isError) {
    return <ErrorAlert title={t('dashboard.loadFailed')} error={dashboard.error} />;
  }
  const shown = dashboard.data;
  return (
    <>
      <Paragraph role="status">
        {t('dashboard.showing', {
          count: shown.stopped.ideas,
          from: format.date(shown.filter.from),
          to: format.date(shown.filter.to),
        })}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('dashboard.export')} <a href={dashboardExportUrl(shown.filter, 'csv')}>CSV</a> ·{' '}
        <a href={dashboardExportUrl(shown.filter, 'xlsx')}>XLSX</a>
      </Paragraph>
      <div className="dashboard-grid">
        <PipelineFigures dashboard={shown} />
        <OutcomeFigures dashboard={shown} />
        <AdoptionFigures dashboard={shown} />
      </div>
    </>
  );
}
