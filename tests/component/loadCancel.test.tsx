// A load the reader has left (another dataset chosen, or the app gone) never draws, whenever it
// would have finished: while downloading, or already compiling.
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { Fetch } from '../../src/app/fetchText.ts';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { iccTimeline } from '../support/iccTimeline.ts';

const BASE = 'https://example.org/index.html';

/** A dataset of `count` events titled `title`, with ids `${prefix}-0`, … */
function dataset(title: string, prefix: string, count: number): string {
  return JSON.stringify({
    title,
    events: Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-${i}`,
      title: `${title} event ${i}`,
      summary: 'Something happened.',
      date: `${1900 + (i % 100)}`,
      dateInArticle: null,
      dateSource: { kind: 'article' },
      actors: ['Someone'],
      citations: [],
    })),
  });
}

/** Every heading text that has ever been in the document during the test. */
const seen = new Set<string>();
const observer = new MutationObserver(() => {
  for (const heading of document.querySelectorAll('h1')) seen.add(heading.textContent ?? '');
});

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
});
afterEach(() => seen.clear());
afterAll(() => observer.disconnect());

describe('a load the reader has left', () => {
  it('never draws when its download answers after another dataset was chosen', async () => {
    let answerFirst: (response: Response) => void = () => undefined;
    const fetchFn: Fetch = (url) =>
      url.endsWith('/first.json')
        ? new Promise((resolve) => (answerFirst = resolve)) // ignores the abort on purpose
        : Promise.resolve(new Response(dataset('Second', 'b', 5)));
    const builtIn = iccTimeline();
    const { rerender } = render(
      <App
        params={parseUrlParams('?data=/first.json', BASE)}
        builtIn={builtIn}
        fetchFn={fetchFn}
      />,
    );
    rerender(
      <App
        params={parseUrlParams('?data=/second.json', BASE)}
        builtIn={builtIn}
        fetchFn={fetchFn}
      />,
    );
    answerFirst(new Response(dataset('First', 'a', 5)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Second' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second');
    expect([...seen]).not.toContain('First');
  });

  it('never draws when another dataset is chosen while it is compiling', async () => {
    let compiling: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (compiling = resolve));
    const fetchFn: Fetch = (url) => {
      if (url.endsWith('/first.json')) {
        // Answered at once: by the time the body has been read, the compiler has it.
        const response = new Response(dataset('First', 'a', 2000));
        void response
          .clone()
          .arrayBuffer()
          .then(() => compiling());
        return Promise.resolve(response);
      }
      return new Promise((resolve) =>
        setTimeout(() => resolve(new Response(dataset('Second', 'b', 5))), 20),
      );
    };
    const builtIn = iccTimeline();
    const { rerender } = render(
      <App
        params={parseUrlParams('?data=/first.json', BASE)}
        builtIn={builtIn}
        fetchFn={fetchFn}
      />,
    );
    await started;
    rerender(
      <App
        params={parseUrlParams('?data=/second.json', BASE)}
        builtIn={builtIn}
        fetchFn={fetchFn}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Second' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Second');
    expect([...seen]).not.toContain('First');
  });

  it('never draws once the app is gone', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchFn: Fetch = () => new Promise((resolve) => (answer = resolve));
    const { unmount } = render(
      <App
        params={parseUrlParams('?data=/first.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={fetchFn}
      />,
    );
    await screen.findByRole('status');
    unmount();
    answer(new Response(dataset('First', 'a', 5)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...seen]).not.toContain('First');
  });
});
