/**
 * Browse mode: the timeline with its controls, the selected event's details, and the source
 * article beside it (below it on narrow screens).
 */
import type { ReactNode } from 'react';
import { Description } from '../components/source/Description.tsx';
import { EventDetails } from '../components/source/EventDetails.tsx';
import { EventList } from '../components/browse/EventList.tsx';
import { Legend } from '../components/timeline/Legend.tsx';
import { LiveRegion, Notices } from '../components/browse/Notices.tsx';
import { SourceText } from '../components/source/SourceText.tsx';
import { Timeline } from '../components/timeline/Timeline.tsx';
import { ZoomControls } from '../components/zoom/ZoomControls.tsx';
import { useSourceline } from '../store/StoreContext.tsx';
import { useTranslator } from '../components/i18n/translator.tsx';
import { isStandaloneBuild } from '../components/embed/isStandaloneBuild.ts';
import { parseUrlParams } from '../store/urlParams.ts';

/** Props: extra toolbar buttons supplied by other features (present, embed, export). */
export interface BrowseModeProps {
  toolbar?: ReactNode;
}

export function BrowseMode({ toolbar }: BrowseModeProps) {
  const title = useSourceline((s) => s.timeline.title);
  const description = useSourceline((s) => s.timeline.description);
  const hasSource = useSourceline((s) => s.timeline.sources.length > 0);
  const { t } = useTranslator();
  // The studio link carries an explicit `?lang=` (none and `auto` follow the browser there too).
  const lang =
    typeof location === 'object' ? parseUrlParams(location.search, location.href).lang : null;
  return (
    <div className="browse" data-has-source={hasSource || undefined}>
      {hasSource && (
        <a className="skip-link" href="#source">
          {t('Skip to the source')}
        </a>
      )}
      <header className="browse__header">
        <h1>{title}</h1>
        {description && <Description text={description} />}
        {toolbar && <div className="browse__toolbar">{toolbar}</div>}
      </header>
      <Notices />
      <LiveRegion />
      <main className="browse__main">
        <div className="browse__timeline-column">
          <section className="browse__timeline" aria-label={t('Timeline')}>
            <div className="browse__controls">
              <ZoomControls />
              <Legend />
            </div>
            <Timeline />
            <EventList />
          </section>
          <EventDetails />
        </div>
        {hasSource ? (
          <SourceText />
        ) : (
          <p className="browse__nosource">
            {t(
              'This timeline was imported without a source text, so its events carry no cited passages.',
            )}
          </p>
        )}
      </main>
      {/* The studio sits beside index.html; the single-file build has none. */}
      {!isStandaloneBuild() && (
        <footer className="browse__footer">
          <a href={lang ? `studio.html?lang=${lang}` : 'studio.html'}>
            {t('Make your own cited timeline')}
          </a>
        </footer>
      )}
    </div>
  );
}
