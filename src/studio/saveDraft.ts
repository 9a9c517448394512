/**
 * Keeping the draft in the browser (localStorage) as it changes, so a reload, a crash or a closed
 * tab loses nothing. A draft that cannot be saved (storage full, or refused in a private window)
 * says so at once; a stored draft that does not read back is set aside, never thrown away.
 */
import { emptyDraft } from './draft.ts';
import type { Draft } from './draft.ts';

/** The storage key of the draft. */
export const DRAFT_KEY = 'sourceline:studio:draft';

/** The saved draft, or an empty one (and a message) when there is none or it cannot be read. */
export function loadDraft(storage: Storage | null): { draft: Draft; message: string | null } {
  let text: string | null = null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { draft: emptyDraft(), message: 'This browser refuses to store drafts here.' };
  }
  if (text === null) return { draft: emptyDraft(), message: null };
  try {
    const value = JSON.parse(text) as Partial<Draft> | null;
    if (value?.version !== 1 || typeof value.source?.text !== 'string') throw new Error('shape');
    return { draft: { ...emptyDraft(), ...value }, message: null };
  } catch {
    try {
      storage?.setItem(`${DRAFT_KEY}:unreadable`, text);
    } catch {
      // Nowhere to set it aside: the message below still says what happened.
    }
    return { draft: emptyDraft(), message: 'The saved draft could not be read; it was set aside.' };
  }
}

/** Saves the draft; null when saved, else what went wrong, in plain words. */
export function saveDraft(storage: Storage | null, draft: Draft): string | null {
  if (!storage) return 'This browser cannot store the draft: it will be lost on reload.';
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return null;
  } catch {
    return 'The draft could not be saved (the browser’s storage is full or refused): download the dataset to keep your work.';
  }
}

/** The page's localStorage, or null where the browser refuses it. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
