/** Catches a render error anywhere below and shows a friendly panel with a reload link. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Props: the tree to guard. */
export interface ErrorBoundaryProps {
  children: ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the reader sees the panel below, never a stack trace.
    console.info('Sourceline render error', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="error-screen" role="alert">
        <h1>Something went wrong</h1>
        <p>The timeline stopped working. Your data is unchanged.</p>
        <p>
          <a href={typeof location === 'undefined' ? '.' : location.href}>Reload the page</a>
        </p>
      </main>
    );
  }
}
