import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { BrowseMode } from '../../src/modes/BrowseMode.tsx';
import { renderWithStore } from '../support/renderApp.tsx';

beforeAll(() => {
  // jsdom lays nothing out; give the timeline a desktop width to draw into.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

const timelineButton = (name: RegExp) =>
  within(screen.getByRole('list', { name: /events in time order/ })).getByRole('button', { name });

describe('BrowseMode', () => {
  it('links to the studio, where a reader can make a timeline of their own', () => {
    renderWithStore(<BrowseMode />);
    expect(screen.getByRole('link', { name: 'Make your own cited timeline' })).toHaveAttribute(
      'href',
      'studio.html',
    );
  });

  it('draws every event as a button named by its title, date and lane', () => {
    renderWithStore(<BrowseMode />);
    const list = screen.getByRole('list', { name: /19 events in time order/ });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(19);
    expect(timelineButton(/Clinton signs the Rome Statute, 31 December 2000/)).toHaveAttribute(
      'data-event-id',
      'clinton-signs-rome-statute',
    );
  });

  it('selecting an event marks it current, shows its details and activates its passages', async () => {
    const { store } = renderWithStore(<BrowseMode />);
    await userEvent.click(timelineButton(/Clinton signs the Rome Statute/));
    expect(timelineButton(/Clinton signs the Rome Statute/)).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
    const details = screen.getByRole('region', { name: 'Clinton signs the Rome Statute' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Clinton signs the Rome Statute',
    );
    expect(within(details).getByText('“in 2000”')).toBeInTheDocument();
    expect(within(details).getByText(/from the public record/)).toBeInTheDocument();
    const active = document.querySelectorAll('article mark[data-active="true"]');
    expect(active.length).toBeGreaterThan(0);
    for (const mark of active)
      expect(mark.getAttribute('data-event-ids')).toContain('clinton-signs-rome-statute');
    expect(store.getState().selectedId).toBe('clinton-signs-rome-statute');
  });

  it('activating a passage selects the first event it lists, by click or by Enter', async () => {
    const { store } = renderWithStore(<BrowseMode />);
    const article = screen.getByRole('article');
    const shared = within(article).getByRole('button', { name: /enacted laws in 1999 and 2002/ });
    expect(shared.tagName).toBe('MARK');
    await userEvent.click(shared);
    expect(store.getState().selectedId).toBe('congress-limits-support-1999');
    const bush = within(article).getByRole('button', {
      name: /essentially withdrew that signature/,
    });
    bush.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('bush-withdraws-signature');
  });

  it('hovering a passage hints at its event on the timeline', () => {
    renderWithStore(<BrowseMode />);
    const mark = within(screen.getByRole('article')).getByRole('button', {
      name: /signed the Rome Statute in 2000/,
    });
    fireEvent.mouseEnter(mark);
    expect(timelineButton(/Clinton signs the Rome Statute/)).toHaveAttribute('data-hover', 'true');
    fireEvent.mouseLeave(mark);
    expect(timelineButton(/Clinton signs the Rome Statute/)).not.toHaveAttribute('data-hover');
  });

  it('arrow keys move focus between events in time order; Enter selects', async () => {
    const { store } = renderWithStore(<BrowseMode />, { selectedId: 'rome-statute-adopted' });
    timelineButton(/Rome Statute adopted/).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'congress-limits-support-1999');
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'un-ad-hoc-tribunals');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'stefanchuk-welcomes-warrant');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('stefanchuk-welcomes-warrant');
  });

  it('keeps a single tab stop in the timeline: the selected event', () => {
    renderWithStore(<BrowseMode />, { selectedId: 'icc-warrant-putin' });
    const tabbable = within(screen.getByRole('list', { name: /events in time order/ }))
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(tabbable.map((b) => b.getAttribute('data-event-id'))).toEqual(['icc-warrant-putin']);
  });

  it('offers zoom buttons that ask the view to change', async () => {
    const { store } = renderWithStore(<BrowseMode />);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState().command?.command).toEqual({ kind: 'zoom', factor: 2 });
    await userEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(store.getState().command?.command).toEqual({ kind: 'fit' });
  });

  it('shows notices politely and lets them be dismissed', async () => {
    renderWithStore(<BrowseMode />, {
      notices: [{ message: 'That event is not in this timeline.' }],
    });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('That event is not in this timeline.');
    await userEvent.click(within(status).getByRole('button', { name: 'Dismiss message' }));
    expect(status).toBeEmptyDOMElement();
  });

  it('offers the plain list of all events', async () => {
    const { store } = renderWithStore(<BrowseMode />);
    await userEvent.click(screen.getByText('All 19 events as a list'));
    // Its rows load when it is first opened.
    await screen.findAllByRole('button', { pressed: false });
    const items = (await screen.findAllByRole('listitem')).filter((li) =>
      li.closest('.event-list'),
    );
    expect(items).toHaveLength(19);
    await userEvent.click(within(items[0]!).getByRole('button'));
    expect(store.getState().selectedId).toBe('un-ad-hoc-tribunals');
  });
});
