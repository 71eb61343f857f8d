import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useFormat } from '../../../lib/format';

import {
  axisWidth,
  niceCeiling,
  seriesColour,
  textWidth,
  tickFontSize,
  tickLabel,
  type FigureKind,
} from './chart-scale';

export interface Series {
  key: string;
  name: string;
}

/** The widest a row chart's category labels may be; longer ones wrap onto more lines. */
const maxCategoryWidth = 150;

interface BarChartOfProps extends FigureKind {
  data: Record<string, string | number>[];
  series: Series[];
  stacked?: boolean;
  /**
   * 'columns': categories along the bottom (months, few short labels); 'rows': one row per
   * category with its label beside it, every label whole however long (gates, stages, targets).
   */
  layout?: 'columns' | 'rows';
}

/**
 * A bar chart of rows keyed by `category`, one bar per series in its own colour; stacked if
 * asked. Its axes are as wide as their longest label, written in the reader's locale (money in
 * `currency` if one is given).
 */
export function BarChartOf({
  data,
  series,
  stacked = false,
  unit,
  currency,
  layout = 'columns',
}: BarChartOfProps) {
  const format = useFormat();
  const kind = { ...(unit ? { unit } : {}), ...(currency ? { currency } : {}) };
  const figure = (value: unknown) => {
    const amount = Number(value);
    if (!Number.isFinite(amount)) return String(value);
    if (currency) return format.money(amount, currency);
    return unit ? `${format.number(amount)} ${unit}` : format.number(amount);
  };
  const tick = (value: unknown) => tickLabel(format.locale, Number(value), kind);
  const totals = data.map((row) =>
    stacked
      ? series.reduce((sum, one) => sum + Number(row[one.key] ?? 0), 0)
      : Math.max(0, ...series.map((one) => Number(row[one.key] ?? 0))),
  );
  const top = niceCeiling(Math.max(0, ...totals));
  // Counts (ideas, decisions) get whole ticks: "0.5 ideas" is no figure a reader can have.
  const whole =
    !currency &&
    data.every((row) => series.every((one) => Number.isInteger(Number(row[one.key] ?? 0))));
  const valueLabels = [0, top / 2, top, Math.max(0, ...totals)].map(tick);
  const valueWidth = axisWidth(valueLabels);
  const tickStyle = { fontSize: tickFontSize };
  const bars = series.map((one, index) => (
    <Bar
      key={one.key}
      dataKey={one.key}
      name={one.name}
      {...(stacked ? { stackId: 'all' } : {})}
      fill={seriesColour(index)}
      isAnimationActive={false}
    />
  ));
  if (layout === 'rows') {
    const categories = data.map((row) => String(row.category));
    const labelWidth = Math.min(axisWidth(categories), maxCategoryWidth);
    const lines = Math.max(
      1,
      ...categories.map((label) => Math.ceil(textWidth(label) / (labelWidth - 12))),
    );
    const rowHeight = Math.max(lines * 16, (stacked ? 1 : series.length) * 14) + 16;
    return (
      <ResponsiveContainer width="100%" height={data.length * rowHeight + 80}>
        <BarChart
          layout="vertical"
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: Math.ceil(valueWidth / 2), left: 0, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={tick}
            tick={tickStyle}
            domain={[0, top || 'auto']}
            allowDecimals={!whole}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={labelWidth}
            interval={0}
            tick={(props: {
              x?: number | string;
              y?: number | string;
              className?: string;
              payload?: { value?: string | number };
            }) => (
              <Text
                className={props.className}
                x={props.x}
                y={props.y}
                width={labelWidth - 12}
                textAnchor="end"
                verticalAnchor="middle"
                fontSize={tickFontSize}
                fill="#555"
              >
                {String(props.payload?.value ?? '')}
              </Text>
            )}
          />
          <Tooltip formatter={figure} />
          <Legend />
          {bars}
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart
        data={data}
        accessibilityLayer={false}
        margin={{ top: 8, right: 32, left: 8, bottom: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="category" tick={tickStyle} minTickGap={12} />
        <YAxis tickFormatter={tick} tick={tickStyle} width={valueWidth} allowDecimals={false} />
        <Tooltip formatter={figure} />
        <Legend />
        {bars}
      </BarChart>
    </ResponsiveContainer>
  );
}
