/** The typed API client (and, in the desktop app, the desktop client), provided through context. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/contract/client.js';
import type { DesktopClient } from './desktop-client.js';

const ApiContext = createContext<ApiClient | null>(null);
const DesktopContext = createContext<DesktopClient | null>(null);

export function ApiProvider({ client, desktop, children }: { client: ApiClient; desktop: DesktopClient | null; children: ReactNode }) {
  return (
    <ApiContext.Provider value={client}>
      <DesktopContext.Provider value={desktop}>{children}</DesktopContext.Provider>
    </ApiContext.Provider>
  );
}

/** The API client; throws outside an ApiProvider. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it');
  return client;
}

/** Native dialogs and link opening, or null when the page is not in the desktop app. */
export function useDesktop(): DesktopClient | null {
  return useContext(DesktopContext);
}
