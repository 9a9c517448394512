/**
 * Where the studio keeps its drafts: IndexedDB, through idb-keyval (one object store, one record
 * per draft). The studio talks to the `DraftStore` interface only, so tests can hand it a store
 * in fake-indexeddb or one that refuses, as a full or private browser would.
 */
import { createStore, del, get, promisifyRequest, values } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { Draft } from '../draft.ts';
import { parseDraft } from './parseDraft.ts';

/** One saved draft: its id, when it last changed (ISO 8601) and the draft itself. */
export interface DraftRecord {
  id: string;
  changed: string;
  draft: Draft;
}

/** What the studio needs of its storage; every method rejects when the browser refuses. */
export interface DraftStore {
  /** Every readable draft (unreadable records are skipped, never deleted). */
  all: () => Promise<DraftRecord[]>;
  get: (id: string) => Promise<DraftRecord | null>;
  put: (record: DraftRecord) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** The IndexedDB database and object store the drafts live in. */
export const DRAFT_DB = { name: 'sourceline-studio', store: 'drafts' } as const;

/** A DraftStore over an idb-keyval store (the browser's by default). */
export function idbDraftStore(use: UseStore = createStore(DRAFT_DB.name, DRAFT_DB.store)) {
  const store: DraftStore = {
    all: async () => (await values<unknown>(use)).flatMap((v) => readRecord(v) ?? []),
    get: async (id) => readRecord(await get<unknown>(id, use)),
    put: (record) => put(use, record),
    remove: (id) => del(id, use),
  };
  return store;
}

/**
 * The browser's draft store, or null where there is no IndexedDB at all (some embedded
 * browsers, or one that throws on merely opening it).
 */
export function browserDraftStore(): DraftStore | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
    return idbDraftStore();
  } catch {
    return null;
  }
}

/**
 * idb-keyval's `set`, committed at once: without `commit()` the browser commits only after the
 * page has heard the put succeed, which a page being unloaded may never do.
 */
function put(inStore: UseStore, record: DraftRecord): Promise<void> {
  return inStore('readwrite', (store) => {
    store.put(record, record.id);
    store.transaction.commit?.();
    return promisifyRequest(store.transaction);
  });
}

function readRecord(value: unknown): DraftRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, changed, draft } = value as Partial<Record<keyof DraftRecord, unknown>>;
  const parsed = parseDraft(draft);
  if (typeof id !== 'string' || typeof changed !== 'string' || !parsed) return null;
  return { id, changed, draft: parsed };
}
