// The timeline is laid out once, at its measured width, before anything is painted: never first at
// a guessed width and then again (that double layout cost the ICC first draw ~10 ms).
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { renderWithStore } from '../support/renderApp.tsx';

const WIDTH = 640;

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => WIDTH,
  });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

describe('the first render of the timeline', () => {
  it('draws at the measured width only: no backdrop or mark is ever drawn at another', async () => {
    const widths: string[] = [];
    const lefts: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.attributeName === 'width' && record.oldValue) widths.push(record.oldValue);
        if (record.attributeName === 'style' && /left/.test(record.oldValue ?? '')) {
          lefts.push(record.oldValue ?? '');
        }
      }
    });
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['width', 'style'],
    });
    renderWithStore(<Timeline />);
    await Promise.resolve(); // mutation records are delivered in a microtask
    observer.disconnect();

    expect(screen.getAllByRole('button').length).toBeGreaterThan(0);
    const backdrop = document.querySelector('svg.timeline__backdrop');
    expect(backdrop?.getAttribute('width')).toBe(String(WIDTH));
    // Nothing was redrawn: no width attribute and no mark position ever changed after insertion.
    expect(widths).toEqual([]);
    expect(lefts).toEqual([]);
  });
});
