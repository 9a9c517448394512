/** Plain words naming the source article, for quote attributions on slides and in the handout. */
import type { SourceDocument } from '../timeline.ts';
import { publishedLabel } from '../dates/publishedLabel.ts';

/** "The New York Times, 17 March 2023": who published it and when (the title when no publisher). */
export function sourceShortLabel(source: SourceDocument): string {
  return `${source.publisher ?? source.title}, ${publishedLabel(source.published)}`;
}

/** "“Title”, The New York Times, 17 March 2023": the full citation. */
export function sourceFullLabel(source: SourceDocument): string {
  const parts = [`“${source.title}”`, source.publisher, publishedLabel(source.published)];
  return parts.filter((part) => part !== undefined).join(', ');
}
