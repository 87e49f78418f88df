import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppState } from './app-store';
import type { CoreApi } from '../bridge/api';

const StoreContext = createContext<{ store: StoreApi<AppState>; api: CoreApi } | null>(null);

export function StoreProvider(props: { store: StoreApi<AppState>; api: CoreApi; children: ReactNode }) {
  return <StoreContext.Provider value={{ store: props.store, api: props.api }}>{props.children}</StoreContext.Provider>;
}

function useStoreContext() {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreProvider is missing');
  return value;
}

/** Selects from the app store; components re-render only when their slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreContext().store, selector);
}

/** The API to the core, for views that make their own requests (guides, explain). */
export function useCoreApi(): CoreApi {
  return useStoreContext().api;
}
