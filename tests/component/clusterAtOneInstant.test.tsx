// A cluster whose events all begin at one instant cannot be opened by zooming: it lists them.
// Sixty acts: fewer would be drawn one by one at the legible level (every title whole).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { MAX_LISTED } from '../../src/components/timeline/ClusterEventsDialog.tsx';
import { installDialogStandIn } from '../support/dialog.ts';
import { renderWithStore } from '../support/renderApp.tsx';
import { DAY, date, event, timelineOf } from '../support/synthetic.ts';

beforeAll(() => {
  installDialogStandIn();
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 800,
  });
});

const day = Date.UTC(1850, 0, 1);
/** `count` acts dated only "1850", and one other event far away. */
function sameYear(count: number) {
  const acts = Array.from({ length: count }, (_, i) =>
    event(
      `act-${i}`,
      'Parliament',
      date(day, 365, { precision: 'year', label: '1850' }),
      `Act ${i}`,
    ),
  );
  return timelineOf([...acts, event('later', 'Parliament', date(day + 9000 * DAY), 'Later')]);
}

describe('a cluster at one instant', () => {
  it('says it lists its events, lists them in a dialog, and choosing one selects it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, {}, sameYear(60));
    const cluster = screen.getByRole('button', {
      name: '60 events, all beginning 1850. List them.',
    });
    expect(cluster).toHaveAttribute('aria-haspopup', 'dialog');
    const domainBefore = store.getState().domain;

    // By keyboard: a mouse press would reach d3-zoom, which needs a real browser's events.
    cluster.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '60 events in Parliament' });
    const choices = within(dialog).getAllByRole('button', { name: /^Act \d+ 1850$/ });
    expect(choices).toHaveLength(60);
    expect(store.getState().domain).toEqual(domainBefore); // it did not zoom

    await user.click(within(dialog).getByRole('button', { name: 'Act 7 1850' }));
    expect(store.getState().selectedId).toBe('act-7');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it(`lists at most ${MAX_LISTED} and says how many more there are`, async () => {
    const user = userEvent.setup();
    renderWithStore(<Timeline />, {}, sameYear(MAX_LISTED + 30));
    screen.getByRole('button', { name: /List them/ }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('button', { name: /^Act/ })).toHaveLength(MAX_LISTED);
    expect(dialog).toHaveTextContent('And 30 more');
  });

  it('closes with its Close button, selecting nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, {}, sameYear(60));
    screen.getByRole('button', { name: /List them/ }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.getState().selectedId).toBeNull();
  });
});
