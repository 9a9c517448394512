/** Whose words the embed quotes (each source's), for readers who never open the full view. */
import { Fragment } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { publishedLabel } from '../../model/dates/publishedLabel.ts';
import { Bdi } from '../ui/Bdi.tsx';

export function SourceCredit() {
  const sources = useSourceline((s) => s.timeline.sources);
  if (sources.length === 0) return null;
  return (
    <span className="source-credit">
      Quotes from{' '}
      {sources.map((source, i) => (
        <Fragment key={source.id}>
          {i > 0 && '; '}
          <Bdi>{source.publisher ?? source.title}</Bdi>, {publishedLabel(source.published)}
        </Fragment>
      ))}
    </span>
  );
}
