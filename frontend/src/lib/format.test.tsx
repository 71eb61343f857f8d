import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { useFormat } from './format';
import { createI18n, type Language } from './i18n';

function formatIn(language: Language) {
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return renderHook(() => useFormat(), { wrapper }).result.current;
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
