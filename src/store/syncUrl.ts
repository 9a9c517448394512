/**
 * Keeps the URL's `event` and `mode` current with history.replaceState (no new history
 * entries), so a copied link or a reload opens the same view.
 */
import type { SourcelineStore } from './createSourcelineStore.ts';
import { PARAM } from '../model/urlParamNames.ts';

/** The parameters this module owns; every other one is the page's, and kept as written. */
const OWN = new Set<string>([PARAM.event, PARAM.mode]);

/**
 * The search string for a state: `event` and `mode` set or cleared, every other parameter kept
 * byte for byte (re-encoding them would turn `data=data/x.json` into `data=data%2Fx.json`).
 */
export function searchFor(search: string, selectedId: string | null, mode: string): string {
  const kept = pairsWithout(search, OWN);
  const own = new URLSearchParams();
  if (selectedId) own.set(PARAM.event, selectedId);
  if (mode === 'present') own.set(PARAM.mode, 'present');
  const text = [...kept, own.toString()].filter(Boolean).join('&');
  return text ? `?${text}` : '';
}

/**
 * The search string with `lang` set to `lang`, every other parameter kept byte for byte: the
 * address of this same view in another language (the language picker's links).
 */
export function searchInLanguage(search: string, lang: string): string {
  const kept = pairsWithout(search, new Set([PARAM.lang]));
  return `?${[...kept, new URLSearchParams({ [PARAM.lang]: lang }).toString()].join('&')}`;
}

/**
 * The search string that opens a dataset (`data` set to its address, or no `data` for the
 * built-in one) from the first view, every other parameter kept byte for byte: the dataset
 * picker's links. The selected event and the mode belong to the timeline being left, so they go.
 */
export function searchForDataset(search: string, data: string | null): string {
  const kept = pairsWithout(search, new Set([PARAM.data, ...OWN]));
  if (data !== null) kept.push(new URLSearchParams({ [PARAM.data]: data }).toString());
  // "?" alone, not "": an empty href would be this very address, `data` and all.
  return `?${kept.join('&')}`;
}

/** Whether the search string already says this state (so there is nothing to write). */
export function saysState(search: string, selectedId: string | null, mode: string): boolean {
  const params = new URLSearchParams(search);
  return (
    params.get(PARAM.event) === (selectedId || null) &&
    params.get(PARAM.mode) === (mode === 'present' ? 'present' : null) &&
    params.getAll(PARAM.event).length <= 1 &&
    params.getAll(PARAM.mode).length <= 1
  );
}

/** The `name=value` pairs of a search string, as written, but those named in `names`. */
function pairsWithout(search: string, names: ReadonlySet<string>): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !names.has(keyOf(pair)));
}

/** The decoded name of one `name=value` pair of a query string. */
function keyOf(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Mirrors the selection and mode into the address bar; returns the unsubscribe function. */
export function syncUrl(store: SourcelineStore, win: Window = window): () => void {
  const write = () => {
    const { selectedId, mode } = store.getState();
    const current = win.location.search;
    // Nothing to write is the common case on load; replaceState is not free.
    if (saysState(current, selectedId, mode)) return;
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${searchFor(current, selectedId, mode)}${win.location.hash}`,
    );
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId || state.mode !== previous.mode) write();
  });
}
