import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/format';
import type { Dashboard } from '../api/get-dashboard';

import { BarChartOf } from './bar-chart-of';
import { ChartFigure } from './chart-figure';

/**
 * Pilots reused: the ideas adopted from other pilots and where they got to, what reusing them is
 * estimated to cost, and how often the ideas shown were adopted by others (counted only).
 */
export function AdoptionFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { adoptions, currency } = dashboard;
  const cost = format.money(adoptions.reusedCost, currency);
  const nothing = adoptions.adopted === 0 && adoptions.timesAdopted === 0;
  return (
    <ChartFigure
      title={t('dashboard.adoptions')}
      explanation={[
        t('dashboard.explain.adopted', {
          count: adoptions.adopted,
          elsewhere: adoptions.fromOtherInstallations,
          scaled: adoptions.scaled,
          stopped: adoptions.stopped,
          running: adoptions.running,
        }),
        t('dashboard.explain.reusedCost', { cost, currency }),
        t('dashboard.explain.adoptedByOthers', {
          count: adoptions.timesAdopted,
          pilots: adoptions.pilotsAdopted,
        }),
      ].join(' ')}
      empty={t('dashboard.noAdoptions')}
      chart={
        <BarChartOf
          layout="rows"
          series={[{ key: 'count', name: t('dashboard.adoptedIdeas') }]}
          data={[
            { category: t('dashboard.adoptedScaled'), count: adoptions.scaled },
            { category: t('dashboard.adoptedStopped'), count: adoptions.stopped },
            { category: t('dashboard.adoptedRunning'), count: adoptions.running },
          ]}
        />
      }
      header={[t('dashboard.what'), t('dashboard.number')]}
      rows={
        nothing
          ? []
          : [
              [t('dashboard.adoptedFromOthers'), format.number(adoptions.adopted)],
              [
                t('dashboard.fromOtherInstallations'),
                format.number(adoptions.fromOtherInstallations),
              ],
              [t('dashboard.adoptedScaled'), format.number(adoptions.scaled)],
              [t('dashboard.adoptedStopped'), format.number(adoptions.stopped)],
              [t('dashboard.adoptedRunning'), format.number(adoptions.running)],
              [t('dashboard.reusedCost'), cost],
              [t('dashboard.pilotsAdopted'), format.number(adoptions.pilotsAdopted)],
              [t('dashboard.timesAdopted'), format.number(adoptions.timesAdopted)],
            ]
      }
    />
  );
}
