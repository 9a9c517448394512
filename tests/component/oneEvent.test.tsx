// A timeline of one event (a studio draft's first, a small import) is named in the singular:
// never "1 events", which English's messages would say if they only filled in the count.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import StaticPicture from '../../src/components/embed/StaticPicture.tsx';
import { EventList } from '../../src/components/browse/EventList.tsx';
import HandoutPicture from '../../src/components/print/HandoutPicture.tsx';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { renderWithStore } from '../support/renderApp.tsx';
import { inLanguage } from '../support/inLanguage.tsx';
import { date, event, timelineOf } from '../support/synthetic.ts';

const ONE = timelineOf([
  event('only', 'Court', date(Date.UTC(1998, 6, 17)), 'Rome Statute adopted'),
]);
const TWO = timelineOf([
  event('first', 'Court', date(Date.UTC(1998, 6, 17)), 'Rome Statute adopted'),
  event('second', 'Court', date(Date.UTC(2002, 6, 1)), 'The court comes into being'),
]);

/** Every accessible name and text on the page, for a search for plurals of one. */
function allWords(container: HTMLElement): string {
  const names = [...container.querySelectorAll('[aria-label]')].map((n) =>
    n.getAttribute('aria-label'),
  );
  return [container.textContent, ...names].join('\n');
}

describe('a timeline of one event', () => {
  it('is named in the singular on the timeline, its list and its pictures', () => {
    const { container } = renderWithStore(
      <>
        <Timeline />
        <EventList />
        <HandoutPicture />
        <StaticPicture />
      </>,
      {},
      ONE,
    );
    expect(screen.getByRole('list', { name: 'One event, 1998' })).toBeInTheDocument();
    expect(screen.getByText('The event as a list')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'The whole timeline: one event' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /a picture of the whole timeline, one event, synthetic$/ }),
    ).toBeInTheDocument();
    expect(allWords(container)).not.toMatch(/\b1 events\b|\ball 1\b/i);
  });

  it('says so in the page’s language', () => {
    renderWithStore(inLanguage('fr', fr, <EventList />), {}, ONE);
    expect(screen.getByText('L’événement sous forme de liste')).toBeInTheDocument();
  });

  it('leaves two events in the plural, and a span of years as a range', () => {
    renderWithStore(
      <>
        <Timeline />
        <EventList />
        <HandoutPicture />
      </>,
      {},
      TWO,
    );
    expect(
      screen.getByRole('list', { name: '2 events in time order, 1998 to 2002' }),
    ).toBeInTheDocument();
    expect(screen.getByText('All 2 events as a list')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'The whole timeline: 2 events' })).toBeInTheDocument();
  });

  it('names a timeline within one year by that year, not "1998 to 1998"', () => {
    const sameYear = timelineOf([
      event('a', 'Court', date(Date.UTC(1998, 6, 17)), 'Rome Statute adopted'),
      event('b', 'Court', date(Date.UTC(1998, 10, 1)), 'A later step'),
    ]);
    renderWithStore(<Timeline />, {}, sameYear);
    expect(screen.getByRole('list', { name: '2 events in time order, 1998' })).toBeInTheDocument();
  });
});
