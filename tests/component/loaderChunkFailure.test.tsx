// When the loader's own chunk (which carries the error screen) cannot be downloaded, the page
// still says so, with the ways out, instead of a spinner.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { iccTimeline } from '../support/iccTimeline.ts';

vi.mock('../../src/app/dataLoading.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module: dataLoading.js');
});

describe('a loader chunk that cannot be downloaded', () => {
  it('shows that the timeline could not be shown, with a reload link and the built-in timeline', async () => {
    const params = parseUrlParams('?data=/a.json', 'https://example.org/index.html');
    render(<App params={params} builtIn={iccTimeline()} />);
    expect(
      await screen.findByRole('heading', { name: 'This timeline could not be shown' }),
    ).toBeInTheDocument();
    // What failed, in the loader's words (vitest wraps the mocked import's error in its own).
    expect(
      screen.getByText(/could not be downloaded|stopped with an unexpected error/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the built-in timeline' })).toHaveAttribute(
      'href',
      '?',
    );
    expect(screen.queryByText('Loading the timeline…')).toBeNull();
  });
});
