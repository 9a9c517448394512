/** The whole app as mounted: strict mode, the error boundary, and the shell. */
import { StrictMode, useEffect } from 'react';
import type { Timeline } from '../model/timeline.ts';
import type { UrlParams } from '../store/urlParams.ts';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** Props: the parsed URL and the built-in timeline. */
export interface AppRootProps {
  params: UrlParams;
  builtIn: Timeline;
  /** Run once the app's first render is on the page with its handlers (./earlyClicks.ts). */
  onMounted?: () => void;
}

export function AppRoot({ params, builtIn, onMounted }: AppRootProps) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App params={params} builtIn={builtIn} />
      </ErrorBoundary>
      {onMounted && <Mounted run={onMounted} />}
    </StrictMode>
  );
}

/** Draws nothing; runs `run` after the first commit, the app's own effects before it. */
function Mounted({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

/**
 * Whether this address shows what the prerendered page holds (the built-in timeline, browsing,
 * nothing selected, no notice), so the app may hydrate that markup rather than replace it. The
 * theme is applied to the root element after mounting, so it does not count. An explicit `lang`
 * does: the studio link carries it (modes/BrowseMode.tsx), and the prerendered link does not.
 */
export function showsDefaultView(params: UrlParams): boolean {
  return (
    params.data === null &&
    params.event === null &&
    params.mode === 'browse' &&
    !params.embed &&
    params.notices.length === 0 &&
    !params.lang
  );
}
