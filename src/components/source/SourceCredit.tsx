/** Whose words the embed quotes, for readers who never open the full view. */
import { useSourceline } from '../../store/StoreContext.tsx';
import { publishedLabel } from '../../model/dates/publishedLabel.ts';
import { Bdi } from '../ui/Bdi.tsx';

export function SourceCredit() {
  const source = useSourceline((s) => s.timeline.source);
  if (!source) return null;
  return (
    <span className="source-credit">
      Quotes from <Bdi>{source.publisher ?? source.title}</Bdi>, {publishedLabel(source.published)}
    </span>
  );
}
