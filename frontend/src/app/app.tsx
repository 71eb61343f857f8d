import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';

import { useState } from 'react';

import { createQueryClient } from '../lib/query-client';

import { AppProvider } from './provider';
import { AppRouter } from './router';

import './app.css';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProvider queryClient={queryClient}>
      <AppRouter queryClient={queryClient} />
    </AppProvider>
  );
}
