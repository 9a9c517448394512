// The studio's several drafts, kept in IndexedDB (fake-indexeddb here): listed with their title
// and when they changed, a new one, opening one, deleting one and restoring it; saved a moment
// after a change and at once when the page is hidden; an earlier localStorage draft moved in
// once; and a browser that cannot keep drafts says so at once.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/studio/draft.ts';
import { LEGACY_DRAFT_KEY } from '../../src/studio/drafts/legacyDraft.ts';
import { RESCUE_PREFIX, writeRescueCopy } from '../../src/studio/drafts/rescueCopy.ts';
import { Studio } from '../../src/studio/Studio.tsx';
import { testPlaces } from './studioPlaces.ts';

const drafts = () => screen.getByRole('list', { name: 'Drafts' });

/**
 * Notes the source text of every write to `places`' store; with `finish` false the writes never
 * finish, as in a page being unloaded.
 */
function notingWrites(places: ReturnType<typeof testPlaces>, finish: boolean): string[] {
  const store = places.store;
  const sent: string[] = [];
  places.store = {
    ...store,
    put: (record) => {
      sent.push(record.draft.source.text);
      return finish ? store.put(record) : new Promise<void>(() => undefined);
    },
  };
  return sent;
}

async function typeTitle(title: string) {
  fireEvent.change(await screen.findByLabelText('Title'), { target: { value: title } });
}

