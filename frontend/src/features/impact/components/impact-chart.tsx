import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import type { TargetView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';

/** Dark enough on white for any text the chart draws (WCAG AA contrast). */
const TEXT = '#1e2b3c';

/**
 * The measured values of one impact target over time, against its baseline and target. The
 * chart is a picture for sighted users (hidden from screen readers, and so without recharts'
 * keyboard layer, which would put a focusable element inside it): the same numbers are in the
 * table beside it. Loaded lazily, so recharts stays out of the pages that show no chart.
 */
export default function ImpactChart({ view }: { view: TargetView }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The baseline is drawn once it is measured (an adopted pilot's target comes without one).
  const levels = [
    view.target.target,
    ...(view.target.baseline === null ? [] : [view.target.baseline]),
  ];
  const data = view.measurements.map((measurement) => ({
    date: measurement.measuredOn,
    value: measurement.value,
  }));
  return (
    <div className="impact-chart" aria-hidden="true" data-testid="impact-chart">
      <ResponsiveContainer width="100%" height={200}>
        <LineChart
          data={data}
          margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="date"
            tick={{ fill: TEXT }}
            tickFormatter={(date: string) => format.date(date)}
          />
          <YAxis
            tick={{ fill: TEXT }}
            tickFormatter={(value: number) => format.number(value)}
            domain={[
              (min: number) => Math.min(min, ...levels),
              (max: number) => Math.max(max, ...levels),
            ]}
          />
          <Tooltip
            labelFormatter={(date) => (typeof date === 'string' ? format.date(date) : '')}
            formatter={(value) => [format.number(Number(value)), t('impact.value')]}
          />
          {view.target.baseline !== null && (
            <ReferenceLine
              y={view.target.baseline}
              stroke="#68707c"
              strokeDasharray="4 4"
              label={{ value: t('impact.baseline'), fill: TEXT, position: 'insideBottomLeft' }}
            />
          )}
          <ReferenceLine
            y={view.target.target}
            stroke="#06893a"
            strokeDasharray="6 3"
            label={{ value: t('impact.target'), fill: TEXT, position: 'insideTopLeft' }}
          />
          <Line type="monotone" dataKey="value" stroke="#0062ba" strokeWidth={2} dot />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
