/**
 * The embed feature as a person or screen reader meets it: the "Embed" dialog in browse mode
 * (found by role and name), and the compact embed view with its way out to the full view.
 */
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileDatasetDir } from '../../build/datasets.ts';
import { EmbedButton } from '../../src/components/embed/EmbedButton.tsx';
import { FRAMED_ATTRIBUTE, useAutoHeight } from '../../src/components/embed/useAutoHeight.ts';
import type { Timeline } from '../../src/model/timeline.ts';
import { EmbedMode } from '../../src/modes/EmbedMode.tsx';
import { createSourcelineStore } from '../../src/store/createSourcelineStore.ts';
import type { SourcelineStore, StoreOptions } from '../../src/store/createSourcelineStore.ts';
import { SourcelineProvider } from '../../src/store/StoreContext.tsx';
import { DATASET_DIR } from '../unit/model/fixtures.ts';
import { installDialogStandIn } from '../support/dialog.ts';

function loadTimeline(): Timeline {
  const result = compileDatasetDir(DATASET_DIR);
  if (!result.ok) throw new Error('the real dataset does not compile');
  return result.value;
}
const TIMELINE = loadTimeline();
const WARRANT = 'icc-warrant-putin';

function renderWith(ui: ReactNode, options: StoreOptions = {}, timeline = TIMELINE) {
  const store: SourcelineStore = createSourcelineStore(timeline, options);
  return { store, ...render(<SourcelineProvider store={store}>{ui}</SourcelineProvider>) };
}

beforeAll(installDialogStandIn);
beforeEach(() => {
  window.history.replaceState(null, '', '/timeline/index.html?event=old-value');
});

async function openDialog() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline' });
  const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
  return { user, dialog, code: code as HTMLTextAreaElement };
}

