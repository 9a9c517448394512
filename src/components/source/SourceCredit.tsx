/** Whose words the embed quotes, for readers who never open the full view. */
import { useSourceline } from '../../store/StoreContext.tsx';
import { publishedLabel } from '../../model/dates/publishedLabel.ts';

export function SourceCredit() {
  const source = useSourceline((s) => s.timeline.source);
  if (!source) return null;
  return (
    <span className="source-credit">
      Quotes from <bdi>{source.publisher ?? source.title}</bdi>, {publishedLabel(source.published)}
    </span>
  );
}
