import { useTranslation } from 'react-i18next';

import { useGateLabels } from '../../../hooks/use-gate-labels';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useFormat } from '../../../lib/format';
import type { Dashboard } from '../api/get-dashboard';

import { BarChartOf } from './bar-chart-of';
import { ChartFigure } from './chart-figure';

/** What came of it: the share stopped and why, cost against budget, benefit against targets. */
export function OutcomeFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const format = useFormat();
  const labels = useGateLabels();
  const { stopped, cost, benefit, currency } = dashboard;
  const money = (value: number) => format.money(value, currency);
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '–'
      : `${format.number(Math.round(value * 1000) / 10)} %`;
  const gateLabel = (gate: string) => (gate === 'NONE' ? t('dashboard.noGate') : labels.gate(gate));
  return (
    <>
      <ChartFigure
        title={t('dashboard.stopped', { share: percent(stopped.share), count: stopped.stopped })}
        explanation={t('dashboard.explain.stopped', {
          count: stopped.ideas,
          stopped: stopped.stopped,
          share: percent(stopped.share),
          declined: stopped.declined,
        })}
        empty={t('dashboard.noneStopped')}
        chart={
          <BarChartOf
            layout="rows"
            series={[{ key: 'count', name: t('dashboard.stoppedIdeas') }]}
            data={Object.entries(stopped.byGate).map(([gate, count]) => ({
              category: gateLabel(gate),
              count,
            }))}
          />
        }
        header={[t('dashboard.idea'), t('dashboard.gate'), t('dashboard.reason')]}
        rows={stopped.reasons.map((reason) => [
          `${reason.reference} ${reason.title}`,
          gateLabel(reason.gate),
          reason.rationale ?? '–',
        ])}
      />
      <ChartFigure
        title={t('dashboard.cost')}
        explanation={t('dashboard.explain.cost', { currency })}
        chart={
          <BarChartOf
            layout="rows"
            series={[
              { key: 'budgeted', name: t('dashboard.budgeted') },
              { key: 'spent', name: t('dashboard.spent') },
            ]}
            currency={currency}
            data={cost.byStage.map((stage) => ({
              category: stageLabel(stage.stage),
              budgeted: stage.budgeted,
              spent: stage.spent,
            }))}
          />
        }
        header={[t('dashboard.what'), t('dashboard.budgeted'), t('dashboard.spent')]}
        rows={[
          [t('dashboard.estimated'), money(cost.estimated), '–'],
          [t('dashboard.tests'), money(cost.testBudget), money(cost.testSpent)],
          [t('dashboard.scaling'), money(cost.scaleBudget), '–'],
          ...cost.byStage.map((stage) => [
            t('dashboard.testsIn', { stage: stageLabel(stage.stage) }),
            money(stage.budgeted),
            money(stage.spent),
          ]),
        ]}
      />
      <ChartFigure
        title={t('dashboard.benefit', {
          met: benefit.met,
          measured: benefit.measured,
          targets: benefit.targets,
        })}
        explanation={t('dashboard.explain.benefit', {
          count: benefit.targets,
          measured: benefit.measured,
          met: benefit.met,
        })}
        empty={t('dashboard.noTargets')}
        chart={
          <BarChartOf
            layout="rows"
            unit="%"
            series={[{ key: 'progress', name: t('dashboard.progress') }]}
            data={benefit.items
              .filter((item) => item.progress !== null)
              .map((item) => ({
                category: `${item.reference} ${item.metric}`,
                progress: Math.round((item.progress ?? 0) * 1000) / 10,
              }))}
          />
        }
        header={[
          t('dashboard.target'),
          t('dashboard.baseline'),
          t('dashboard.goal'),
          t('dashboard.latest'),
          t('dashboard.progress'),
        ]}
        rows={benefit.items.map((item) => [
          `${item.reference} ${item.metric} (${item.unit})`,
          item.baseline === null ? '–' : format.number(item.baseline),
          format.number(item.target),
          item.latest === null ? '–' : format.number(item.latest),
          percent(item.progress),
        ])}
      />
    </>
  );
}
