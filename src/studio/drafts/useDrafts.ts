/**
 * The studio's several drafts: which one is open, the list of them, and saving the open one as
 * it changes. Saves are debounced a little (a paste or an opened file is written at once) and
 * flushed when the page is hidden or closed (`pagehide`, `visibilitychange`: then also copied
 * to localStorage at once, rescueCopy.ts), so a reload, a crash or a closed tab loses nothing.
 * A draft that cannot be saved says so at once. An earlier localStorage draft is moved in once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../draft.ts';
import type { DraftRecord, DraftStore } from './draftStore.ts';
import { writeRescueCopy } from './rescueCopy.ts';
import { OPEN_DRAFT_KEY, SAVE_PROBLEM, newRecord, sorted, start } from './startDrafts.ts';

/** How long the draft waits after a change before it is written. */
export const SAVE_DELAY_MS = 300;

/**
 * A source text that grew or shrank by this many characters since it was last written is a
 * paste or an opened file, not typing: it is written at once. Waiting for the pause let a
 * reload right after a long paste lose it, as the rescue copy cannot hold megabytes.
 */
export const WRITE_AT_ONCE_CHARS = 1000;

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
  // The source text last sent to IndexedDB, per draft: a paste is written at once when the text
  // has changed this much since (WRITE_AT_ONCE_CHARS), not on every key after it.
  const sentText = useRef(new Map<string, string>());
  // The source text IndexedDB has confirmed, per draft (or a new draft's empty text): a rescue
  // copy leaves it out when it is unchanged, so a long article's copy is small when only its
  // title changed.
  const savedText = useRef(new Map<string, string>());
  // The last draft sent to IndexedDB and not confirmed (still under way, or refused): a page
  // going away may not finish that write, so it is rescued like a pending one.
  const unconfirmed = useRef<DraftRecord | null>(null);
  // Started once per mount (StrictMode runs effects twice): one move, one first draft.
  const started = useRef<ReturnType<typeof start> | null>(null);

  const write = useCallback(
    (record: DraftRecord) => {
      setList((l) => sorted([record, ...l.filter((r) => r.id !== record.id)]));
      if (!store) return Promise.resolve();
      sentText.current.set(record.id, record.draft.source.text);
      unconfirmed.current = record;
      lastWrite.current = store.put(record).then(
        () => {
          savedText.current.set(record.id, record.draft.source.text);
          if (unconfirmed.current === record) unconfirmed.current = null;
          setSaveProblem(null);
        },
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

  // Leaving: a write may not finish before the page goes, so a copy is kept at once too, of the
  // draft not yet written or, failing that, of the one written but not yet confirmed.
  const rescue = useCallback(() => {
    const record = pending.current ?? unconfirmed.current;
    if (record && store) {
      const sameText = savedText.current.get(record.id) === record.draft.source.text;
      // A text too long for localStorage is left out, so the other fields are still kept
      // (with the text last saved) should the write below not finish.
      if (!writeRescueCopy(legacy, record, sameText) && !sameText) {
        writeRescueCopy(legacy, record, true);
      }
    }
    void flush();
  }, [flush, legacy, store]);

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
      for (const r of records) {
        savedText.current.set(r.id, r.draft.source.text);
        sentText.current.set(r.id, r.draft.source.text);
      }
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
      if (document.visibilityState === 'hidden') rescue();
    };
    window.addEventListener('pagehide', rescue);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', rescue);
      document.removeEventListener('visibilitychange', hidden);
      void flush();
    };
  }, [flush, rescue]);

  const save = useCallback(
    (draft: Draft) => {
      if (!open) return;
      pending.current = { id: open.id, changed: new Date().toISOString(), draft };
      if (timer.current !== null) clearTimeout(timer.current);
      const written = sentText.current.get(open.id) ?? '';
      if (Math.abs(draft.source.text.length - written.length) >= WRITE_AT_ONCE_CHARS) {
        void flush();
        return;
      }
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