describe('the studio’s drafts', () => {
  it('lists several drafts with their title and date, opens one, deletes one and restores it', async () => {
    const places = testPlaces();
    render(<Studio places={places} />);
    await typeTitle('First story');
    await userEvent.click(screen.getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue(''));
    await typeTitle('Second story');
    await waitFor(() => expect(within(drafts()).getAllByRole('listitem')).toHaveLength(2));
    await waitFor(() => expect(drafts()).toHaveTextContent('Second story (open)'));
    const first = within(drafts()).getByRole('button', { name: 'Open “First story”' });
    const item = first.closest('li');
    const time = item?.querySelector('time');
    expect(time?.getAttribute('dateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(time?.textContent).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(time?.getAttribute('dateTime') ?? ''),
      ),
    );

    await userEvent.click(first);
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('First story'));
    // Both are in IndexedDB.
    await waitFor(async () =>
      expect((await places.store.all()).map((r) => r.draft.source.title).sort()).toEqual([
        'First story',
        'Second story',
      ]),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Delete “Second story”' }));
    await waitFor(() => expect(within(drafts()).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText(/Deleted “Second story”/)).toBeInTheDocument();
    await waitFor(async () => expect(await places.store.all()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Restore it' }));
    await waitFor(() => expect(within(drafts()).getAllByRole('listitem')).toHaveLength(2));
    await waitFor(async () => expect(await places.store.all()).toHaveLength(2));
  });

  it('deleting the open draft opens the next one', async () => {
    render(<Studio places={testPlaces()} />);
    await typeTitle('Kept');
    await userEvent.click(screen.getByRole('button', { name: 'New draft' }));
    await typeTitle('Thrown away');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Thrown away”' }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Kept'));
  });

  it('saves at once when the page is hidden, without waiting for the pause after typing', async () => {
    const places = testPlaces();
    render(<Studio places={places} />);
    await typeTitle('Saved on leaving');
    window.dispatchEvent(new Event('pagehide'));
    const saved = await places.store.all();
    expect(saved.map((r) => r.draft.source.title)).toEqual(['Saved on leaving']);
  });

  it('keeps a copy in localStorage on leaving, which the next start puts into IndexedDB', async () => {
    const places = testPlaces();
    // Writes that never finish, as in a page being unloaded.
    const store = places.store;
    places.store = { ...store, put: () => new Promise<void>(() => undefined) };
    const first = render(<Studio places={places} />);
    await typeTitle('Typed just before the reload');
    window.dispatchEvent(new Event('pagehide'));
    const key = Array.from({ length: places.legacy?.length ?? 0 }, (_, i) =>
      places.legacy?.key(i),
    ).find((k) => k?.startsWith(RESCUE_PREFIX));
    expect(key).toBeDefined();
    first.unmount();
    places.store = store;
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('Typed just before the reload');
    expect((await store.all()).map((r) => r.draft.source.title)).toEqual([
      'Typed just before the reload',
    ]);
    expect(places.legacy?.getItem(key ?? '')).toBeNull();
  });

  it('leaves a long saved text out of the copy when only another field changed', async () => {
    const places = testPlaces();
    const text = 'A long article. '.repeat(1000);
    const saved = { ...emptyDraft(), source: { ...emptyDraft().source, text, title: 'Old' } };
    await places.store.put({ id: 'd1', changed: '2026-01-01T00:00:00.000Z', draft: saved });
    const newer = { ...saved, source: { ...saved.source, title: 'New' } };
    writeRescueCopy(
      places.legacy,
      { id: 'd1', changed: '2026-01-02T00:00:00.000Z', draft: newer },
      true,
    );
    expect(places.legacy?.getItem(`${RESCUE_PREFIX}d1`)?.length).toBeLessThan(1000);
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('New');
    expect(screen.getByLabelText('Source text')).toHaveValue(text);
  });

  it('keeps a copy of a draft whose write is still under way when the page goes', async () => {
    const places = testPlaces();
    const store = places.store;
    // Writes that are sent but never confirmed, as one a page being unloaded may lose.
    const sent = notingWrites(places, false);
    const first = render(<Studio places={places} />);
    const text = 'A long article pasted just now. '.repeat(100);
    fireEvent.change(await screen.findByLabelText('Source text'), { target: { value: text } });
    await typeTitle('Titled, and written after the pause');
    await waitFor(() => expect(sent).toHaveLength(2), { timeout: 2000 });
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    places.store = store;
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue(
      'Titled, and written after the pause',
    );
    expect(screen.getByLabelText('Source text')).toHaveValue(text);
  });

  it('writes a pasted text at once, without waiting for the pause after typing', async () => {
    const places = testPlaces();
    const sent = notingWrites(places, true);
    render(<Studio places={places} />);
    const area = await screen.findByLabelText('Source text');
    fireEvent.change(area, { target: { value: 'Typed.' } });
    expect(sent).toEqual([]);
    const text = 'A long article pasted just now. '.repeat(100);
    fireEvent.change(area, { target: { value: text } });
    expect(sent).toEqual([text]);
  });

  it('keeps the other fields on leaving when the text is too long for localStorage', async () => {
    const places = testPlaces();
    const store = places.store;
    const saved = { ...emptyDraft(), source: { ...emptyDraft().source, text: 'Saved.' } };
    await store.put({ id: 'd1', changed: '2026-01-01T00:00:00.000Z', draft: saved });
    // Writes that never finish, and a localStorage that refuses anything long.
    places.store = { ...store, put: () => new Promise<void>(() => undefined) };
    const legacy = places.legacy;
    places.legacy = legacy && {
      ...legacy,
      get length() {
        return legacy.length;
      },
      setItem: (key, value) => {
        if (value.length > 500) throw new DOMException('Full', 'QuotaExceededError');
        legacy.setItem(key, value);
      },
    };
    const first = render(<Studio places={places} />);
    await screen.findByDisplayValue('Saved.');
    // Two changes within the pause: the long text is not yet written when the page goes.
    fireEvent.change(screen.getByLabelText('Source text'), {
      target: { value: 'Saved. And typed on. '.repeat(20) },
    });
    await typeTitle('Titled before the reload');
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    places.store = store;
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('Titled before the reload');
    expect(screen.getByLabelText('Source text')).toHaveValue('Saved.');
  });

  it('reopens the draft this tab had open, not only the latest', async () => {
    const places = testPlaces();
    const first = render(<Studio places={places} />);
    await typeTitle('Older');
    await userEvent.click(screen.getByRole('button', { name: 'New draft' }));
    await typeTitle('Newer');
    await userEvent.click(await screen.findByRole('button', { name: 'Open “Older”' }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Older'));
    first.unmount();
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('Older');
  });

  it('moves an earlier localStorage draft into IndexedDB once', async () => {
    const places = testPlaces();
    const earlier = { ...emptyDraft(), source: { ...emptyDraft().source, title: 'From before' } };
    places.legacy?.setItem(LEGACY_DRAFT_KEY, JSON.stringify(earlier));
    const first = render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('From before');
    expect(places.legacy?.getItem(LEGACY_DRAFT_KEY)).toBeNull();
    first.unmount();
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('From before');
    expect(await places.store.all()).toHaveLength(1);
  });

  it('keeps an earlier draft where it is when IndexedDB refuses it, and says so', async () => {
    const places = testPlaces();
    places.store = { ...places.store, put: () => Promise.reject(new Error('refused')) };
    const earlier = { ...emptyDraft(), source: { ...emptyDraft().source, title: 'From before' } };
    places.legacy?.setItem(LEGACY_DRAFT_KEY, JSON.stringify(earlier));
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('From before');
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be saved/);
    expect(places.legacy?.getItem(LEGACY_DRAFT_KEY)).not.toBeNull();
  });

  it('says at once when the browser has no IndexedDB, and suggests downloading', async () => {
    render(<Studio places={{ store: null, legacy: null, session: null }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /cannot keep drafts.*Download the dataset/,
    );
    // The page still works.
    await typeTitle('Still usable');
    expect(screen.getByLabelText('Title')).toHaveValue('Still usable');
  });

  it('says so when the saved drafts cannot be read', async () => {
    const places = testPlaces();
    places.store = { ...places.store, all: () => Promise.reject(new Error('private mode')) };
    render(<Studio places={places} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be read/);
  });
});