describe('the Embed dialog', () => {
  it('shows the snippet for the current view: its event, its theme, an accessible title', async () => {
    renderWith(<EmbedButton />, { selectedId: WARRANT, theme: 'dark' });
    const { dialog, code } = await openDialog();
    expect(within(dialog).getByRole('combobox', { name: 'Starting event' })).toHaveValue(WARRANT);
    expect(within(dialog).getByRole('radio', { name: 'Dark' })).toBeChecked();
    const origin = window.location.origin;
    expect(code.value).toBe(
      `<iframe data-sourceline src="${origin}/timeline/index.html?embed=1&amp;event=${WARRANT}&amp;theme=dark"` +
        ` title="${TIMELINE.title} — interactive timeline" width="100%"` +
        ` style="border:0;width:100%;height:480px" loading="lazy"></iframe>\n` +
        `<p data-sourceline-fallback><a href="${origin}/timeline/index.html?theme=dark&amp;event=${WARRANT}">` +
        `${TIMELINE.title}</a>: an interactive timeline that quotes its source for every event.</p>\n` +
        `<script src="${origin}/timeline/embed.js" async></script>`,
    );
    expect(code).toHaveAttribute('readonly');
  });

  it('changes the snippet with the starting event and theme chosen', async () => {
    renderWith(<EmbedButton />, { selectedId: WARRANT });
    const { user, dialog, code } = await openDialog();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Starting event' }),
      'clinton-signs-rome-statute',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Light' }));
    expect(code.value).toContain('?embed=1&amp;event=clinton-signs-rome-statute&amp;theme=light');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Starting event' }), '');
    await user.click(within(dialog).getByRole('radio', { name: /Automatic/ }));
    expect(code.value).toContain('/timeline/index.html?embed=1"');
  });

  it('copies the snippet and says so', async () => {
    renderWith(<EmbedButton />);
    const { user, dialog, code } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(code.value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
  });

  it('selects the code and says how to copy it when the clipboard refuses', async () => {
    renderWith(<EmbedButton />);
    const { user, dialog, code } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(/Ctrl\+C/));
    expect(code).toHaveFocus();
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  it('closes and gives focus back to the Embed button', async () => {
    renderWith(<EmbedButton />);
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus();
  });

  it('keeps a hostile title inside the title attribute', async () => {
    const title = `Quotes "and" <b>brackets</b> & 'apostrophes'`;
    renderWith(<EmbedButton />, {}, { ...TIMELINE, title });
    const { code } = await openDialog();
    expect(code.value).toContain(
      'title="Quotes &quot;and&quot; &lt;b&gt;brackets&lt;/b&gt; &amp; &#39;apostrophes&#39; — interactive timeline"',
    );
  });
});

describe('embed mode', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/timeline/index.html?embed=1&theme=dark');
  });

  it('shows the title, the timeline, a prompt, and a new-tab link to the full view', () => {
    renderWith(<EmbedMode />, { embed: true, theme: 'dark' });
    expect(screen.getByRole('heading', { level: 1, name: TIMELINE.title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByText(/Choose an event on the timeline/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
    const link = screen.getByRole('link', { name: /Open full timeline/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.pathname).toBe('/timeline/index.html');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('theme')).toBe('dark');
  });

  it('shows the selected event’s card with every passage it quotes, and links to it', () => {
    const { store } = renderWith(<EmbedMode />, { embed: true });
    act(() => store.getState().actions.select(WARRANT));
    const event = TIMELINE.events.find((e) => e.id === WARRANT);
    if (!event) throw new Error(`no ${WARRANT}`);
    const card = screen.getByRole('region', { name: event.title });
    const quotes = within(card)
      .getAllByRole('blockquote')
      .map((quote) => quote.textContent);
    expect(quotes).toEqual(event.citations.map((c) => c.exact));
    const link = screen.getByRole('link', { name: /Open full timeline/ });
    expect(new URL(link.getAttribute('href') ?? '').searchParams.get('event')).toBe(WARRANT);
  });
});

describe('embed mode’s render flags', () => {
  it('plain=1: the timeline and the details, no header, hint or footer', () => {
    window.history.replaceState(null, '', '/timeline/index.html?embed=1&plain=1');
    const { store } = renderWith(<EmbedMode />, { embed: true });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: TIMELINE.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Open full timeline/ })).toBeNull();
    expect(screen.queryByText(/Choose an event on the timeline/)).toBeNull();
    act(() => store.getState().actions.select(WARRANT));
    const event = TIMELINE.events.find((e) => e.id === WARRANT);
    expect(screen.getByRole('region', { name: event?.title ?? '' })).toBeInTheDocument();
  });

  it('transparent=1 marks the page for no background, and unmarks it when it goes', () => {
    window.history.replaceState(null, '', '/timeline/index.html?embed=1&transparent=1');
    const { unmount } = renderWith(<EmbedMode />, { embed: true });
    expect(document.documentElement).toHaveAttribute('data-sourceline-transparent');
    unmount();
    expect(document.documentElement).not.toHaveAttribute('data-sourceline-transparent');
  });

  it('static=1: a picture of every event and the way out, and nothing else to operate', async () => {
    window.history.replaceState(null, '', '/timeline/index.html?embed=1&static=1');
    renderWith(<EmbedMode />, { embed: true });
    const picture = await screen.findByRole('img', { name: /a picture of the whole timeline/ });
    // jsdom lays nothing out (the frame has no width), so the picture's text is checked in
    // Chromium (embed-flags.e2e.ts); here, that it is drawn at all.
    expect(picture.querySelectorAll('circle, rect').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('link', { name: /Open full timeline/ })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'The events in the picture' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(TIMELINE.events.length);
  });
});

describe('the Embed dialog’s render flags', () => {
  it('each flag goes into the snippet and the preview’s address', async () => {
    renderWith(<EmbedButton />);
    const { user, dialog, code } = await openDialog();
    const preview = within(dialog).getByTitle('Preview of the embed');
    await user.click(within(dialog).getByRole('checkbox', { name: /Plain/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Still picture/ }));
    expect(code.value).toContain('?embed=1&amp;plain=1&amp;static=1');
    expect(new URL(preview.getAttribute('src') ?? '').search).toBe('?embed=1&plain=1&static=1');
    await user.click(within(dialog).getByRole('checkbox', { name: /Plain/ }));
    expect(code.value).toContain('?embed=1&amp;static=1');
    // Not the single-file build: the snippet loads embed.js and there is no warning about it.
    expect(code.value).toContain('embed.js');
    expect(within(dialog).queryByText(/single-file copy/)).toBeNull();
  });
});

describe('useAutoHeight', () => {
  /** A window whose parent is another window, as in an iframe. */
  function framedWindow(href?: string) {
    const parent = { postMessage: vi.fn() };
    const listeners = new Map<string, EventListener>();
    const win = {
      parent,
      document,
      ...(href !== undefined && { location: new URL(href) }),
      innerHeight: 480,
      addEventListener: (type: string, listener: EventListener) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    return { win: win as unknown as Window, parent, listeners };
  }

  function elementOfHeight(bottom: number): HTMLElement {
    const element = document.createElement('div');
    element.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: 0, width: 300, height: bottom });
    return element;
  }

  it('posts the content height, rounded up, to the parent and stops the page scrolling', () => {
    const { win, parent } = framedWindow();
    const ref = { current: elementOfHeight(612.3) };
    const { unmount } = renderHook(() => useAutoHeight(ref, win));
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'sourceline:resize', height: 613 },
      '*',
    );
    expect(document.documentElement).toHaveAttribute(FRAMED_ATTRIBUTE);
    unmount();
    expect(document.documentElement).not.toHaveAttribute(FRAMED_ATTRIBUTE);
  });

  it('also speaks Pym.js and AMP when the address asks, on the same schedule', () => {
    const { win, parent } = framedWindow('https://t.example/?embed=1&childId=pym-1&amp=1');
    renderHook(() => useAutoHeight({ current: elementOfHeight(700) }, win));
    expect(parent.postMessage.mock.calls).toEqual([
      [{ type: 'sourceline:resize', height: 700 }, '*'],
      ['pymxPYMxpym-1xPYMxheightxPYMx700', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 700 }, '*'],
    ]);
  });

  it('says its height again when the frame ends up another height', () => {
    const { win, parent, listeners } = framedWindow();
    renderHook(() => useAutoHeight({ current: elementOfHeight(612) }, win));
    parent.postMessage.mockClear();
    listeners.get('resize')?.(new Event('resize'));
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'sourceline:resize', height: 612 },
      '*',
    );
  });

  it('does nothing in a page that is not framed', () => {
    const postMessage = vi.spyOn(window, 'postMessage');
    renderHook(() => useAutoHeight({ current: elementOfHeight(612) }));
    expect(postMessage).not.toHaveBeenCalled();
    expect(document.documentElement).not.toHaveAttribute(FRAMED_ATTRIBUTE);
  });
});
