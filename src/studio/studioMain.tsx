/** Entry point of studio.html: mounts the studio, with the reader's styles and design tokens. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDesignTokens } from '../app/designTokens.ts';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import { Studio } from './Studio.tsx';
import '../styles/base.css';
import '../styles/timeline.css';
import '../styles/browse.css';
import './studio.css';

applyDesignTokens(document.documentElement);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Studio />
      </ErrorBoundary>
    </StrictMode>,
  );
}
