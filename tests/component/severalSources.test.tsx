// The reader with a timeline citing two documents: a switch between them, the article following
// the selected event, and each passage in the details naming its source.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/model/compileTimeline.ts';
import type { Timeline } from '../../src/model/timeline.ts';
import { BrowseMode } from '../../src/modes/BrowseMode.tsx';
import HandoutBody from '../../src/components/print/HandoutBody.tsx';
import { renderWithStore } from '../support/renderApp.tsx';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
  // jsdom lays nothing out, so it has no scrolling to do.
  HTMLElement.prototype.scrollIntoView = () => undefined;
});

function twoSources(): Timeline {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/two-sources.json');
  const result = compileTimeline(JSON.parse(readFileSync(file, 'utf8')), null);
  if (!result.ok) throw new Error('the two-source fixture does not compile');
  return result.value;
}

const article = () => screen.getByRole('article');
const sources = () => within(screen.getByRole('navigation', { name: 'Sources' }));

describe('a timeline with two sources', () => {
  it('shows the first source, with a switch naming both by publisher', () => {
    renderWithStore(<BrowseMode />, {}, twoSources());
    expect(sources().getByRole('button', { name: 'The Valley Courier' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(sources().getByRole('button', { name: 'Mairie de Valbourg' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(article()).toHaveTextContent('The old bridge was closed');
    expect(article()).not.toHaveTextContent('Avis aux habitants');
  });

  it('switches the article to the other source, its words in its declared language', async () => {
    renderWithStore(<BrowseMode />, {}, twoSources());
    await userEvent.click(sources().getByRole('button', { name: 'Mairie de Valbourg' }));
    expect(article()).toHaveTextContent('Le conseil municipal a voté');
    const mark = within(article()).getByText(/Le conseil municipal/);
    expect(mark.closest('[lang]')).toHaveAttribute('lang', 'fr');
    expect(mark).toHaveAttribute('data-event-ids', 'council-votes');
  });

  it('shows the source of the selected event’s first passage', () => {
    const { store } = renderWithStore(<BrowseMode />, {}, twoSources());
    act(() => store.getState().actions.select('council-votes'));
    expect(article()).toHaveTextContent('Le conseil municipal');
    expect(within(article()).getByText(/Le conseil municipal/)).toHaveAttribute(
      'data-active',
      'true',
    );
    act(() => store.getState().actions.select('bridge-closed'));
    expect(article()).toHaveTextContent('The old bridge was closed');
  });

  it('names each passage’s source in the details, and shows it in the article on request', async () => {
    renderWithStore(<BrowseMode />, { selectedId: 'bridge-reopens' }, twoSources());
    const details = within(screen.getByRole('region', { name: 'The bridge reopens to cars' }));
    const quotes = details.getAllByRole('figure');
    expect(quotes.map((q) => within(q).getByRole('blockquote').textContent)).toEqual([
      'The bridge reopened to cars on Friday',
      'Le pont sera rouvert à la circulation le vendredi 14 juin 2024.',
    ]);
    expect(quotes[0]).toHaveTextContent('The Valley Courier');
    expect(quotes[1]).toHaveTextContent('Mairie de Valbourg');
    expect(within(quotes[1] as HTMLElement).getByRole('blockquote')).toHaveAttribute('lang', 'fr');
    expect(article()).not.toHaveTextContent('Le pont sera rouvert');
    await userEvent.click(
      within(quotes[1] as HTMLElement).getByRole('button', { name: 'Show in the article' }),
    );
    expect(article()).toHaveTextContent('Le pont sera rouvert');
    expect(document.activeElement).toHaveTextContent('Le pont sera rouvert');
  });

  it('links a passage to itself on the publisher’s page where its source has an address', () => {
    renderWithStore(<BrowseMode />, { selectedId: 'bridge-reopens' }, twoSources());
    const [report, notice] = screen.getAllByRole('figure');
    expect(
      within(report as HTMLElement).getByRole('link', { name: 'Open on the publisher’s page' }),
    ).toHaveAttribute(
      'href',
      'https://example.org/valley-courier/bridge-reopens#:~:text=The%20bridge%20reopened%20to%20cars%20on%20Friday',
    );
    // The town's notice has no address, so there is nowhere to open it.
    expect(within(notice as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('opens on the source of an event chosen by the link (?event=)', () => {
    renderWithStore(<BrowseMode />, { selectedId: 'council-votes' }, twoSources());
    expect(article()).toHaveTextContent('Le conseil municipal');
    expect(sources().getByRole('button', { name: 'Mairie de Valbourg' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('ignores a request to show a source the timeline does not have', () => {
    const { store } = renderWithStore(<BrowseMode />, {}, twoSources());
    act(() => store.getState().actions.showSource('diary'));
    expect(store.getState().shownSourceId).toBe('report');
  });

  it('prints every source and each quote with its own source and link', () => {
    const timeline = twoSources();
    const { container } = renderWithStore(<HandoutBody timeline={timeline} />, {}, timeline);
    const handout = container.querySelector('.handout') as HTMLElement;
    expect(handout).toHaveTextContent('The Valley Courier');
    expect(handout).toHaveTextContent('Mairie de Valbourg');
    const reopens = within(handout).getByRole('heading', {
      name: 'The bridge reopens to cars',
      hidden: true,
    });
    const item = within(reopens.closest('li') as HTMLElement);
    const quotes = item.getAllByRole('figure', { hidden: true });
    expect(quotes.map((q) => q.querySelector('figcaption')?.textContent?.split(' · ')[0])).toEqual([
      '— The Valley Courier, 14 June 2024',
      '— Mairie de Valbourg, 10 June 2024',
    ]);
    expect(item.getAllByRole('link', { hidden: true })).toHaveLength(1);
  });
});
