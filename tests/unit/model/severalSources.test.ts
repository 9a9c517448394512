// A timeline that cites several documents: the dataset's `sources`, each citation naming its own,
// and the language a dataset and its sources may declare.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import type { SourceTexts } from '../../../src/model/openSources.ts';
import { sourceFilesOf } from '../../../src/model/sourceFiles.ts';
import type { Problem } from '../../../src/model/problem.ts';
import type { DatasetFile } from '../../../src/model/schema.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import { timelineToDataset } from '../../../src/formats/exportJson.ts';
import { SOURCE_TEXT, TINY_SOURCE, realDataset, tinyDataset } from './fixtures.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../e2e/fixtures/two-sources.json',
);

/** The two-source fixture the end-to-end tests load by ?data=: texts inside the file. */
function twoSources(): DatasetFile {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as DatasetFile;
}

function compiled(raw: unknown, texts: SourceTexts = null): Timeline {
  const result = compileTimeline(raw, texts);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

function problemsOf(raw: unknown, texts: SourceTexts = null): Problem[] {
  const result = compileTimeline(raw, texts);
  if (result.ok) throw new Error('expected problems, but the dataset compiled');
  return result.problems;
}

/** The tiny dataset split over two files: the first event cites one, the second the other. */
function tinyInTwo(): DatasetFile {
  const data = tinyDataset();
  delete data.source;
  data.sources = [
    { id: 'war', file: 'war.txt', title: 'The war', published: '2023-03-17' },
    { id: 'record', file: 'record.txt', title: 'The record', published: '2023-03-18' },
  ];
  const [beta, alpha] = data.events;
  if (!beta || !alpha) throw new Error('the tiny dataset has two events');
  beta.citations = [{ source: 'war', exact: 'Beta ended the war.' }];
  alpha.citations = [
    { source: 'war', exact: 'Alpha began' },
    { source: 'record', exact: 'Gamma wrote it down.' },
  ];
  return data;
}

const TINY_TEXTS = new Map([
  ['war.txt', 'Alpha began the war. Beta ended the war.'],
  ['record.txt', 'Much later, Gamma wrote it down.'],
]);

describe('a dataset with several sources', () => {
  it('compiles every source in order, each citation anchored in the text it names', () => {
    const timeline = compiled(tinyInTwo(), TINY_TEXTS);
    expect(timeline.sources.map((s) => [s.id, s.file, s.text])).toEqual([
      ['war', 'war.txt', 'Alpha began the war. Beta ended the war.'],
      ['record', 'record.txt', 'Much later, Gamma wrote it down.'],
    ]);
    const alpha = timeline.events.find((e) => e.id === 'alpha-begins');
    expect(alpha?.citations.map((c) => [c.source, c.start, c.end])).toEqual([
      ['war', 0, 11],
      ['record', 12, 32],
    ]);
  });

  it('loads the end-to-end fixture, texts inside, with its languages', () => {
    const timeline = compiled(twoSources());
    expect(timeline.language).toBe('en');
    expect(timeline.sources.map((s) => [s.id, s.language])).toEqual([
      ['report', 'en'],
      ['notice', 'fr'],
    ]);
    const reopens = timeline.events.find((e) => e.id === 'bridge-reopens');
    expect(reopens?.citations.map((c) => c.source)).toEqual(['report', 'notice']);
  });

  it('gives a one-source dataset the id "source", and its citations too', () => {
    const timeline = compiled(tinyDataset(), TINY_SOURCE);
    expect(timeline.sources.map((s) => s.id)).toEqual(['source']);
    const ids = timeline.events.flatMap((e) => e.citations.map((c) => c.source));
    expect(new Set(ids)).toEqual(new Set(['source']));
  });

  it('finds a quote only in the source its citation names', () => {
    const data = tinyInTwo();
    const beta = data.events[0];
    if (beta) beta.citations = [{ source: 'record', exact: 'Beta ended the war.' }];
    expect(problemsOf(data, TINY_TEXTS)).toEqual([
      {
        where: 'events[0] "beta-ends" › citations[0].exact',
        message: 'the quote is not in the source text: "Beta ended the war."',
      },
    ]);
  });

  it('asks every citation to name its source when there are several', () => {
    const data = tinyInTwo();
    const beta = data.events[0];
    if (beta) beta.citations = [{ exact: 'Beta ended the war.' }];
    expect(problemsOf(data, TINY_TEXTS)).toEqual([
      {
        where: 'events[0] "beta-ends" › citations[0].source',
        message: 'must name its source (one of "war", "record"), since the dataset has several',
      },
    ]);
  });

  it('says which sources there are when a citation names another', () => {
    const data = tinyInTwo();
    const beta = data.events[0];
    if (beta) beta.citations = [{ source: 'diary', exact: 'Beta ended the war.' }];
    expect(problemsOf(data, TINY_TEXTS)[0]?.message).toBe(
      'names no source of this dataset: "diary" (its sources are "war", "record")',
    );
  });

  it('refuses sources without ids, repeated ids, and "source" beside "sources"', () => {
    const noId = tinyInTwo();
    const first = noId.sources?.[0];
    if (first) delete first.id;
    expect(problemsOf(noId, TINY_TEXTS)[0]).toEqual({
      where: 'sources[0] › id',
      message: 'must be given when the dataset has several sources, for citations to name it',
    });
    const twice = tinyInTwo();
    const second = twice.sources?.[1];
    if (second) second.id = 'war';
    expect(problemsOf(twice, TINY_TEXTS)[0]).toEqual({
      where: 'sources[1] › id',
      message: 'duplicates the id of an earlier source',
    });
    const both = { ...tinyInTwo(), source: tinyDataset().source };
    expect(problemsOf(both, TINY_TEXTS)[0]?.where).toBe('sources');
  });

  it('names the file of a source whose text could not be read', () => {
    const texts = new Map([['war.txt', 'Alpha began the war. Beta ended the war.']]);
    expect(problemsOf(tinyInTwo(), texts)).toContainEqual({
      where: 'sources[1].file',
      message: 'the source text "record.txt" could not be read',
    });
  });

  it('lists the files to read, once each, and nothing that is not a plain name', () => {
    expect(sourceFilesOf(tinyInTwo())).toEqual(['war.txt', 'record.txt']);
    expect(sourceFilesOf(realDataset())).toEqual(['icc-putin-warrant-2023-03-17.txt']);
    expect(sourceFilesOf(twoSources())).toEqual([]);
    expect(
      sourceFilesOf({ sources: [{ file: '../secret.txt' }, { file: 'a.txt' }, { file: 'a.txt' }] }),
    ).toEqual(['a.txt']);
    expect(sourceFilesOf(null)).toEqual([]);
  });
});

describe('declared languages', () => {
  it('accepts BCP 47 tags and refuses what is not one, located', () => {
    expect(compiled({ ...tinyDataset(), language: 'pt-BR' }, TINY_SOURCE).language).toBe('pt-BR');
    expect(problemsOf({ ...tinyDataset(), language: 'not a language' }, TINY_SOURCE)).toEqual([
      { where: 'language', message: 'must be a language tag such as "en", "fr" or "pt-BR"' },
    ]);
    const data = twoSources();
    const notice = data.sources?.[1];
    if (notice) notice.language = 'français';
    expect(problemsOf(data)[0]?.where).toBe('sources[1].language');
  });

  it('is left out when the dataset does not say', () => {
    const timeline = compiled(realDataset(), SOURCE_TEXT);
    expect(timeline.language).toBeUndefined();
    expect(timeline.sources[0]?.language).toBeUndefined();
  });
});

describe('exporting several sources', () => {
  it('writes them back as "sources", each citation naming its own, and compiles the same', () => {
    const timeline = compiled(tinyInTwo(), TINY_TEXTS);
    const dataset = timelineToDataset(timeline);
    expect(dataset.source).toBeUndefined();
    expect(dataset.sources?.map((s) => [s.id, s.file])).toEqual([
      ['war', 'war.txt'],
      ['record', 'record.txt'],
    ]);
    expect(compiled(dataset, TINY_TEXTS).events).toEqual(timeline.events);
  });

  it('puts the texts inside when asked, so one file is the whole timeline', () => {
    const timeline = compiled(twoSources());
    const dataset = timelineToDataset(timeline, { textsInside: true });
    expect(dataset.sources?.every((s) => s.file === undefined && s.text !== undefined)).toBe(true);
    expect(dataset.language).toBe('en');
    expect(dataset.sources?.[1]?.language).toBe('fr');
    expect(compiled(JSON.parse(JSON.stringify(dataset))).events).toEqual(timeline.events);
  });

  it('keeps a one-source dataset as "source", with no ids in it', () => {
    const dataset = timelineToDataset(compiled(realDataset(), SOURCE_TEXT));
    expect(dataset.sources).toBeUndefined();
    expect(dataset.source?.id).toBeUndefined();
    expect(dataset.events.flatMap((e) => e.citations).some((c) => 'source' in c)).toBe(false);
  });
});
