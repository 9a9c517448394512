import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { iccTimeline } from '../support/iccTimeline.ts';

const BASE = 'https://example.org/index.html';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

/** A fetch that serves the given files by path and answers 404 otherwise. */
function fakeFetch(files: Record<string, string>) {
  return (url: string) => {
    const body = files[new URL(url).pathname];
    return Promise.resolve(
      body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 }),
    );
  };
}

describe('App', () => {
  it('opens the built-in timeline with the linked event selected', () => {
    render(
      <App params={parseUrlParams('?event=icc-warrant-putin', BASE)} builtIn={iccTimeline()} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('warrant for Putin');
    expect(document.querySelector('[aria-current="true"]')).toHaveAttribute(
      'data-event-id',
      'icc-warrant-putin',
    );
  });

  it('says politely that a linked event is not in the timeline', () => {
    render(<App params={parseUrlParams('?event=not-here', BASE)} builtIn={iccTimeline()} />);
    const notices = screen.getAllByRole('status').map((el) => el.textContent ?? '');
    expect(notices.some((text) => text.includes('“not-here” is not in this timeline'))).toBe(true);
    expect(document.querySelector('[aria-current="true"]')).toBeNull();
  });

  it('shows progress, then every problem of a bad ?data= dataset on one screen', async () => {
    const dataset = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A' }] });
    render(
      <App
        params={parseUrlParams('?data=/bad.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={fakeFetch({ '/bad.json': dataset })}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline');
    const heading = await screen.findByRole('heading', {
      name: 'This timeline could not be shown',
    });
    const list = within(heading.closest('main')!).getByRole('list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('events[0] "a" › summary: is missing (it should be text)');
    expect(items).toContain('events[0] "a" › date: is missing (it should be text)');
  });

  it('loads a good ?data= dataset and its source text', async () => {
    const dataset = JSON.stringify({
      title: 'Tiny',
      source: { file: 'tiny.txt', title: 'Tiny source', published: '2020-01-02' },
      events: [
        {
          id: 'one',
          title: 'One thing',
          summary: 'It happened.',
          date: '2020-01-01',
          dateInArticle: 'yesterday',
          dateSource: { kind: 'inferred', basis: 'the publication day' },
          actors: ['Someone'],
          citations: [{ exact: 'It happened yesterday.' }],
        },
      ],
    });
    render(
      <App
        params={parseUrlParams('?data=/d/timeline.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={fakeFetch({
          '/d/timeline.json': dataset,
          '/d/tiny.txt': 'It happened yesterday.',
        })}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiny' })).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('It happened yesterday.');
  });
});
