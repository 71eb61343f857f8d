import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '../lib/i18n';

/** Renders one component with the app's English texts, as the app would give it them. */
export function renderWithTexts(ui: ReactElement) {
  return render(<I18nextProvider i18n={createI18n('en')}>{ui}</I18nextProvider>);
}
