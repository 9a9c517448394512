// Renders a mode or component over a fresh per-test store, as the app shell does.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createSourcelineStore } from '../../src/store/createSourcelineStore.ts';
import type { SourcelineStore, StoreOptions } from '../../src/store/createSourcelineStore.ts';
import { SourcelineProvider } from '../../src/store/StoreContext.tsx';
import type { Timeline } from '../../src/model/timeline.ts';
import { iccTimeline } from './iccTimeline.ts';

/** Renders `ui` inside a provider; returns the store too, to drive or inspect state. */
export function renderWithStore(
  ui: ReactElement,
  options: StoreOptions = {},
  timeline: Timeline = iccTimeline(),
): ReturnType<typeof render> & { store: SourcelineStore } {
  const store = createSourcelineStore(timeline, options);
  const result = render(<SourcelineProvider store={store}>{ui}</SourcelineProvider>);
  return { ...result, store };
}
