/**
 * The dashboard charts' colours, tick labels and the room those labels need: pure, so a unit test
 * can hold them to what a reader must see (whole labels, distinct series).
 */

/**
 * Twelve distinct series colours, each with at least 3:1 contrast against white (WCAG 1.4.11),
 * no two alike (more than the pipeline has stages). The first five and the sixth are the
 * design system's accent, brand1, brand2, danger and neutral base colours (light scheme); the
 * others fill the gaps in hue.
 */
export const palette = [
  '#0062ba',
  '#b5450b',
  '#0d7a5f',
  '#5b3fa0',
  '#c01b1b',
  '#24272b',
  '#ad1457',
  '#6b7280',
  '#00788a',
  '#60400b',
  '#4f7a00',
  '#8a6d00',
] as const;

/** The colour of the n-th series. */
export function seriesColour(index: number): string {
  return palette[index % palette.length] ?? palette[0];
}

/** What a figure is: a count, a share in per cent, or money in an ISO 4217 currency. */
export interface FigureKind {
  unit?: string;
  currency?: string;
}

/**
 * A tick label, short enough for an axis: money and large numbers in the locale's compact form
 * ("SEK 240k" in British English, "240 tn kr" in Swedish), small ones as they are.
 */
export function tickLabel(locale: string, value: number, kind: FigureKind = {}): string {
  const compact: Intl.NumberFormatOptions =
    Math.abs(value) >= 10_000
      ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : {};
  if (kind.currency) {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: kind.currency,
        maximumFractionDigits: 0,
        ...compact,
      }).format(value);
    } catch {
      // Not an ISO 4217 code: the number alone, as below.
    }
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...compact }).format(
    value,
  );
  return kind.unit ? `${number} ${kind.unit}` : number;
}

/** The round number at or above a maximum that an axis's top tick will show (1, 2, 2.5, 5 × 10ⁿ). */
export function niceCeiling(maximum: number): number {
  if (maximum <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(maximum));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= maximum) ?? 10;
  return step * power;
}

/** Pixels per character of a tick label, generous so an estimate never clips (13 px type). */
const characterWidth = 8;

/** How wide a text is drawn at the ticks' size: measured in a browser, estimated elsewhere. */
export function textWidth(text: string): number {
  const context =
    typeof document === 'undefined' || navigator.userAgent.includes('jsdom')
      ? null
      : document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = `${String(tickFontSize)}px ${getComputedStyle(document.body).fontFamily}`;
    // A margin for the difference between the canvas's font and the page's.
    return Math.ceil(context.measureText(text).width * 1.1);
  }
  return text.length * characterWidth;
}

export const tickFontSize = 13;

/** The width an axis needs for its longest label, with a gap to the chart. */
export function axisWidth(labels: string[], gap = 12): number {
  return Math.max(0, ...labels.map(textWidth)) + gap;
}
