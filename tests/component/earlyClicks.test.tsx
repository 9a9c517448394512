// The buttons clicked before the app had run (kept by src/app/loading/prefetch.js) are clicked
// again by the app, in order, each in a task of its own, once; one no longer in the page is not.
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
    expect(clicks).toEqual(['first']);
    vi.runOnlyPendingTimers();
    // The button no longer in the page is passed over.
    vi.runOnlyPendingTimers();
    expect(clicks).toEqual(['first', 'first']);
    vi.runAllTimers();
    expect(clicks).toEqual(['first', 'first', 'last']);
    // Run again (strict mode runs effects twice), it clicks nothing.
    clickAgain();
    vi.runAllTimers();
    expect(clicks).toEqual(['first', 'first', 'last']);
  });

  it('does nothing where nothing was kept (the dev server, an address with a query)', () => {
    const clickAgain = takeEarlyClicks();
    expect(window.__sourcelineClicks).toBeNull();
    expect(() => clickAgain()).not.toThrow();
  });
});
