/**
 * The open draft's state with undo and redo, handed to `onChange` on every change (which saves
 * it: drafts/useDrafts.ts). Typing into one field is one step of history (changes with the same
 * `group` within a second coalesce), not one per key.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from './draft.ts';

const HISTORY = 100;

interface History {
  past: Draft[];
  present: Draft;
  future: Draft[];
  group: string | null;
  at: number;
}

/** What the studio's components use to read and change the draft. */
export interface DraftApi {
  draft: Draft;
  /** Applies a change; `group` coalesces a run of edits to one field into one undo step. */
  change: (update: (draft: Draft) => Draft, group?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

export function useDraft(initial: Draft, onChange: (draft: Draft) => void): DraftApi {
  const [history, setHistory] = useState<History>(() => ({
    past: [],
    present: initial,
    future: [],
    group: null,
    at: 0,
  }));
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    onChange(history.present);
  }, [history.present, onChange]);

  const change = useCallback((update: (draft: Draft) => Draft, group?: string) => {
    setHistory((h) => {
      const next = update(h.present);
      if (next === h.present) return h;
      const now = Date.now();
      const coalesce = group !== undefined && group === h.group && now - h.at < 1000;
      return {
        past: coalesce ? h.past : [...h.past, h.present].slice(-HISTORY),
        present: next,
        future: [],
        group: group ?? null,
        at: now,
      };
    });
  }, []);
  const undo = useCallback(() => {
    setHistory((h) => {
      const previous = h.past[h.past.length - 1];
      if (!previous) return h;
      return {
        past: h.past.slice(0, -1),
        present: previous,
        future: [h.present, ...h.future],
        group: null,
        at: 0,
      };
    });
  }, []);
  const redo = useCallback(() => {
    setHistory((h) => {
      const [next, ...rest] = h.future;
      if (!next) return h;
      return { past: [...h.past, h.present], present: next, future: rest, group: null, at: 0 };
    });
  }, []);

  return {
    draft: history.present,
    change,
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}
