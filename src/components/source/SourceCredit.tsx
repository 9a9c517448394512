/** Whose words the embed quotes (each source's), for readers who never open the full view. */
import { Fragment } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { publishedLabel } from '../../model/dates/publishedLabel.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function SourceCredit() {
  const sources = useSourceline((s) => s.timeline.sources);
  const { t, instant } = useTranslator();
  if (sources.length === 0) return null;
  const list = sources.map((source, i) => (
    <Fragment key={source.id}>
      {i > 0 && '; '}
      <Bdi>{source.publisher ?? source.title}</Bdi>, {publishedLabel(source.published, instant)}
    </Fragment>
  ));
  return (
    <span className="source-credit">
      {withElements(t('Quotes from {sources}', slots('sources')), { sources: list })}
    </span>
  );
}
