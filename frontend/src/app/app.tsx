import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';

import { AppProvider } from './provider';
import { AppRouter } from './router';

import './app.css';

export function App() {
  return (
    <AppProvider>
      <AppRouter />
    </AppProvider>
  );
}
