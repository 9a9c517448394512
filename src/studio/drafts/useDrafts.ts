/**
 * The studio's several drafts: which one is open, the list of them, and saving the open one as
 * it changes. Saves are debounced a little and flushed when the page is hidden or closed
 * (`pagehide`, `visibilitychange`), so a reload, a crash or a closed tab loses nothing. A draft
 * that cannot be saved says so at once. An earlier localStorage draft is moved in once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyDraft } from '../draft.ts';
import type { Draft } from '../draft.ts';
import type { DraftRecord, DraftStore } from './draftStore.ts';
import { forgetLegacyDraft, readLegacyDraft } from './legacyDraft.ts';

/** How long the draft waits after a change before it is written. */
export const SAVE_DELAY_MS = 300;

/** The sessionStorage key naming the draft this tab has open (so a reload reopens it). */
export const OPEN_DRAFT_KEY = 'sourceline:studio:open';

/** What the page says when drafts cannot be kept. */
export const SAVE_PROBLEM = {
  noStore:
    'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.',
  refused:
    'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.',
  unreadable:
    'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.',
} as const;

/** Where the drafts are kept: the store, and the browser's storages for the move and the tab. */
export interface DraftPlaces {
  store: DraftStore | null;
  /** localStorage, where an earlier studio kept its one draft. */
  legacy: Storage | null;
  /** sessionStorage, naming this tab's open draft. */
  session: Storage | null;
}

/** The drafts, the open one, and what can be done with them. */
export interface DraftsApi {
  /** The open draft as it was opened (the editor keeps its changes), or null while loading. */
  open: DraftRecord | null;
  /** Every saved draft, the most recently changed first. */
  list: DraftRecord[];
  /** Why the draft is not being saved, or null. */
  saveProblem: string | null;
  /** The draft last deleted, which can still be restored. */
  deleted: DraftRecord | null;
  /** Called with the open draft on every change. */
  save: (draft: Draft) => void;
  openDraft: (id: string) => void;
  createDraft: () => void;
  removeDraft: (id: string) => void;
  restoreDraft: () => void;
}

export function useDrafts({ store, legacy, session }: DraftPlaces): DraftsApi {
  const [open, setOpen] = useState<DraftRecord | null>(null);
  const [list, setList] = useState<DraftRecord[]>([]);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DraftRecord | null>(null);
  const pending = useRef<DraftRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The last write: IndexedDB runs writes in the order they were asked for, so an older draft
  // never lands over a newer one, and a read asked for later sees them.
  const lastWrite = useRef<Promise<void>>(Promise.resolve());
  // Started once per mount (StrictMode runs effects twice): one move, one first draft.
  const started = useRef<ReturnType<typeof start> | null>(null);

  const write = useCallback(
    (record: DraftRecord) => {
      setList((l) => sorted([record, ...l.filter((r) => r.id !== record.id)]));
      if (!store) return Promise.resolve();
      lastWrite.current = store.put(record).then(
        () => setSaveProblem(null),
        () => setSaveProblem(SAVE_PROBLEM.refused),
      );
      return lastWrite.current;
    },
    [store],
  );

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const record = pending.current;
    pending.current = null;
    return record ? write(record) : lastWrite.current;
  }, [write]);

  const show = useCallback(
    (record: DraftRecord) => {
      setOpen(record);
      try {
        session?.setItem(OPEN_DRAFT_KEY, record.id);
      } catch {
        // Only which draft a reload reopens is lost: the latest one opens instead.
      }
    },
    [session],
  );

  useEffect(() => {
    let live = true;
    started.current ??= start({ store, legacy, session });
    void started.current.then(({ records, opened, problem }) => {
      if (!live) return;
      setList(sorted(records));
      setSaveProblem(problem);
      show(opened);
    });
    return () => {
      live = false;
    };
  }, [store, legacy, session, show]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leave = () => void flush();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      void flush();
    };
  }, [flush]);

  const save = useCallback(
    (draft: Draft) => {
      if (!open) return;
      pending.current = { id: open.id, changed: new Date().toISOString(), draft };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [open, flush],
  );

  const openDraft = useCallback(
    (id: string) => {
      void flush().then(async () => {
        const record = (await store?.get(id).catch(() => null)) ?? list.find((r) => r.id === id);
        if (record) show(record);
      });
    },
    [flush, store, list, show],
  );

  const createDraft = useCallback(() => {
    void flush().then(() => {
      const record = newRecord();
      void write(record);
      show(record);
    });
  }, [flush, write, show]);

  const removeDraft = useCallback(
    (id: string) => {
      void flush().then(async () => {
        const record = list.find((r) => r.id === id) ?? null;
        const rest = list.filter((r) => r.id !== id);
        setList(rest);
        setDeleted(record);
        if (store) await store.remove(id).catch(() => setSaveProblem(SAVE_PROBLEM.refused));
        if (open?.id === id) {
          const next = rest[0] ?? newRecord();
          if (!rest[0]) void write(next);
          show(next);
        }
      });
    },
    [flush, list, store, open, write, show],
  );

  const restoreDraft = useCallback(() => {
    if (!deleted) return;
    setDeleted(null);
    void write(deleted);
  }, [deleted, write]);

  return {
    open,
    list,
    saveProblem,
    deleted,
    save,
    openDraft,
    createDraft,
    removeDraft,
    restoreDraft,
  };
}

/** A new, empty draft. */
function newRecord(draft: Draft = emptyDraft()): DraftRecord {
  return { id: newId(), changed: new Date().toISOString(), draft };
}

function newId(): string {
  const random = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : null;
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function sorted(records: DraftRecord[]): DraftRecord[] {
  return [...records].sort((a, b) => b.changed.localeCompare(a.changed));
}

/**
 * The saved drafts and the one to open: this tab's, else the latest, else a new one. An
 * earlier localStorage draft is moved in first (and forgotten only once it is saved). When the
 * store refuses, the earlier draft (or an empty one) opens in memory, and the page says so.
 */
async function start({ store, legacy, session }: DraftPlaces): Promise<{
  records: DraftRecord[];
  opened: DraftRecord;
  problem: string | null;
}> {
  const earlier = readLegacyDraft(legacy);
  if (!store) {
    return { records: [], opened: newRecord(earlier ?? undefined), problem: SAVE_PROBLEM.noStore };
  }
  let records: DraftRecord[];
  try {
    records = await store.all();
  } catch {
    return {
      records: [],
      opened: newRecord(earlier ?? undefined),
      problem: SAVE_PROBLEM.unreadable,
    };
  }
  if (earlier) {
    const moved = newRecord(earlier);
    try {
      await store.put(moved);
    } catch {
      return { records, opened: moved, problem: SAVE_PROBLEM.refused };
    }
    forgetLegacyDraft(legacy);
    return { records: [moved, ...records], opened: moved, problem: null };
  }
  let wanted: string | null = null;
  try {
    wanted = session?.getItem(OPEN_DRAFT_KEY) ?? null;
  } catch {
    // No sessionStorage: the latest draft opens.
  }
  const opened = records.find((r) => r.id === wanted) ?? sorted(records)[0];
  if (opened) return { records, opened, problem: null };
  // The first draft is listed at once and saved at its first change.
  const first = newRecord();
  return { records: [first], opened: first, problem: null };
}
