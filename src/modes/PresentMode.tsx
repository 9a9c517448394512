/**
 * Presentation mode (`mode=present`): the timeline one slide at a time for a projector. A thin
 * shell over the same store and actions as browsing: the slide is the selected event (the title
 * slide is "nothing selected"), so the URL's `event` follows the slide and a reload returns to it.
 * Keys are handled on this root element only, while it (or something in it) has focus.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import {
  attributedQuotes,
  counterText,
  eventIdAtSlide,
  isDenseSlide,
  moveSlide,
  slideCount,
  slideIndexOf,
} from '../layout/present/slides.ts';
import type { SlideMove } from '../layout/present/slides.ts';
import { segmentsBySource } from '../layout/sourceSegments.ts';
import { PrintButton } from '../components/print/PrintButton.tsx';
import { Slide } from '../components/present/Slide.tsx';
import { TimelineStrip } from '../components/present/TimelineStrip.tsx';
import { TitleSlide } from '../components/present/TitleSlide.tsx';
import { useFullscreen } from '../components/present/useFullscreen.ts';
import { usePresentationKeys } from '../components/present/usePresentationKeys.ts';
import type { PresentationCommand } from '../components/present/usePresentationKeys.ts';
import type { SourcelineStore } from '../store/createSourcelineStore.ts';
import { useActions, useSourceline, useSourcelineStore } from '../store/StoreContext.tsx';
import '../styles/present.css';
import { isolate } from '../model/isolateText.ts';
import { useTranslator } from '../components/i18n/translator.tsx';

export function PresentMode() {
  const store = useSourcelineStore();
  const timeline = useSourceline((s) => s.timeline);
  const selectedId = useSourceline((s) => s.selectedId);
  const embed = useSourceline((s) => s.embed);
  const { select } = useActions();
  const { t, date, locale } = useTranslator();
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLElement>(null);
  const fullscreen = useFullscreen(root);
  const paragraphs = useMemo(() => segmentsBySource(timeline), [timeline]);

  const { events } = timeline;
  const count = slideCount(events);
  const index = slideIndexOf(events, selectedId);
  const event = index > 0 ? events[index - 1] : undefined;

  // Read the slide from the store, not the render, so keys pressed faster than React renders
  // still move one slide each.
  const move = useCallback(
    (to: SlideMove) => {
      const at = slideIndexOf(events, store.getState().selectedId);
      select(eventIdAtSlide(events, moveSlide(at, count, to)));
    },
    [events, count, select, store],
  );
  const run = useCallback(
    (command: PresentationCommand) => {
      const scroller = stage.current;
      if (command === 'fullscreen') fullscreen.toggle();
      else if (command === 'exit') exitPresentation(store);
      else if (command === 'scrollDown') scroller?.scrollBy?.({ top: scroller.clientHeight * 0.6 });
      else if (command === 'scrollUp') scroller?.scrollBy?.({ top: -scroller.clientHeight * 0.6 });
      else move(command);
    },
    [fullscreen, move, store],
  );
  const onKeyDown = usePresentationKeys(run);

  // In an embed the host page keeps its focus until the reader clicks into the presentation.
  useEffect(() => {
    if (!embed) root.current?.focus({ preventScroll: true });
  }, [embed]);

  // Each slide starts at its top.
  useLayoutEffect(() => {
    stage.current?.scrollTo?.({ top: 0 });
  }, [index]);

  // A mouse click leaves focus on the clicked button, where Space would press it again; give it
  // back to the presentation so Space and the clicker keep moving slides.
  const refocus = (pointer: boolean) => {
    if (pointer) root.current?.focus({ preventScroll: true });
  };
  const onJump = (id: string, pointer: boolean) => {
    select(id);
    refocus(pointer);
  };
  const onPrevious = (e: MouseEvent<HTMLButtonElement>) => {
    move('previous');
    refocus(e.detail > 0);
  };
  const onNext = (e: MouseEvent<HTMLButtonElement>) => {
    move('next');
    refocus(e.detail > 0);
  };

  const announcement = event
    ? t('Slide {number} of {count}: {date}, {title}', {
        number: index + 1,
        count,
        date: isolate(date(event)),
        title: isolate(event.title),
      })
    : t('Slide {number} of {count}: {title}', { number: 1, count, title: isolate(timeline.title) });

  return (
    // The presentation's keys bubble up here from whatever inside it has focus; it is focused on
    // mount (tabIndex -1) so they work at once, and never listens on the document.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root}
      className="present"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-fullscreen={fullscreen.active || undefined}
    >
      <header className="present__bar">
        <p className="present__name" lang={timeline.language}>
          {timeline.title}
        </p>
        <p className="present__counter">
          <span className="visually-hidden">
            {t('Slide {number} of {count}', { number: index + 1, count })}
          </span>
          <span aria-hidden="true">{counterText(index, count, locale)}</span>
        </p>
        <div className="present__controls">
          {/* Previous and Next stay in time's order, left to right like the strip below and the
              arrow keys, on a right-to-left page too (docs/layout.md). */}
          <div className="present__steps" dir="ltr">
            <button type="button" onClick={onPrevious} disabled={index === 0}>
              <span aria-hidden="true">← </span>
              {t('Previous')}
            </button>
            <button type="button" onClick={onNext} disabled={index === count - 1}>
              {t('Next')}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
          {fullscreen.supported && (
            <button type="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
              {t('Full screen')}
            </button>
          )}
          <PrintButton />
          <button type="button" onClick={() => exitPresentation(store)}>
            {t('Exit')}
          </button>
        </div>
      </header>
      <main ref={stage} className="present__stage">
        <div key={event?.id ?? ''} className="present__slide">
          {event ? (
            <Slide
              event={event}
              quotes={attributedQuotes(event, timeline.sources, paragraphs)}
              dense={isDenseSlide(event)}
            />
          ) : (
            <TitleSlide timeline={timeline} />
          )}
        </div>
      </main>
      <TimelineStrip current={index - 1} onJump={onJump} />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

/**
 * Back to browsing with the same event selected. Once the browse view has mounted (next frame),
 * it is asked to show that event and the event's button gets the focus (the Present button when
 * on the title slide), so a keyboard user goes on from where the presentation stopped.
 */
function exitPresentation(store: SourcelineStore): void {
  const { selectedId, actions } = store.getState();
  actions.setMode('browse');
  requestAnimationFrame(() => {
    if (selectedId !== null) actions.requestView({ kind: 'reveal', id: selectedId });
    const target =
      selectedId === null
        ? document.querySelector<HTMLElement>('.button--present')
        : [...document.querySelectorAll<HTMLElement>('[data-event-id]')].find(
            (element) => element.dataset.eventId === selectedId,
          );
    target?.focus({ preventScroll: true });
  });
}
