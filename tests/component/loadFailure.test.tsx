// A load that rejects on the way to the first draw shows the error screen, never a spinner forever.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type * as LoadTimeline from '../../src/app/loadTimeline.ts';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { iccTimeline } from '../support/iccTimeline.ts';

const BASE = 'https://example.org/index.html';

// When `chunkFails` is set, loading rejects as the browser's dynamic import() does when a code
// chunk cannot be downloaded (the network dropped, or a new release replaced the files).
let chunkFails = false;
vi.mock('../../src/app/loadTimeline.ts', async (importOriginal) => {
  const real = await importOriginal<typeof LoadTimeline>();
  return {
    loadTimeline: (...args: Parameters<typeof real.loadTimeline>) =>
      chunkFails
        ? Promise.reject(
            new TypeError(
              'Failed to fetch dynamically imported module: https://example.org/assets/loadDataset-x.js',
            ),
          )
        : real.loadTimeline(...args),
  };
});

afterEach(() => {
  chunkFails = false;
  vi.restoreAllMocks();
});

const serving = (body: string) => () => Promise.resolve(new Response(body, { status: 200 }));

function expectWaysOut() {
  expect(screen.getByRole('link', { name: 'Reload the page' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Open the built-in timeline' })).toHaveAttribute(
    'href',
    '?',
  );
  expect(screen.queryByText('Loading the timeline…')).toBeNull();
}

describe('a failed load', () => {
  it('says which part failed when a code chunk cannot be downloaded', async () => {
    chunkFails = true;
    render(
      <App
        params={parseUrlParams('?data=/ours.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={serving('{"title": "T", "events": []}')}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline');
    await screen.findByRole('heading', { name: 'This timeline could not be shown' });
    expect(screen.getByRole('main')).toHaveTextContent('The timeline could not be loaded.');
    expect(screen.getByText(/a part of its code could not be downloaded/)).toBeInTheDocument();
    expectWaysOut();
  });

  it('says so when the body cannot be read', async () => {
    const broken = () =>
      Promise.resolve({
        ok: true,
        status: 200,
        headers: new Headers(),
        text: () => Promise.reject(new TypeError('network error')),
      } as unknown as Response);
    render(
      <App
        params={parseUrlParams('?data=/ours.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={broken}
      />,
    );
    await screen.findByRole('heading', { name: 'This timeline could not be shown' });
    expect(screen.getByText(/could not be read/)).toBeInTheDocument();
    expectWaysOut();
  });

  it('says so when the network request fails', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    render(
      <App
        params={parseUrlParams('?data=/ours.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={offline}
      />,
    );
    await screen.findByRole('heading', { name: 'This timeline could not be shown' });
    expect(screen.getByText(/the network request failed/)).toBeInTheDocument();
    expectWaysOut();
  });
});

describe('ErrorBoundary and a lazy part that cannot be downloaded', () => {
  it('names the download as what failed, with a reload link and the built-in timeline', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    function LazyChunk(): never {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/PresentMode-x.js');
    }
    render(
      <ErrorBoundary>
        <LazyChunk />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('could not be downloaded');
    expectWaysOut();
  });
});
