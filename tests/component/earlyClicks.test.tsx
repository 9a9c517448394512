// The controls clicked before the app had run (kept by src/app/loading/prefetch.js) are acted on
// by the app, in order, each in a task of its own, once: a button clicked again, a summary's
// disclosure told it has toggled, a listed event's drawn element clicked; a button or summary no
// longer in the page is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyClicks } from '../../src/app/earlyClicks.ts';

/** A button in the page (or not), and the times it was clicked. */
function button(name: string, clicks: string[], inPage = true) {
  const element = document.createElement('button');
  element.addEventListener('click', () => clicks.push(name));
  if (inPage) document.body.append(element);
  return element;
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  window.__sourcelineClicks = undefined;
});

describe('takeEarlyClicks', () => {
  it('clicks the kept buttons again in order, one task each, and once only', () => {
    vi.useFakeTimers();
    const clicks: string[] = [];
    const first = button('first', clicks);
    window.__sourcelineClicks = [
      first,
      button('gone', clicks, false),
      first,
      button('last', clicks),
    ];
    const clickAgain = takeEarlyClicks();
    // Nothing more is kept: React sees every click from now on.
    expect(window.__sourcelineClicks).toBeNull();
    expect(clicks).toEqual([]);
    clickAgain();
    // In a task of its own, after the render that draws the timeline at its width.
    expect(clicks).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(clicks).toEqual(['first']);
    // Run again at once (strict mode runs effects twice), it starts nothing more.
    clickAgain();
    vi.runOnlyPendingTimers();
    // The button no longer in the page is passed over.
    vi.runOnlyPendingTimers();
    expect(clicks).toEqual(['first', 'first']);
    vi.runAllTimers();
    expect(clicks).toEqual(['first', 'first', 'last']);
    // Run again later, it clicks nothing.
    clickAgain();
    vi.runAllTimers();
    expect(clicks).toEqual(['first', 'first', 'last']);
  });

  it('tells a disclosure opened by its summary that it has toggled, without toggling it again', () => {
    vi.useFakeTimers();
    const disclosure = document.createElement('details');
    const summary = document.createElement('summary');
    disclosure.append(summary);
    document.body.append(disclosure);
    // Opened natively before the app had run, its own toggle event gone by with no one to see it.
    disclosure.open = true;
    vi.runAllTimers();
    const seen: boolean[] = [];
    disclosure.addEventListener('toggle', () => seen.push(disclosure.open));
    const clicks: string[] = [];
    summary.addEventListener('click', () => clicks.push('summary'));
    // A summary outside a disclosure does not toggle anything.
    const stray = document.createElement('summary');
    document.body.append(stray);
    window.__sourcelineClicks = [summary, stray];
    takeEarlyClicks()();
    vi.runAllTimers();
    expect(seen).toEqual([true]);
    expect(disclosure.open).toBe(true);
    expect(clicks).toEqual([]);
  });

  it('selects the drawn event that a listed event names, not a cluster holding it', () => {
    vi.useFakeTimers();
    const clicks: string[] = [];
    // The prerendered list, which the drawing has replaced (so no longer in the page).
    const listed = (event: string) => {
      const item = document.createElement('li');
      item.dataset.event = event;
      return item;
    };
    const drawn = button('drawn warrant', clicks);
    drawn.dataset.eventId = 'icc-warrant';
    // A cluster's element, which is not the event's own.
    const cluster = document.createElement('div');
    cluster.dataset.eventId = 'rome-statute';
    cluster.addEventListener('click', () => clicks.push('cluster'));
    document.body.append(cluster);
    window.__sourcelineClicks = [listed('icc-warrant'), listed('rome-statute')];
    takeEarlyClicks()();
    vi.runAllTimers();
    expect(clicks).toEqual(['drawn warrant']);
  });

  it('does nothing where nothing was kept (the dev server, an address with a query)', () => {
    const clickAgain = takeEarlyClicks();
    expect(window.__sourcelineClicks).toBeNull();
    expect(() => clickAgain()).not.toThrow();
  });
});
