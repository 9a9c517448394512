/**
 * Embed mode (`?embed=1`): compact chrome for an iframe in a 320–760 px article column. The
 * timeline, the selected event's card with the passages it quotes, and a way out to the full
 * view. The article itself stays in the full view; the embed sizes itself to its content, so
 * the host page never shows an inner scrollbar or a gap.
 */
import { useRef } from 'react';
import { EventDetails } from '../components/source/EventDetails.tsx';
import { EventList } from '../components/browse/EventList.tsx';
import { LiveRegion, Notices } from '../components/browse/Notices.tsx';
import { OpenFullLink } from '../components/embed/OpenFullLink.tsx';
import { SourceCredit } from '../components/source/SourceCredit.tsx';
import { Timeline } from '../components/timeline/Timeline.tsx';
import { useAutoHeight } from '../components/embed/useAutoHeight.ts';
import { ZoomControls } from '../components/zoom/ZoomControls.tsx';
import { useSourceline } from '../store/StoreContext.tsx';
import '../styles/embed.css';

export function EmbedMode() {
  const root = useRef<HTMLDivElement>(null);
  useAutoHeight(root);
  const title = useSourceline((s) => s.timeline.title);
  const hasSelection = useSourceline((s) => s.selectedId !== null);
  return (
    <div className="embed" ref={root}>
      <header className="embed__header">
        <h1 className="embed__title">{title}</h1>
        <ZoomControls />
      </header>
      <Notices />
      <LiveRegion />
      <main className="embed__main">
        <section className="embed__timeline" aria-label="Timeline">
          <Timeline />
          <p className="embed__hint">
            Drag to pan. Zoom with the buttons,{' '}
            <span className="embed__hint-wheel">Ctrl/⌘ and the scroll wheel,</span> or a pinch.
          </p>
          <EventList />
        </section>
        {hasSelection ? (
          <EventDetails />
        ) : (
          <p className="embed__prompt">
            Choose an event on the timeline to see the words of the source it cites.
          </p>
        )}
      </main>
      <footer className="embed__footer">
        <OpenFullLink />
        <SourceCredit />
      </footer>
    </div>
  );
}
