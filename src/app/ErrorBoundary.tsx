/**
 * Catches a render error anywhere below (including a lazy part of the app whose code could not
 * be downloaded) and shows a friendly panel with a reload link.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { TranslatorContext } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import { isChunkFailure } from './loadFailure.ts';

interface State {
  failed: boolean;
  /** The error was a code chunk that could not be downloaded. */
  chunk: boolean;
}

/** Props: the tree to guard. */
export interface ErrorBoundaryProps {
  children: ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  // The reader's language where there is a translator above (the app), else English (the studio).
  static override contextType = TranslatorContext;
  declare context: Translator;
  override state: State = { failed: false, chunk: false };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, chunk: isChunkFailure(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the reader sees the panel below, never a stack trace.
    console.info('Sourceline render error', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <main className="error-screen" role="alert">
        <h1>{t('Something went wrong')}</h1>
        <p>
          {this.state.chunk
            ? t(
                'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.',
              )
            : t('The timeline stopped working. Your data is unchanged.')}
        </p>
        <p className="error-screen__ways-out">
          <a href={typeof location === 'undefined' ? '.' : location.href}>{t('Reload the page')}</a>
          <a href="?">{t('Open the built-in timeline')}</a>
        </p>
      </main>
    );
  }
}
