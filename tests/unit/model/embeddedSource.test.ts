// A dataset may carry its source text inside it (`source.text`) instead of naming a file beside
// it (`source.file`): exactly one of the two. One such file is a whole timeline, for `?data=`.
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/app/loadTimeline.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import type { DatasetFile } from '../../../src/model/schema.ts';
import { SOURCE_TEXT, realDataset } from './fixtures.ts';

/** The real dataset with its article inside it. */
function embedded(): DatasetFile {
  const data = realDataset();
  if (!data.source) throw new Error('the real dataset has a source');
  const { file: _file, ...rest } = data.source;
  return { ...data, source: { ...rest, text: SOURCE_TEXT } };
}

describe('source.text: the source carried inside the dataset', () => {
  it('compiles exactly as the same dataset with its text in a file', () => {
    const inFile = compileTimeline(realDataset(), SOURCE_TEXT);
    const inside = compileTimeline(embedded(), null);
    expect(inside.ok && inFile.ok).toBe(true);
    if (!inside.ok || !inFile.ok) return;
    expect(inside.value.events).toEqual(inFile.value.events);
    expect(inside.value.sources[0]?.text).toBe(SOURCE_TEXT);
    // A name for the reader's "download the source text", made from the source's title.
    expect(inside.value.sources[0]?.file).toMatch(/^the-international-criminal-court.*\.txt$/);
  });

  it('refuses a source with both a file and a text, or with neither', () => {
    const both = { ...embedded(), source: { ...embedded().source, file: 'a.txt' } };
    const neither = embedded();
    if (neither.source) delete neither.source.text;
    for (const raw of [both, neither]) {
      const result = compileTimeline(raw, SOURCE_TEXT);
      expect(result.ok ? [] : result.problems).toEqual([
        {
          where: 'source',
          message:
            'must give the source text either as a "file" beside the dataset or as "text" inside it (one, not both)',
        },
      ]);
    }
  });

  it('checks the quotes against the embedded text', () => {
    const data = embedded();
    if (data.source) data.source.text = 'Nothing of the article.';
    const result = compileTimeline(data, null);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems[0]?.message).toMatch(/is not in the source text/);
  });

  it('loads by ?data= from the one file, fetching nothing beside it', async () => {
    const requested: string[] = [];
    const fetchFn = (url: string) => {
      requested.push(url);
      return Promise.resolve(new Response(JSON.stringify(embedded())));
    };
    const result = await loadTimeline('https://x.test/mine.json', fetchFn);
    expect(result.ok && result.value.events.length).toBeGreaterThanOrEqual(19);
    expect(requested).toEqual(['https://x.test/mine.json']);
  });
});
