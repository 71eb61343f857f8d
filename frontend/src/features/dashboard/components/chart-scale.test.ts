import { describe, expect, it } from 'vitest';

import { axisWidth, niceCeiling, palette, tickLabel as label } from './chart-scale';

/** A tick label with the locale's non-breaking spaces as plain ones, to compare. */
const tickLabel = (...args: Parameters<typeof label>) =>
  label(...args).replace(/[\u00a0\u202f]/g, ' ');

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the dashboard charts’ scale', () => {
  it('writes large amounts of money compactly, in the locale and its currency', () => {
    expect(tickLabel('sv-SE', 240_000, { currency: 'SEK' })).toBe('240 tn kr');
    expect(tickLabel('en-GB', 240_000, { currency: 'SEK' })).toBe('SEK 240k');
    expect(tickLabel('da-DK', 1_500_000, { currency: 'DKK' })).toBe('1,5 mio. kr.');
    expect(tickLabel('nl-NL', 2_500, { currency: 'EUR' })).toBe('€ 2.500');
  });

  it('writes counts and shares in the locale, with their unit', () => {
    expect(tickLabel('sv-SE', 0.5)).toBe('0,5');
    expect(tickLabel('en-GB', 75, { unit: '%' })).toBe('75 %');
    expect(tickLabel('sv-SE', 60_000)).toBe('60 tn');
  });

  it('rounds an axis’s top up to a round number', () => {
    expect(niceCeiling(237_500)).toBe(250_000);
    expect(niceCeiling(20)).toBe(20);
    expect(niceCeiling(13)).toBe(20);
    expect(niceCeiling(0)).toBe(0);
  });

  it('gives an axis the width of its longest label', () => {
    expect(axisWidth(['0', '240 000 kr'])).toBeGreaterThan(axisWidth(['0', '40 000 kr']));
    expect(axisWidth(['240 000 kr'])).toBeGreaterThanOrEqual('240 000 kr'.length * 7);
  });

  it('has as many distinct colours as the pipeline has stages, each 3:1 against white', () => {
    expect(new Set(palette.map((colour) => colour.toLowerCase())).size).toBe(palette.length);
    expect(palette.length).toBeGreaterThanOrEqual(12);
    for (const colour of palette) {
      expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(3);
    }
  });
});
