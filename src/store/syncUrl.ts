/**
 * Keeps the URL's `event` and `mode` current with history.replaceState (no new history
 * entries), so a copied link or a reload opens the same view.
 */
import type { SourcelineStore } from './createSourcelineStore.ts';

/** The search string for a state, keeping every other parameter as it was. */
export function searchFor(search: string, selectedId: string | null, mode: string): string {
  const params = new URLSearchParams(search);
  if (selectedId) params.set('event', selectedId);
  else params.delete('event');
  if (mode === 'present') params.set('mode', 'present');
  else params.delete('mode');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Mirrors the selection and mode into the address bar; returns the unsubscribe function. */
export function syncUrl(store: SourcelineStore, win: Window = window): () => void {
  const write = () => {
    const { selectedId, mode } = store.getState();
    const search = searchFor(win.location.search, selectedId, mode);
    if (search !== win.location.search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    }
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId || state.mode !== previous.mode) write();
  });
}
