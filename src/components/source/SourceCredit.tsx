/** Whose words the embed quotes (each source's), for readers who never open the full view. */
import { Fragment } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { SourceCitation } from './SourceCitation.tsx';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function SourceCredit() {
  const sources = useSourceline((s) => s.timeline.sources);
  const { t } = useTranslator();
  if (sources.length === 0) return null;
  const list = sources.map((source, i) => (
    <Fragment key={source.id}>
      {i > 0 && '; '}
      <SourceCitation source={source} form="short" />
    </Fragment>
  ));
  return (
    <span className="source-credit">
      {withElements(t('Quotes from {sources}', slots('sources')), { sources: list })}
    </span>
  );
}
