/**
 * The draft as the reader will show it: compiled and checked by the same compiler and validator
 * as `npm run validate`, each problem a link to its field, and drawn by the reader's own
 * timeline, store and source text (event elements with data-event-id, marked passages).
 */
import { useMemo } from 'react';
import { useTranslator } from '../components/i18n/translator.tsx';
import { compileTimeline } from '../model/compileTimeline.ts';
import { formatProblem } from '../model/problem.ts';
import type { Problem, Result } from '../model/problem.ts';
import type { Timeline as TimelineData } from '../model/timeline.ts';
import { createSourcelineStore } from '../store/createSourcelineStore.ts';
import { SourcelineProvider } from '../store/StoreContext.tsx';
import { SourceText } from '../components/source/SourceText.tsx';
import { Timeline } from '../components/timeline/Timeline.tsx';
import { ZoomControls } from '../components/zoom/ZoomControls.tsx';
import type { Draft } from './draft.ts';
import { draftToDataset } from './draft.ts';
import { fieldId } from './EventEditor.tsx';

/** The draft compiled, as the reader and the validator would see it. */
export function compileDraft(draft: Draft): Result<TimelineData> {
  return compileTimeline(draftToDataset(draft), null);
}

export function Preview({ draft }: { draft: Draft }) {
  const result = useMemo(() => compileDraft(draft), [draft]);
  const store = useMemo(() => (result.ok ? createSourcelineStore(result.value) : null), [result]);
  const { t } = useTranslator();
  const count = result.ok ? result.value.events.length : 0;
  return (
    <section className="studio__preview" aria-labelledby="studio-preview-heading">
      <h2 id="studio-preview-heading">{t('3. Preview')}</h2>
      {draft.events.length === 0 ? (
        <p className="studio__hint">
          {t('The timeline appears here as soon as the draft has an event.')}
        </p>
      ) : !result.ok ? (
        <Problems problems={result.problems} />
      ) : (
        store && (
          <SourcelineProvider store={store}>
            <p className="studio__valid" role="status">
              {count === 1
                ? t('Valid: 1 event, every quote found in the article.')
                : t('Valid: {count} events, every quote found in the article.', { count })}
            </p>
            <div className="studio__timeline">
              <ZoomControls />
              <Timeline />
            </div>
            <details className="studio__article">
              <summary>{t('The article with its cited passages')}</summary>
              <SourceText />
            </details>
          </SourcelineProvider>
        )
      )}
    </section>
  );
}

function Problems({ problems }: { problems: Problem[] }) {
  const { t } = useTranslator();
  const count = problems.length;
  return (
    <div className="studio__problems" role="status">
      <p>
        {count === 1
          ? t('1 problem to fix before the timeline can be drawn:')
          : t('{count} problems to fix before the timeline can be drawn:', { count })}
      </p>
      {/* The problems themselves are the validator's English (src/model, developer-facing). */}
      <ul lang="en">
        {problems.map((problem, i) => {
          const target = targetOf(problem.where);
          const text = formatProblem(problem);
          return (
            <li key={i}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    const field = document.getElementById(target);
                    if (!field) return;
                    e.preventDefault();
                    field.focus();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The field a problem's location names: `events[3] "id" › date` → event 3's date field. */
function targetOf(where: string): string | null {
  const event = /^events\[(\d+)\][^›]*(?:›\s*([A-Za-z]+))?/.exec(where);
  if (event) {
    const field = event[2] ?? 'title';
    const known = [
      'title',
      'summary',
      'date',
      'actors',
      'notes',
      'citations',
      'dateSource',
      'dateInArticle',
    ];
    return fieldId(
      Number(event[1]),
      known.includes(field) && field !== 'dateInArticle' ? field : 'title',
    );
  }
  const source = /^source(?:\.(\w+))?/.exec(where);
  if (source) {
    const field = source[1] ?? 'text';
    return ['title', 'published', 'url'].includes(field)
      ? `field-source-${field}`
      : 'field-source-text';
  }
  return where === 'title' ? 'field-source-title' : null;
}
