import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { Legend } from '../../src/components/timeline/Legend.tsx';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/components/i18n/translator.tsx';
import { renderWithStore } from '../support/renderApp.tsx';
import { DAY, date, event, timelineOf } from '../support/synthetic.ts';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

/** Opens the legend, whose items load the first time it is opened. */
function openLegend(container: HTMLElement): void {
  const details = container.querySelector('details');
  if (!details) throw new Error('no legend');
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
}

const start = Date.UTC(2000, 0, 1);
const timeline = timelineOf([
  event('day', 'A', date(start, 1, { label: '1 January 2000' }), 'A known day'),
  event(
    'year',
    'A',
    date(start + 400 * DAY, 366, { precision: 'year', isPoint: false, label: '2001' }),
    'A year',
  ),
  event(
    'approx',
    'B',
    date(start + 800 * DAY, 365, {
      precision: 'year',
      isPoint: false,
      approximate: true,
      label: 'c. 2002',
    }),
    'About then',
  ),
  event(
    'unsure',
    'B',
    date(start + 1200 * DAY, 31, {
      precision: 'month',
      isPoint: false,
      uncertain: true,
      label: 'April 2003?',
    }),
    'Perhaps then',
  ),
]);

const button = (id: string) =>
  within(screen.getByRole('list', { name: /events in time order/ }))
    .getAllByRole('button')
    .find((b) => b.getAttribute('data-event-id') === id);

describe('how marks show what is known of a date', () => {
  it('draws a day as a point and an imprecise date or interval as a span', () => {
    renderWithStore(<Timeline />, {}, timeline);
    expect(button('day')).toHaveAttribute('data-shape', 'point');
    expect(button('year')).toHaveAttribute('data-shape', 'span');
  });

  it('marks approximate and uncertain dates visibly and in the accessible name', () => {
    renderWithStore(<Timeline />, {}, timeline);
    expect(button('approx')).toHaveAttribute('data-approximate', 'true');
    expect(button('approx')).toHaveAccessibleName(/About then, c\. 2002, .+ \(approximate date\)/);
    expect(button('unsure')).toHaveAttribute('data-uncertain', 'true');
    expect(button('unsure')).toHaveAccessibleName(
      /Perhaps then, April 2003\?, .+ \(uncertain date\)/,
    );
    expect(button('day')).not.toHaveAttribute('data-approximate');
    expect(button('day')).not.toHaveAttribute('data-uncertain');
  });

  it('explains every kind of mark in the legend, in words', async () => {
    const { container } = renderWithStore(<Legend />, {}, timeline);
    openLegend(container);
    const legend = await screen.findByRole('list');
    expect(legend).toHaveTextContent('an exact day');
    expect(legend).toHaveTextContent('approximate');
    expect(legend).toHaveTextContent('uncertain');
    expect(legend).toHaveTextContent('several events too close to show apart');
    expect(legend).toHaveTextContent('a break in the axis: a long stretch with no events');
  });

  describe('the eras', () => {
    const withEras = {
      ...timeline,
      language: 'en',
      eras: [
        { label: 'The reform era', date: date(start, 3 * 366, { label: '2000–2002' }) },
        { label: '\u05ea\u05e7\u05d5\u05e4\u05d4', date: date(start + 5 * 366 * DAY, 1) },
      ],
    };
    const openEras = (container: HTMLElement) => {
      openLegend(container);
      return screen.findByRole('list', { name: /^Eras|^Périodes/ });
    };

    it('are named in the legend with their dates, each isolated in its own direction', async () => {
      const { container } = renderWithStore(<Legend />, {}, withEras);
      const eras = await openEras(container);
      const items = within(eras).getAllByRole('listitem');
      expect(items.map((item) => item.textContent?.trim())).toEqual([
        'The reform era, 2000–2002',
        `\u05ea\u05e7\u05d5\u05e4\u05d4, ${withEras.eras[1]?.date.label ?? ''}`,
      ]);
      const name = within(items[0] as HTMLElement).getByText('The reform era');
      expect(name.tagName).toBe('BDI');
      expect(name).toHaveAttribute('lang', 'en');
    });

    it('have their dates in the page’s language', async () => {
      const { container } = renderWithStore(
        <TranslatorContext.Provider value={translatorFor('fr', fr)}>
          <Legend />
        </TranslatorContext.Provider>,
        {},
        withEras,
      );
      const eras = await openEras(container);
      expect(eras).toHaveAccessibleName(
        'Périodes, en fond grisé derrière les événements de leur temps :',
      );
      expect(within(eras).getAllByRole('listitem')[0]).toHaveTextContent(
        /^The reform era, 1 janvier 2000/,
      );
      expect(within(eras).getAllByRole('listitem')[0]).not.toHaveTextContent('2000–2002');
    });

    it('are not listed for a timeline without eras', async () => {
      const { container } = renderWithStore(<Legend />, {}, timeline);
      openLegend(container);
      await screen.findByRole('list');
      expect(screen.queryByRole('list', { name: /^Eras/ })).toBeNull();
    });
  });
});
