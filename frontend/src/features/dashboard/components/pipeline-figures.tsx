import { useTranslation } from 'react-i18next';

import { useGateLabels, useModelOutcomes } from '../../../hooks/use-gate-labels';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useFormat } from '../../../lib/format';
import type { Dashboard } from '../api/get-dashboard';

import { BarChartOf } from './bar-chart-of';
import { ChartFigure } from './chart-figure';

/** How ideas move: the funnel over time, conversion at each gate, and time in stage. */
export function PipelineFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const format = useFormat();
  const labels = useGateLabels();
  const outcomes = useModelOutcomes();
  const percent = (value: number | null) =>
    value === null ? '–' : `${format.number(Math.round(value * 1000) / 10)} %`;
  const stages = dashboard.stages.filter((stage) =>
    dashboard.funnel.some((month) => (month.counts[stage.stage] ?? 0) > 0),
  );
  const stageSeries = stages.map((stage) => ({
    key: stage.stage,
    name: stageLabel(stage.stage, stage.label),
  }));
  return (
    <>
      <ChartFigure
        title={t('dashboard.funnel')}
        explanation={t('dashboard.explain.funnel', { count: dashboard.stopped.ideas })}
        empty={t('dashboard.nothing')}
        chart={
          <BarChartOf
            stacked
            series={stageSeries}
            data={dashboard.funnel.map((month) => ({ category: month.month, ...month.counts }))}
          />
        }
        header={[t('dashboard.month'), ...stageSeries.map((series) => series.name)]}
        rows={
          stages.length === 0
            ? []
            : dashboard.funnel.map((month) => [
                month.month,
                ...stages.map((stage) => month.counts[stage.stage] ?? 0),
              ])
        }
      />
      <ChartFigure
        title={t('dashboard.conversion')}
        explanation={t('dashboard.explain.conversion')}
        chart={
          <BarChartOf
            layout="rows"
            unit="%"
            series={[{ key: 'rate', name: t('dashboard.rate') }]}
            data={dashboard.conversion.map((gate) => ({
              category: labels.gate(gate.gate),
              rate: Math.round((gate.rate ?? 0) * 1000) / 10,
            }))}
          />
        }
        header={[
          t('dashboard.gate'),
          t('dashboard.decided'),
          t('dashboard.passed'),
          t('dashboard.rate'),
          ...outcomes.map((outcome) => t(`outcomes.${outcome}`)),
        ]}
        rows={dashboard.conversion.map((gate) => [
          labels.gate(gate.gate),
          gate.decided,
          gate.passed,
          percent(gate.rate),
          ...outcomes.map((outcome) => gate.outcomes[outcome] ?? 0),
        ])}
      />
      <ChartFigure
        title={t('dashboard.timeInStage')}
        explanation={[
          t('dashboard.explain.timeInStage', {
            count: dashboard.timeInStage.reduce((sum, time) => sum + time.stays, 0),
          }),
          ...(dashboard.reviewTime.reviews + dashboard.reviewTime.waiting > 0
            ? [
                t('dashboard.reviewTime', {
                  count: dashboard.reviewTime.reviews,
                  median: format.number(dashboard.reviewTime.medianDays),
                  p90: format.number(dashboard.reviewTime.p90Days),
                  waiting: dashboard.reviewTime.waiting,
                }),
              ]
            : []),
        ].join(' ')}
        empty={t('dashboard.nothing')}
        chart={
          <BarChartOf
            layout="rows"
            series={[
              { key: 'median', name: t('dashboard.median') },
              { key: 'p90', name: t('dashboard.p90') },
            ]}
            data={dashboard.timeInStage.map((time) => ({
              category: stageLabel(time.stage),
              median: time.medianDays,
              p90: time.p90Days,
            }))}
          />
        }
        header={[
          t('dashboard.stage'),
          t('dashboard.stays'),
          t('dashboard.median'),
          t('dashboard.p90'),
        ]}
        rows={dashboard.timeInStage.map((time) => [
          stageLabel(time.stage),
          time.stays,
          format.number(time.medianDays),
          format.number(time.p90Days),
        ])}
      />
    </>
  );
}
