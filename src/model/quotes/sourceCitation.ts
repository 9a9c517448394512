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

/** Every source's full citation, one after another: `; ` apart, since each holds commas. */
export function sourcesFullLabel(sources: readonly SourceDocument[]): string {
  return sources.map(sourceFullLabel).join('; ');
}
