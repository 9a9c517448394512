// A download that failed or stalled can be tried again without reloading; a new choice of
// dataset cancels the old download; the error screen stays small whatever the problems say.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { ErrorScreen, SHOWN } from '../../src/app/ErrorScreen.tsx';
import type { Fetch } from '../../src/app/fetchText.ts';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { iccTimeline } from '../support/iccTimeline.ts';

const BASE = 'https://example.org/index.html';

const DATASET = JSON.stringify({
  title: 'Loaded at last',
  events: [
    {
      id: 'only',
      title: 'Only',
      summary: 'The one event.',
      date: '2001',
      dateInArticle: null,
      dateSource: { kind: 'article' },
      actors: ['A'],
      citations: [],
    },
  ],
});

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

describe('trying again', () => {
  it('offers "Try again" after a network failure, and loads on it', async () => {
    let calls = 0;
    const flaky: Fetch = () => {
      calls++;
      return calls === 1
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(new Response(DATASET));
    };
    render(
      <App
        params={parseUrlParams('?data=/d.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={flaky}
      />,
    );
    await screen.findByRole('heading', { name: 'This timeline could not be shown' });
    expect(screen.getByRole('main')).toHaveTextContent('could not be loaded. Nothing was drawn.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Loaded at last');
    expect(calls).toBe(2);
  });

  it('offers no "Try again" for a dataset that is wrong (trying again would change nothing)', async () => {
    const wrong: Fetch = () => Promise.resolve(new Response('{"title": 5}'));
    render(
      <App
        params={parseUrlParams('?data=/d.json', BASE)}
        builtIn={iccTimeline()}
        fetchFn={wrong}
      />,
    );
    await screen.findByRole('heading', { name: 'This timeline could not be shown' });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('cancelling', () => {
  it('cancels the old download when the dataset changes, and when the app goes away', async () => {
    const signals: AbortSignal[] = [];
    const pending: Fetch = (_url, init) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    };
    const builtIn = iccTimeline();
    const { rerender, unmount } = render(
      <App params={parseUrlParams('?data=/a.json', BASE)} builtIn={builtIn} fetchFn={pending} />,
    );
    rerender(
      <App params={parseUrlParams('?data=/b.json', BASE)} builtIn={builtIn} fetchFn={pending} />,
    );
    // The loader's code arrives first: the old dataset is cancelled before or while it
    // downloads, so only the new one's download is live.
    await waitFor(() => expect(signals.filter((s) => !s.aborted)).toHaveLength(1));
    expect(signals.filter((s) => s.aborted)).toHaveLength(signals.length - 1);
    unmount();
    expect(signals.every((s) => s.aborted)).toBe(true);
  });
});

describe('the error screen stays small', () => {
  it('lists the first problems, each clipped, and counts the rest', () => {
    const huge = 'k'.repeat(1_000_000);
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      where: `events[${i}] ${huge}`,
      message: `has a field the format does not know: ${huge}`,
    }));
    render(<ErrorScreen what="dataset" problems={problems} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(SHOWN);
    // English counts have their thousands separated (translator.tsx).
    expect(screen.getByText(/…and 99,960 more/)).toBeInTheDocument();
    expect(document.body.textContent?.length ?? 0).toBeLessThan(20_000);
  });
});
