import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Api } from '../../core/contract';
import type { AppState } from './store';

export const StoreContext = createContext<StoreApi<AppState> | null>(null);
export const ApiContext = createContext<Api | null>(null);

export function useAppStore(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The Api for screens (window.api in the app). Null only when the app failed to start. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext is missing');
  return api;
}
