import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { withTexts } from '../testing/render-with-texts';

import { formatMoney, useFormat } from './format';
import type { Language } from './i18n';

function formatIn(language: Language) {
  return renderHook(() => useFormat(), { wrapper: withTexts(language) }).result.current;
}

describe('dates and numbers', () => {
  it('are written the Swedish way in Swedish', () => {
    const format = formatIn('sv');
    expect(format.date('2026-03-02T09:00:00Z')).toBe('2 mars 2026');
    expect(format.number(1234567.5)).toBe('1\u00a0234\u00a0567,5');
  });

  it('are written the British way in English', () => {
    const format = formatIn('en');
    expect(format.date('2026-03-02T09:00:00Z')).toBe('2 Mar 2026');
    expect(format.number(1234567.5)).toBe('1,234,567.5');
  });
});

describe('numbers in Danish and Dutch', () => {
  it('are written with a decimal comma and grouped thousands', () => {
    expect(formatIn('da').number(60000.5)).toBe('60.000,5');
    expect(formatIn('nl').number(60000.5)).toBe('60.000,5');
    expect(formatIn('sv').number(0.5)).toBe('0,5');
  });

  it('give dates in the language', () => {
    expect(formatIn('da').date('2026-03-02T09:00:00Z')).toBe('2. mar. 2026');
    expect(formatIn('nl').date('2026-03-02T09:00:00Z')).toBe('2 mrt 2026');
  });
});

describe('money', () => {
  it("is written in the organisation's currency the reader's way", () => {
    expect(formatIn('sv').money(60000, 'SEK')).toBe('60\u00a0000\u00a0kr');
    expect(formatIn('da').money(60000, 'DKK')).toBe('60.000\u00a0kr.');
    expect(formatIn('nl').money(1250.5, 'EUR')).toBe('€\u00a01.250,50');
    expect(formatIn('en').money(240000, 'SEK')).toBe('SEK\u00a0240,000');
  });

  it('is the bare number without a currency, or with one that is no ISO 4217 code', () => {
    expect(formatMoney('nl-NL', 1250, null)).toBe('1.250');
    expect(formatMoney('nl-NL', 1250, 'kronor')).toBe('1.250');
  });
});
