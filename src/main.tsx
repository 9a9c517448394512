/** Entry point: parse the URL once, then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtInTimeline } from 'virtual:sourceline-datasets';
import { App } from './app/App.tsx';
import { applyDesignTokens } from './app/designTokens.ts';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { parseUrlParams } from './store/urlParams.ts';
import './styles/base.css';
import './styles/timeline.css';
import './styles/browse.css';

applyDesignTokens(document.documentElement);
const params = parseUrlParams(window.location.search, window.location.href);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App params={params} builtIn={builtInTimeline} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
