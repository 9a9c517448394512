import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { Legend } from '../../src/components/timeline/Legend.tsx';
import { renderWithStore } from '../support/renderApp.tsx';
import { DAY, date, event, timelineOf } from '../support/synthetic.ts';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

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
    // Its items load the first time it is opened.
    const details = container.querySelector('details');
    if (!details) throw new Error('no legend');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const legend = await screen.findByRole('list');
    expect(legend).toHaveTextContent('an exact day');
    expect(legend).toHaveTextContent('approximate');
    expect(legend).toHaveTextContent('uncertain');
    expect(legend).toHaveTextContent('several events too close to show apart');
    expect(legend).toHaveTextContent('a break in the axis: a long stretch with no events');
  });
});
