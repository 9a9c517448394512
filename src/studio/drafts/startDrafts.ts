/**
 * Opening the studio's drafts: the saved ones (with any rescue copy put in, rescueCopy.ts), an
 * earlier localStorage draft moved in once, and which one to open: this tab's, else the latest,
 * else a new one. When the store refuses, a draft opens in memory and the page says why.
 */
import { t } from '../../store/notice.ts';
import { emptyDraft } from '../draft.ts';
import type { Draft } from '../draft.ts';
import type { DraftRecord, DraftStore } from './draftStore.ts';
import { forgetLegacyDraft, readLegacyDraft } from './legacyDraft.ts';
import { forgetRescueCopy, readRescueCopies } from './rescueCopy.ts';
import type { DraftPlaces } from './useDrafts.ts';

/** The sessionStorage key naming the draft this tab has open (so a reload reopens it). */
export const OPEN_DRAFT_KEY = 'sourceline:studio:open';

/** What the page says when drafts cannot be kept (in English: Studio.tsx translates it). */
export const SAVE_PROBLEM = {
  noStore: t(
    'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.',
  ),
  refused: t(
    'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.',
  ),
  unreadable: t(
    'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.',
  ),
} as const;

/** A new, empty draft. */
export function newRecord(draft: Draft = emptyDraft()): DraftRecord {
  return { id: newId(), changed: new Date().toISOString(), draft };
}

function newId(): string {
  const random = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : null;
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function sorted(records: DraftRecord[]): DraftRecord[] {
  return [...records].sort((a, b) => b.changed.localeCompare(a.changed));
}

/**
 * The saved drafts and the one to open: this tab's, else the latest, else a new one. An
 * earlier localStorage draft is moved in first (and forgotten only once it is saved). When the
 * store refuses, the earlier draft (or an empty one) opens in memory, and the page says so.
 */
export async function start({ store, legacy, session }: DraftPlaces): Promise<{
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
    records = await rescued(store, legacy, await store.all());
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

/** The saved drafts with the rescue copies put in where they are newer (then forgotten). */
async function rescued(
  store: DraftStore,
  storage: Storage | null,
  records: DraftRecord[],
): Promise<DraftRecord[]> {
  let all = records;
  for (const { record, sameText } of readRescueCopies(storage)) {
    const saved = all.find((r) => r.id === record.id);
    if (!saved || saved.changed < record.changed) {
      // A copy without its text has the saved one's (none saved: the empty text it had).
      const text = sameText && saved ? saved.draft.source.text : record.draft.source.text;
      const source = { ...record.draft.source, text };
      const copy = { ...record, draft: { ...record.draft, source } };
      await store.put(copy);
      all = [copy, ...all.filter((r) => r.id !== copy.id)];
    }
    forgetRescueCopy(storage, record.id);
  }
  return all;
}
