/**
 * The dataset picker: a disclosure in the toolbar listing every dataset under data/ (found at
 * build time, so a new folder appears without code changes), each a link that opens it by
 * `?data=`. Links, as in the language picker, rather than a `<select>`: a select shows its
 * choice on one line, and a dataset's title is longer than a phone's toolbar ("The United
 * Sta…"), where a link's text wraps and is read whole. Following a link is an explicit step, so
 * moving through the list with the keyboard never leaves the page (WCAG 3.2.2); and a link can
 * be copied or opened in a new tab. (Without JavaScript it leads to a `?data=` address, which
 * only the script can load: that page shows the prerendered built-in timeline.) Hidden in
 * embeds, where a reader stays on the article's timeline.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { builtInName, catalogue } from 'virtual:sourceline-datasets';
import { useSourceline } from '../../store/StoreContext.tsx';
import { parseUrlParams } from '../../store/urlParams.ts';
import { searchForDataset } from '../../store/syncUrl.ts';
import '../../styles/exportMenu.css';
import '../../styles/datasetPicker.css';
import { useTranslator } from '../i18n/translator.tsx';
import { Bdi } from '../ui/Bdi.tsx';

export function DatasetPicker() {
  const embed = useSourceline((s) => s.embed);
  const title = useSourceline((s) => s.timeline.title);
  const { t } = useTranslator();
  // Read once: which dataset this page was opened with.
  const data = useMemo(() => {
    // At build time (the prerendered page) there is no window: the default address then.
    if (typeof window === 'undefined') return null;
    return parseUrlParams(window.location.search, window.location.href).data;
  }, []);
  // The links keep the page's other parameters (theme, lang…). Hydrating, React first renders
  // the prerendered page's (none), then this page's.
  const search = useSyncExternalStore(ignoreChanges, pageSearch, noSearch);
  const current =
    data === null
      ? builtInName
      : catalogue.find((entry) => new URL(entry.url, window.location.href).href === data)?.name;
  if (embed || (catalogue.length < 2 && current !== undefined)) return null;

  return (
    <details className="export-menu dataset-picker">
      <summary className="button">{t('Timelines')}</summary>
      <ul
        className="export-menu__panel export-menu__list dataset-picker__list"
        aria-label={t('Timelines')}
      >
        {/* A `?data=` timeline from outside data/ is named first, as where the reader is. */}
        {current === undefined && (
          <li>
            <strong aria-current="page">
              <Bdi>{title}</Bdi>
            </strong>
          </li>
        )}
        {catalogue.map((entry) => (
          <li key={entry.name}>
            {/* The titles are the datasets' own words: isolated, their direction is theirs and
                cannot turn the list's. The current one is not a link: the reader is there. */}
            {entry.name === current ? (
              <strong aria-current="page">
                <Bdi>{entry.title}</Bdi>
              </strong>
            ) : (
              <a href={searchForDataset(search, entry.name === builtInName ? null : entry.url)}>
                <Bdi>{entry.title}</Bdi>
              </a>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The address does not change under a mounted picker: following a link loads a new page. */
const ignoreChanges = () => () => {};
const pageSearch = () => window.location.search;
/** The prerendered page's address has no parameters. */
const noSearch = () => '';
