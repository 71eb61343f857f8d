import type { ReactNode } from 'react';

interface AppProviderProps {
  children: ReactNode;
}

/**
 * Wraps the app in its global providers. Empty for now; server state (TanStack Query),
 * i18n and the component library's theme will be added here.
 */
export function AppProvider({ children }: AppProviderProps) {
  return <>{children}</>;
}
