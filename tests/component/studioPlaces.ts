// Where the studio keeps its drafts in component tests: IndexedDB from fake-indexeddb (a new
// database each time, so tests do not see each other's drafts) and Storages kept in memory.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { idbDraftStore } from '../../src/studio/drafts/draftStore.ts';
import type { DraftStore } from '../../src/studio/drafts/draftStore.ts';
import type { DraftPlaces } from '../../src/studio/drafts/useDrafts.ts';

let databases = 0;

/** A Storage kept in memory, shared between mounts like the browser's. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

/** A fresh draft store in its own fake IndexedDB database. */
export function testStore(): DraftStore {
  databases += 1;
  return idbDraftStore(createStore(`studio-test-${databases}`, 'drafts'));
}

/** Fresh places: an empty draft store, localStorage and sessionStorage. */
export function testPlaces(): DraftPlaces & { store: DraftStore } {
  return { store: testStore(), legacy: memoryStorage(), session: memoryStorage() };
}
