import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useFormat } from '../../../lib/format';

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11). */
const palette = [
  '#1e5aa8',
  '#b5450b',
  '#2e7d32',
  '#6a1b9a',
  '#00695c',
  '#ad1457',
  '#5d4037',
  '#37474f',
];

export interface Series {
  key: string;
  name: string;
}

/**
 * A bar chart of rows keyed by `category`, one bar per series; stacked if asked. Its figures are
 * written in the reader's locale, as money in `currency` if one is given.
 */
export function BarChartOf({
  data,
  series,
  stacked = false,
  unit,
  currency,
}: {
  data: Record<string, string | number>[];
  series: Series[];
  stacked?: boolean;
  unit?: string;
  currency?: string;
}) {
  const format = useFormat();
  const figure = (value: unknown) => {
    const amount = Number(value);
    if (!Number.isFinite(amount)) return String(value);
    if (currency) return format.money(amount, currency);
    return unit ? `${format.number(amount)} ${unit}` : format.number(amount);
  };
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart
        data={data}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, left: 8, bottom: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="category" />
        <YAxis tickFormatter={figure} width={currency ? 96 : 64} allowDecimals />
        <Tooltip formatter={figure} />
        <Legend />
        {series.map((one, index) => (
          <Bar
            key={one.key}
            dataKey={one.key}
            name={one.name}
            {...(stacked ? { stackId: 'all' } : {})}
            fill={palette[index % palette.length] ?? '#1e5aa8'}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
