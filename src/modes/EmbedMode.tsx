/**
 * Embed mode (`?embed=1`): compact chrome for an iframe in a 320–760 px article column. The
 * timeline, the selected event's card with the passages it quotes, and a way out to the full
 * view. The article itself stays in the full view; the embed sizes itself to its content, so
 * the host page never shows an inner scrollbar or a gap. Render flags from the address:
 * `plain=1` keeps only the timeline and the details, `transparent=1` drops the page background,
 * `static=1` shows a still picture of the whole timeline and the way out instead.
 */
import { Suspense, lazy, useRef } from 'react';
import { EventDetails } from '../components/source/EventDetails.tsx';
import { EventList } from '../components/browse/EventList.tsx';
import { LiveRegion, Notices } from '../components/browse/Notices.tsx';
import { OpenFullLink } from '../components/embed/OpenFullLink.tsx';
import { SourceCredit } from '../components/source/SourceCredit.tsx';
import { Timeline } from '../components/timeline/Timeline.tsx';
import { useAutoHeight } from '../components/embed/useAutoHeight.ts';
import { useRenderFlags } from '../components/embed/useRenderFlags.ts';
import { useTransparentPage } from '../components/embed/useTransparentPage.ts';
import { ZoomControls } from '../components/zoom/ZoomControls.tsx';
import { useSourceline } from '../store/StoreContext.tsx';
import { useTranslator } from '../components/i18n/translator.tsx';
import '../styles/embed.css';

// Only static embeds need the picture: it stays out of everyone's first download.
const StaticPicture = lazy(() => import('../components/embed/StaticPicture.tsx'));

export function EmbedMode() {
  const root = useRef<HTMLDivElement>(null);
  const { t } = useTranslator();
  useAutoHeight(root);
  const host = useRenderFlags();
  useTransparentPage(host.transparent);
  const title = useSourceline((s) => s.timeline.title);
  const hasSelection = useSourceline((s) => s.selectedId !== null);
  const footer = (
    <footer className="embed__footer">
      <OpenFullLink />
      <SourceCredit />
    </footer>
  );

  if (host.static) {
    return (
      <div className="embed embed--static" ref={root}>
        <header className="embed__header">
          <h1 className="embed__title">{title}</h1>
        </header>
        <Notices />
        <main className="embed__main">
          <Suspense fallback={<p role="status">{t('Loading the picture…')}</p>}>
            <StaticPicture />
          </Suspense>
        </main>
        {footer}
      </div>
    );
  }

  const { plain } = host;
  return (
    <div className={plain ? 'embed embed--plain' : 'embed'} ref={root}>
      {plain ? (
        <header className="visually-hidden">
          <h1>{title}</h1>
        </header>
      ) : (
        <header className="embed__header">
          <h1 className="embed__title">{title}</h1>
          <ZoomControls />
        </header>
      )}
      <Notices />
      <LiveRegion />
      <main className="embed__main">
        <section className="embed__timeline" aria-label={t('Timeline')}>
          <Timeline />
          {!plain && (
            <p className="embed__hint">
              {/* Touch screens have no wheel to mention: embed.css shows one or the other. */}
              <span className="embed__hint-wheel">
                {t('Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.')}
              </span>
              <span className="embed__hint-touch">
                {t('Drag to pan. Zoom with the buttons or a pinch.')}
              </span>
            </p>
          )}
          <EventList />
        </section>
        {hasSelection ? (
          <EventDetails />
        ) : (
          !plain && (
            <p className="embed__prompt">
              {t('Choose an event on the timeline to see the words of the source it cites.')}
            </p>
          )
        )}
      </main>
      {!plain && footer}
    </div>
  );
}
