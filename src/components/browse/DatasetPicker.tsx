/**
 * The dataset picker: every dataset under data/ (found at build time, so a new folder appears
 * without code changes), and a button that opens the chosen one. Opening is an explicit step,
 * not a side effect of choosing, so moving through the list with the keyboard never leaves the
 * page (WCAG 3.2.2). Hidden in embeds, where a reader stays on the article's timeline.
 */
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { builtInName, catalogue } from 'virtual:sourceline-datasets';
import { useSourceline } from '../../store/StoreContext.tsx';
import { parseUrlParams } from '../../store/urlParams.ts';
import '../../styles/datasetPicker.css';
import { PARAM } from '../../model/urlParamNames.ts';
import { isolate } from '../../model/isolateText.ts';
import { useTranslator } from '../i18n/translator.tsx';

/** The value of the option standing for a `?data=` timeline that is not in the catalogue. */
const OTHER = '';

export function DatasetPicker() {
  const id = useId();
  const embed = useSourceline((s) => s.embed);
  const title = useSourceline((s) => s.timeline.title);
  const { t } = useTranslator();
  // Read once: which dataset this page was opened with.
  const page = useMemo(() => {
    // At build time (the prerendered page) there is no window: the default address then.
    if (typeof window === 'undefined') return { href: 'https://sourceline.invalid/', data: null };
    const { href, search } = window.location;
    return { href, data: parseUrlParams(search, href).data };
  }, []);
  const current =
    page.data === null
      ? builtInName
      : (catalogue.find((entry) => new URL(entry.url, page.href).href === page.data)?.name ??
        OTHER);
  const [choice, setChoice] = useState(current);
  if (embed || (catalogue.length < 2 && current !== OTHER)) return null;

  const open = (event: FormEvent) => {
    event.preventDefault();
    const entry = catalogue.find((candidate) => candidate.name === choice);
    if (!entry || choice === current) return;
    const url = new URL(page.href);
    for (const name of [PARAM.data, PARAM.event, PARAM.mode]) url.searchParams.delete(name);
    if (entry.name !== builtInName) url.searchParams.set(PARAM.data, entry.url);
    window.location.assign(url.href);
  };

  return (
    <form className="dataset-picker" onSubmit={open}>
      <label htmlFor={`${id}-dataset`}>{t('Timeline')}</label>
      {/* The titles are the datasets' own words: their direction is theirs (dir auto), or an
          English title on a right-to-left page is cut at its start. */}
      <select
        id={`${id}-dataset`}
        dir="auto"
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
      >
        {current === OTHER && (
          <option value={OTHER} disabled>
            This timeline: {isolate(title)}
          </option>
        )}
        {catalogue.map((entry) => (
          <option key={entry.name} value={entry.name}>
            {entry.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={choice === current}>
        {t('Open')}
      </button>
    </form>
  );
}
