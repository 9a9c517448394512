/**
 * The one draft earlier versions of the studio kept in localStorage. It is moved into
 * IndexedDB once, and the localStorage copy is removed only after the move has been saved.
 */
import type { Draft } from '../draft.ts';
import { parseDraft } from './parseDraft.ts';

/** The localStorage key of the studio's earlier, single draft. */
export const LEGACY_DRAFT_KEY = 'sourceline:studio:draft';

/** The earlier draft still in `storage`, if there is a readable one. */
export function readLegacyDraft(storage: Storage | null): Draft | null {
  try {
    const text = storage?.getItem(LEGACY_DRAFT_KEY) ?? null;
    return text === null ? null : parseDraft(JSON.parse(text));
  } catch {
    // Refused, or not JSON: left where it is, untouched.
    return null;
  }
}

/** Forgets the earlier draft once it is safe in IndexedDB. */
export function forgetLegacyDraft(storage: Storage | null): void {
  try {
    storage?.removeItem(LEGACY_DRAFT_KEY);
  } catch {
    // Refused: it would only be moved again, as a second copy, next time.
  }
}

/** The page's localStorage, or null where the browser refuses it. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}
