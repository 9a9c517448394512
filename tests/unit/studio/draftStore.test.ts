// The draft store's write commits its transaction at once: a page being unloaded may never hear
// the put succeed, and without commit() the browser would commit only after it had.
import type { UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../../src/studio/draft.ts';
import { idbDraftStore } from '../../../src/studio/drafts/draftStore.ts';

describe('idbDraftStore', () => {
  it('puts the record and commits at once, resolving when the transaction completes', async () => {
    const commit = vi.fn();
    const transaction = { commit } as unknown as IDBTransaction;
    const put = vi.fn();
    const use: UseStore = (_mode, callback) =>
      Promise.resolve(callback({ put, transaction } as unknown as IDBObjectStore));
    const record = { id: 'd1', changed: '2026-12-01T00:00:00.000Z', draft: emptyDraft() };
    const written = idbDraftStore(use).put(record);
    await Promise.resolve();
    expect(put).toHaveBeenCalledWith(record, 'd1');
    expect(commit).toHaveBeenCalledOnce();
    (transaction.oncomplete as () => void)();
    await expect(written).resolves.toBeUndefined();
  });
});
