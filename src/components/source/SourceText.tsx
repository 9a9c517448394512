/**
 * The source article, word for word, with every cited passage as a <mark> (docs/interfaces.md).
 * Activating a mark selects the first event it lists; the selected event's marks are active and
 * scrolled into view. A timeline citing several sources shows one at a time, with a switch
 * between them; selecting an event shows the source of its first passage.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { sourceSegments } from '../../layout/sourceSegments.ts';
import type { Run } from '../../layout/sourceSegments.ts';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { prefersReducedMotion } from '../ui/prefersReducedMotion.ts';
import { isolate } from '../../model/isolateText.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function SourceText() {
  const timeline = useSourceline((s) => s.timeline);
  const selectedId = useSourceline((s) => s.selectedId);
  const hoveredId = useSourceline((s) => s.hoveredId);
  const shownId = useSourceline((s) => s.shownSourceId);
  const { select, hover, showSource } = useActions();
  const { t } = useTranslator();
  const article = useRef<HTMLElement>(null);
  const { sources } = timeline;
  const source = sources.find((s) => s.id === shownId) ?? sources[0];
  const paragraphs = useMemo(
    () => (source ? sourceSegments(timeline, source) : []),
    [timeline, source],
  );
  const titles = useMemo(() => new Map(timeline.events.map((e) => [e.id, e.title])), [timeline]);

  useEffect(() => {
    if (!selectedId) return;
    const container = article.current;
    const first = container?.querySelector<HTMLElement>('mark[data-active="true"]');
    if (container && first) scrollWithin(container, first);
  }, [selectedId, source]);

  if (!source) return null;

  const renderRun = (run: Run) => {
    if (run.eventIds.length === 0) return run.text;
    const first = run.eventIds[0] ?? '';
    const activate = () => select(first);
    const onKey = (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate();
      }
    };
    const names = run.eventIds.map((id) => titles.get(id) ?? id).join('; ');
    return (
      // docs/interfaces.md makes each cited passage a focusable <mark> that is activated like a button;
      // the button role tells assistive technology so, while the element stays a mark.
      <mark
        key={run.start}
        data-event-ids={run.eventIds.join(' ')}
        data-offset={run.start}
        data-active={selectedId !== null && run.eventIds.includes(selectedId) ? 'true' : undefined}
        data-hover={hoveredId !== null && run.eventIds.includes(hoveredId) ? 'true' : undefined}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
        role="button"
        tabIndex={0}
        title={`Cited by: ${isolate(names)}`}
        onClick={activate}
        onKeyDown={onKey}
        onMouseEnter={() => hover(first)}
        onMouseLeave={() => hover(null)}
      >
        {run.text}
      </mark>
    );
  };

  return (
    <article ref={article} className="source-text" aria-labelledby="source-heading" id="source">
      <header className="source-text__header">
        <h2 id="source-heading">{t('The source')}</h2>
        {sources.length > 1 && (
          <nav className="source-text__sources" aria-label={t('Sources')}>
            {sources.map((s) => (
              <button
                key={s.id}
                type="button"
                className="button"
                aria-pressed={s.id === source.id}
                onClick={() => showSource(s.id)}
              >
                <Bdi>{s.publisher ?? s.title}</Bdi>
              </button>
            ))}
          </nav>
        )}
        <p className="source-text__cite">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <Bdi>{source.title}</Bdi>
            </a>
          ) : (
            <Bdi>{source.title}</Bdi>
          )}
          {source.publisher && (
            <>
              , <Bdi>{source.publisher}</Bdi>
            </>
          )}
          , {source.published}.{' '}
          {t('Shown word for word; highlighted passages are cited by events.')}
        </p>
      </header>
      {/* The words are the source's, in its language: said so only where the dataset says. */}
      <div lang={source.language}>
        {paragraphs.map((p) => (
          <p key={p.start} className={p.isByline ? 'source-text__byline' : undefined}>
            {p.runs.map((run) =>
              run.eventIds.length ? renderRun(run) : <span key={run.start}>{run.text}</span>,
            )}
          </p>
        ))}
      </div>
    </article>
  );
}

/**
 * Brings the passage into view where the article has its own scroll box (the side column on wide
 * screens), moving that box alone: never the page, which stays where the reader put it (the
 * browser's scrollIntoView would scroll every scrolling ancestor, the page included). Where the
 * article is part of the page (narrow screens) nothing moves; the details card shows the quotes,
 * each with a link to its passage.
 */
function scrollWithin(container: HTMLElement, target: HTMLElement): void {
  if (container.scrollHeight <= container.clientHeight + 1) return;
  // The part of the box the reader can see: it may reach below the window.
  const box = container.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  const passage = target.getBoundingClientRect();
  const margin = 16;
  let delta = 0;
  if (passage.top < top + margin) delta = passage.top - top - margin;
  else if (passage.bottom > bottom - margin) {
    delta = Math.min(passage.bottom - bottom + margin, passage.top - top - margin);
  }
  if (delta === 0) return;
  container.scrollTo({
    top: container.scrollTop + delta,
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}
