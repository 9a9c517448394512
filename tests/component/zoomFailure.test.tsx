// When the zoom behaviour's code cannot be downloaded, the timeline stays and says so.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { ZOOM_FAILED } from '../../src/components/zoom/useZoom.ts';
import { renderWithStore } from '../support/renderApp.tsx';

vi.mock('../../src/components/zoom/zoomBehaviour.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a zoom chunk that cannot load', () => {
  // jsdom lays nothing out: give the timeline a desktop width, so it is drawn across and zooms.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves every event drawn and adds a notice saying why zoom does nothing', async () => {
    const { store } = renderWithStore(<Timeline />);
    await waitFor(() => expect(store.getState().notices).toContain(ZOOM_FAILED));
    expect(screen.getAllByRole('button', { name: /Rome Statute adopted/ })).toHaveLength(1);
  });
});
