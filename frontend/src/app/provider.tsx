import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { AnnouncerProvider } from '../components/ui/announcer';
import { createI18n } from '../lib/i18n';

interface AppProviderProps {
  /** Also given to the routes, whose loaders start the queries their pages need. */
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Wraps the app in its global providers: server state (TanStack Query), the texts (i18next) and
 * the confirmations of actions (the announcer).
 */
export function AppProvider({ queryClient, children }: AppProviderProps) {
  const [i18n] = useState(() => createI18n());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
