/**
 * A dataset's sources opened for compiling: each with its id and its text (read by the caller,
 * or carried inside the dataset), the located problems of the list, and the source each
 * citation is in. Used by compileTimeline.
 */
import { normalise } from './quotes/anchor.ts';
import type { NormalisedText } from './quotes/anchor.ts';
import { clipValue } from './plainMessage.ts';
import type { Problem } from './problem.ts';
import type { DatasetFile, SourceRecord } from './schema.ts';
import { slugify } from './slugId.ts';
import type { SourceDocument } from './timeline.ts';

/**
 * The texts of the source files a dataset names, read by the caller before compiling: a map from
 * file name to text, or (for a dataset with one `source`) that file's text alone. Text carried
 * inside the dataset (`source.text`) needs nothing here.
 */
export type SourceTexts = ReadonlyMap<string, string> | string | null;

/** A source ready for anchoring: its record, its id and its text (null where unreadable). */
export interface OpenSource {
  record: SourceRecord;
  id: string;
  where: string;
  text: string | null;
  normalised: NormalisedText | null;
  /** The text without invisible characters, made once on the first quote that is not found. */
  visible: string | null;
}

/**
 * The dataset's sources with their texts: its one `source` (id `source` unless it gives one) or
 * its list of `sources`, each with a distinct id. A text that could not be read is a problem.
 */
export function openSources(
  data: DatasetFile,
  texts: SourceTexts,
  problems: Problem[],
): OpenSource[] {
  if (data.source && data.sources) {
    problems.push({
      where: 'sources',
      message: 'give either "source" (one document) or "sources" (a list), not both',
    });
    return [];
  }
  const list = data.sources ?? (data.source ? [data.source] : []);
  const several = data.sources !== undefined;
  const ids = new Set<string>();
  return list.map((record, i) => {
    const where = several ? `sources[${i}]` : 'source';
    const id = record.id ?? (several ? `source-${i + 1}` : 'source');
    if (several && record.id === undefined && list.length > 1) {
      problems.push({
        where: `${where} › id`,
        message: 'must be given when the dataset has several sources, for citations to name it',
      });
    } else if (ids.has(id)) {
      problems.push({ where: `${where} › id`, message: 'duplicates the id of an earlier source' });
    }
    ids.add(id);
    const text = record.text ?? textOfFile(texts, record.file ?? '', list.length);
    if (text === null) {
      problems.push({
        where: `${where}.file`,
        message: `the source text "${record.file ?? ''}" could not be read`,
      });
    }
    const normalised = text === null ? null : normalise(text);
    return { record, id, where, text, normalised, visible: null };
  });
}

/** A file's text from what the caller read: a bare string is the one file of a one-source dataset. */
function textOfFile(texts: SourceTexts, file: string, count: number): string | null {
  if (texts === null) return null;
  if (typeof texts === 'string') return count === 1 ? texts : null;
  return texts.get(file) ?? null;
}

/** The source a citation is in: the one it names, or the only one. */
export function sourceOfCitation(
  sources: readonly OpenSource[],
  named: string | undefined,
): OpenSource | string {
  const ids = sources.map((s) => `"${s.id}"`).join(', ');
  if (named === undefined) {
    if (sources.length === 1 && sources[0]) return sources[0];
    return `must name its source (one of ${ids}), since the dataset has several`;
  }
  return (
    sources.find((s) => s.id === named) ??
    `names no source of this dataset: "${clipValue(named, 60)}" (its sources are ${ids})`
  );
}

export function sourceDocument({ record, id, text }: OpenSource): SourceDocument {
  const doc: SourceDocument = {
    id,
    title: record.title,
    published: record.published,
    // Embedded text gets a file name for the reader's "download the source" (from its title).
    file: record.file ?? `${slugify(record.title) || 'source'}.txt`,
    // Only compiled when every text was read (a missing one is a problem).
    text: text ?? '',
  };
  if (record.publisher !== undefined) doc.publisher = record.publisher;
  if (record.url !== undefined) doc.url = record.url;
  if (record.language !== undefined) doc.language = record.language;
  return doc;
}
