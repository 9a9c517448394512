/**
 * Passes the per-instance store down the tree, and the hooks that read narrow slices of it.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SourcelineState, SourcelineStore } from './createSourcelineStore.ts';

const StoreContext = createContext<SourcelineStore | null>(null);

/** Makes `store` available to the components below. */
export function SourcelineProvider({
  store,
  children,
}: {
  store: SourcelineStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance itself (for effects that subscribe outside rendering). */
export function useSourcelineStore(): SourcelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSourceline must be used inside <SourcelineProvider>');
  return store;
}

/** Reads one slice of the state; the component re-renders only when that slice changes. */
export function useSourceline<T>(selector: (state: SourcelineState) => T): T {
  return useStore(useSourcelineStore(), selector);
}

/** The actions (stable across renders). */
export function useActions() {
  return useSourceline((state) => state.actions);
}
