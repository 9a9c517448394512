/**
 * The legend's items, loaded the first time the legend is opened (see Legend.tsx): what each
 * shape, edge and hatching means, clusters, breaks, and how to move; and the timeline's eras,
 * each named with its dates. The eras' bands are drawn only across the page, and hidden from
 * screen readers, so this list is where a phone's reader, or a screen reader's, finds them.
 */
import { useId } from 'react';
import { formatDateIn } from '../../model/dates/formatDateIn.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { eraKey } from '../../layout/timeline/eraBands.ts';
import { useTranslator } from '../i18n/translator.tsx';
import { Bdi } from '../ui/Bdi.tsx';
import '../../styles/legend.css';

export default function LegendItems() {
  const { t, locale } = useTranslator();
  const eras = useSourceline((s) => s.timeline.eras);
  const language = useSourceline((s) => s.timeline.language);
  const erasId = useId();
  return (
    <>
      <ul>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="point"
            aria-hidden="true"
          />{' '}
          {t('an exact day')}
        </li>
        <li>
          <span className="legend__swatch event-mark__shape" data-shape="span" aria-hidden="true" />{' '}
          {t('a span: an interval, or a date known only to the month or year')}
        </li>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="span"
            data-approximate="true"
            aria-hidden="true"
          />{' '}
          {t('dashed, faded edges: approximate (“c.”)')}
        </li>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="span"
            data-uncertain="true"
            aria-hidden="true"
          />{' '}
          {t('hatched: uncertain (“?”)')}
        </li>
        <li>
          <span className="legend__swatch cluster-mark" aria-hidden="true">
            12
          </span>{' '}
          {t('several events too close to show apart: activate to zoom in')}
        </li>
        <li>
          <svg className="legend__swatch legend__break" viewBox="0 0 28 12" aria-hidden="true">
            <line x1="0" y1="6" x2="28" y2="6" />
            <rect x="9" y="0" width="10" height="12" />
            <path d="M8 11 L13 1 M15 11 L20 1" />
          </svg>{' '}
          {t(
            'a break in the axis: a long stretch with no events, drawn shorter than its share of time',
          )}
        </li>
      </ul>
      {eras.length > 0 && (
        <>
          <p id={erasId}>{t('Eras, shaded behind the events of their time:')}</p>
          <ul aria-labelledby={erasId}>
            {eras.map((era) => (
              <li key={eraKey(era)}>
                <span className="legend__swatch legend__era" aria-hidden="true" />{' '}
                <span>
                  <Bdi lang={language}>{era.label}</Bdi>,{' '}
                  <Bdi>{formatDateIn(locale, era.date)}</Bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {t(
          'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.',
        )}
      </p>
    </>
  );
}
