/**
 * The copy of a draft not yet in IndexedDB, written to localStorage when the page is hidden or
 * closed. IndexedDB is asynchronous and a page being unloaded may never finish its write
 * (measured in Chromium: a reload right after typing lost it), while localStorage writes at
 * once. The next start puts the copy into IndexedDB, where it is newer, and forgets it. A copy
 * whose source text is the one already saved leaves the text out (`sameText`), so a long
 * article does not overflow localStorage's few megabytes when only a title changed.
 */
import type { DraftRecord } from './draftStore.ts';
import { parseDraft } from './parseDraft.ts';

/** The localStorage key prefix of rescue copies, one per draft id. */
export const RESCUE_PREFIX = 'sourceline:studio:unsaved:';

/** A rescue copy read back; with `sameText`, its text is the saved draft's. */
export interface RescueCopy {
  record: DraftRecord;
  sameText: boolean;
}

/** Writes the copy at once; false when localStorage refuses it (full, private, absent). */
export function writeRescueCopy(
  storage: Storage | null,
  record: DraftRecord,
  sameText: boolean,
): boolean {
  try {
    if (!storage) return false;
    const draft = sameText
      ? { ...record.draft, source: { ...record.draft.source, text: '' } }
      : record.draft;
    storage.setItem(`${RESCUE_PREFIX}${record.id}`, JSON.stringify({ ...record, draft, sameText }));
    return true;
  } catch {
    return false;
  }
}

/** Every readable rescue copy. */
export function readRescueCopies(storage: Storage | null): RescueCopy[] {
  const copies: RescueCopy[] = [];
  try {
    if (!storage) return copies;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(RESCUE_PREFIX)) continue;
      const value = JSON.parse(storage.getItem(key) ?? 'null') as
        (Partial<DraftRecord> & { sameText?: unknown }) | null;
      const draft = parseDraft(value?.draft);
      if (draft && typeof value?.id === 'string' && typeof value.changed === 'string') {
        const record = { id: value.id, changed: value.changed, draft };
        copies.push({ record, sameText: value.sameText === true });
      }
    }
  } catch {
    // Refused or unreadable: nothing to rescue.
  }
  return copies;
}

/** Forgets the rescue copy of draft `id`. */
export function forgetRescueCopy(storage: Storage | null, id: string): void {
  try {
    storage?.removeItem(`${RESCUE_PREFIX}${id}`);
  } catch {
    // Refused: it is put in again, unchanged, next time.
  }
}
