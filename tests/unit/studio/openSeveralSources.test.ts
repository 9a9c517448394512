// The studio's draft holds one source: a dataset of one in `sources` opens, one of several is
// refused in words, and nothing is half-opened.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetToDraft } from '../../../src/studio/draft.ts';
import type { DatasetFile } from '../../../src/model/schema.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../e2e/fixtures/two-sources.json',
);
const twoSources = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as DatasetFile;

describe('opening a dataset with "sources" in the studio', () => {
  it('refuses several sources, saying why and what to do instead', () => {
    const opened = datasetToDraft(twoSources());
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toBe(
      'This dataset cites 2 sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.',
    );
  });

  it('opens a list of one source as the draft’s source, its citations no longer naming it', () => {
    const data = twoSources();
    data.sources = data.sources?.slice(0, 1);
    data.events = data.events.filter((e) => e.citations.every((c) => c.source === 'report'));
    const opened = datasetToDraft(data);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.draft.source.title).toBe('The river bridge reopens');
    expect(opened.draft.source.text).toContain('The old bridge was closed');
    expect(opened.draft.events.flatMap((e) => e.citations).every((c) => !('source' in c))).toBe(
      true,
    );
  });
});
