import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { initialLanguage, loadLanguage } from './lib/i18n';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Root element #root is missing from index.html');
}

// The reader's texts first (English is bundled; another language is a chunk of its own), so
// the first render is in their language. Should the chunk not come, the app starts in English.
void loadLanguage(initialLanguage())
  .catch(() => undefined)
  .then(() => {
    const root = createRoot(rootElement);
    // As a transition, the first render yields to the browser every few milliseconds instead
    // of holding the main thread for the whole tree (Lighthouse's total blocking time).
    startTransition(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  });
