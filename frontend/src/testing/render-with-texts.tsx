import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n, type Language } from '../lib/i18n';

/** A wrapper that gives what it wraps the app's texts in a language, as the app would. */
export function withTexts(language: Language = 'en') {
  const i18n = createI18n(language);
  return function Texts({ children }: { children: ReactNode }) {
    return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  };
}

/** Renders one component with the app's English texts, as the app would give it them. */
export function renderWithTexts(ui: ReactElement) {
  return render(ui, { wrapper: withTexts() });
}
