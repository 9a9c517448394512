/** Plain words naming the source article, for quote attributions on slides and in the handout. */
import type { SourceDocument } from '../timeline.ts';
import { publishedLabel } from '../dates/publishedLabel.ts';

/** Writes a publication day; English by default, the reader's language from the chrome. */
type DayWriter = (ms: number, precision: 'day') => string;

/** "The New York Times, 17 March 2023": who published it and when (the title when no publisher). */
export function sourceShortLabel(source: SourceDocument, day?: DayWriter): string {
  return `${source.publisher ?? source.title}, ${publishedLabel(source.published, day)}`;
}

/** "“Title”, The New York Times, 17 March 2023": the full citation. */
export function sourceFullLabel(source: SourceDocument, day?: DayWriter): string {
  const parts = [`“${source.title}”`, source.publisher, publishedLabel(source.published, day)];
  return parts.filter((part) => part !== undefined).join(', ');
}

/** Every source's full citation, one after another: `; ` apart, since each holds commas. */
export function sourcesFullLabel(sources: readonly SourceDocument[], day?: DayWriter): string {
  return sources.map((source) => sourceFullLabel(source, day)).join('; ');
}
