/**
 * The app shell: picks the dataset (built-in, or `?data=`), shows progress and errors, creates
 * the store for this instance, and renders the mode. Modes are state, not separate apps.
 */
import { useEffect, useRef, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { Problem } from '../model/problem.ts';
import type { Timeline } from '../model/timeline.ts';
import { createSourcelineStore } from '../store/createSourcelineStore.ts';
import type { SourcelineStore } from '../store/createSourcelineStore.ts';
import { SourcelineProvider } from '../store/StoreContext.tsx';
import type { UrlParams } from '../store/urlParams.ts';
import { syncUrl } from '../store/syncUrl.ts';
import { t } from '../store/notice.ts';
import { useAutoHeight } from '../components/embed/useAutoHeight.ts';
import { useTranslator } from '../components/i18n/translator.tsx';
import type { ErrorScreenProps } from './ErrorScreen.tsx';
import { loadFailure } from './loadFailure.ts';
import type { LoadProgressProps } from './loading/LoadProgress.tsx';
import type { Fetch, Progress } from './loadTimeline.ts';
import { ModeSwitch } from './ModeSwitch.tsx';

type Loaded =
  | { state: 'loading' }
  | {
      state: 'failed';
      what: ErrorScreenProps['what'];
      problems: Problem[];
      unloaded?: boolean;
      retry?: boolean;
    }
  | { state: 'ready'; store: SourcelineStore };

/** Props: the parsed URL and the built-in timeline. */
export interface AppProps {
  params: UrlParams;
  builtIn: Timeline;
  /** Replaces `fetch` in tests. */
  fetchFn?: Fetch;
}

export function App({ params, builtIn, fetchFn }: AppProps) {
  const { t } = useTranslator();
  const [loaded, setLoaded] = useState<Loaded>(() =>
    params.data ? { state: 'loading' } : { state: 'ready', store: storeFor(builtIn, params) },
  );
  // Counts the reader's "Try again"s: each one loads the dataset afresh.
  const [attempt, setAttempt] = useState(0);
  // The error screen comes with the loader (dataLoading.ts); if that chunk itself cannot be
  // downloaded, LoadFailed says so in a few words.
  const [Screen, setScreen] = useState<ComponentType<ErrorScreenProps>>(() => LoadFailed);
  // The progress bar comes with the loader too; until then, a line of status.
  const [Progressing, setProgressing] = useState<ComponentType<LoadProgressProps> | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!params.data) return;
    let live = true;
    // A new dataset (or unmounting) cancels this one's downloads, rather than letting them run on.
    const cancel = new AbortController();
    // The loader (fetching, decoding, telling formats apart) is not in the first download: the
    // default page never needs it, and by `?data=` the data is already on its way (prefetch.js).
    import('./dataLoading.ts')
      .then(({ loadTimeline, ErrorScreen, LoadProgress }) => {
        setScreen(() => ErrorScreen);
        setProgressing(() => LoadProgress);
        const onProgress = (next: Progress) => {
          if (live) setProgress(next);
        };
        return live
          ? loadTimeline(params.data ?? '', fetchFn, { signal: cancel.signal, onProgress })
          : null;
      })
      .then(
        (result) => {
          if (!live || !result) return;
          if (result.ok) {
            setLoaded({ state: 'ready', store: storeFor(result.value, params) });
            return;
          }
          const unloaded = 'unloaded' in result && result.unloaded === true;
          setLoaded({
            state: 'failed',
            what: 'dataset',
            problems: result.problems,
            unloaded,
            retry: unloaded,
          });
        },
        // A code chunk that cannot be downloaded, or anything else unforeseen: never a spinner
        // forever, but the error screen saying what failed.
        (error: unknown) => {
          if (!live) return;
          setLoaded({
            state: 'failed',
            what: 'timeline',
            problems: [loadFailure(error, t)],
            unloaded: true,
          });
        },
      );
    // Cancelling: a new dataset or unmounting ends this load (its worker is terminated), and
    // `live` keeps whatever it still delivers from ever being drawn.
    return () => {
      live = false;
      cancel.abort();
    };
  }, [params, fetchFn, attempt, t]);

  useEffect(() => (loaded.state === 'ready' ? syncUrl(loaded.store) : undefined), [loaded]);
  useTheme(params.theme);

  if (loaded.state === 'loading') {
    return (
      <SizedForHost>
        <main className="loading" aria-busy="true">
          {Progressing ? (
            <Progressing progress={progress} />
          ) : (
            <p role="status">{t('Loading the timeline')}…</p>
          )}
        </main>
      </SizedForHost>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <SizedForHost>
        <Screen
          what={loaded.what}
          problems={loaded.problems}
          unloaded={loaded.unloaded ?? false}
          {...(loaded.retry && {
            onRetry: () => {
              setLoaded({ state: 'loading' });
              setProgress(null);
              setAttempt((n) => n + 1);
            },
          })}
        />
      </SizedForHost>
    );
  }
  return (
    <SourcelineProvider store={loaded.store}>
      <ModeSwitch />
    </SourcelineProvider>
  );
}

/** The error screen's few words, for when its own code could not be downloaded. */
function LoadFailed({ problems }: ErrorScreenProps) {
  const { t } = useTranslator();
  return (
    <main className="error-screen">
      <h1>{t('This timeline could not be shown')}</h1>
      <p>{problems[0]?.message}</p>
      <p className="error-screen__ways-out">
        <a href={location.href}>{t('Reload the page')}</a>{' '}
        <a href="?">{t('Open the built-in timeline')}</a>
      </p>
    </main>
  );
}

/** Reports its height to a host page when framed (an embed), so it is never cut off. */
function SizedForHost({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useAutoHeight(ref);
  return <div ref={ref}>{children}</div>;
}

function storeFor(timeline: Timeline, params: UrlParams): SourcelineStore {
  const notices = [...params.notices];
  const known = params.event !== null && timeline.events.some((e) => e.id === params.event);
  if (params.event !== null && !known) {
    notices.push({
      message: t('This link’s event “{event}” is not in this timeline, so no event is selected.'),
      values: { event: params.event },
    });
  }
  return createSourcelineStore(timeline, {
    selectedId: known ? params.event : null,
    mode: params.mode,
    embed: params.embed,
    theme: params.theme,
    notices,
  });
}

/** Applies light or dark explicitly; `auto` follows prefers-color-scheme in CSS. */
function useTheme(theme: UrlParams['theme']): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
