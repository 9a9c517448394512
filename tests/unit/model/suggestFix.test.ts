import { describe, expect, it } from 'vitest';
import { anchorQuote, normalise } from '../../../src/model/quotes/anchor.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import {
  citationHints,
  citationJson,
  citeWords,
  closestPassage,
  describeClosest,
  disambiguate,
  formatReport,
  suggestFixes,
} from '../../../src/model/quotes/suggestFix.ts';
import { SOURCE_TEXT, TINY_SOURCE, eventAt, realDataset, tinyDataset } from './fixtures.ts';

const source = normalise(SOURCE_TEXT);

describe('closestPassage', () => {
  it('finds the passage a mistyped quote meant, with its similarity', () => {
    const typo = 'President Bill Clinton signd the Rome Statute';
    const closest = closestPassage(source, typo);
    expect(closest?.text).toBe('President Bill Clinton signed the Rome Statute');
    expect(closest?.similarity).toBeCloseTo(1 - 1 / typo.length);
    expect(describeClosest(closest)).toBe(
      'closest passage (97% similar): "President Bill Clinton signed the Rome Statute"',
    );
  });

  it('gives offsets in the original text, across the no-break space', () => {
    const closest = closestPassage(source, 'By guest author Charly Savag');
    expect(closest && SOURCE_TEXT.slice(closest.start, closest.end)).toBe(
      'By guest\u00a0 author Charly Savag',
    );
  });

  it('finds nothing when no passage is even half similar', () => {
    const closest = closestPassage(source, 'qqqq zzzz xxxx');
    expect(closest).toBeNull();
    expect(describeClosest(closest)).toBe('no passage of the source is even half similar');
  });
});

describe('disambiguate', () => {
  it('counts the occurrences and gives a selector that anchors on the first', () => {
    const found = disambiguate(source, 'Congress');
    expect(found?.count).toBe(3);
    const anchored = found && anchorQuote(source, found.selector);
    expect(anchored).toEqual({
      ok: true,
      start: SOURCE_TEXT.indexOf('Congress'),
      end: SOURCE_TEXT.indexOf('Congress') + 'Congress'.length,
    });
  });

  it('returns null for words that are not in the source', () => {
    expect(disambiguate(source, 'signd')).toBeNull();
  });
});

describe('citationHints', () => {
  it('has nothing to say about a citation that anchors', () => {
    expect(citationHints(source, { exact: 'Then Russia invaded Ukraine last year' })).toEqual([]);
  });

  it('suggests the closest passage for a quote that is not there', () => {
    expect(citationHints(source, { exact: 'Then Russia invade Ukraine last year' })).toEqual([
      'closest passage (97% similar): "Then Russia invaded Ukraine last year"',
    ]);
  });

  it('suggests a unique selector for the first of several occurrences', () => {
    expect(citationHints(source, { exact: 'Congress' })).toEqual([
      'to cite the first of its 3 occurrences, use {"type":"TextQuoteSelector","exact":"Congress","suffix":","}',
    ]);
  });

  it('blames the prefix when the exact words are there but the prefix is not', () => {
    expect(citationHints(source, { exact: 'Then Russia invaded', prefix: 'And ' })).toEqual([
      'the exact words occur once, but not with this prefix and suffix; use {"type":"TextQuoteSelector","exact":"Then Russia invaded"}',
    ]);
  });
});

describe('citeWords and citationJson', () => {
  it('trims and normalises the words, and cites them bare when unique', () => {
    const found = citeWords(source, '  By guest author\nCharly Savage ');
    expect(found).toEqual({
      ok: true,
      count: 1,
      selector: { exact: 'By guest author Charly Savage' },
    });
  });

  it('cites the first of repeated words with just enough context', () => {
    const found = citeWords(source, 'late December');
    expect(found).toEqual({
      ok: true,
      count: 2,
      selector: { exact: 'late December', suffix: ',' },
    });
  });

  it('offers the closest passage for words that are not there', () => {
    const found = citeWords(source, 'Ruslan Stefanchuk, the speeker');
    expect(found.ok).toBe(false);
    expect(!found.ok && found.closest?.text).toBe('Ruslan Stefanchuk, the speaker');
  });

  it('writes type first and leaves out absent context', () => {
    expect(citationJson({ exact: 'a', suffix: 'b' })).toBe(
      '{"type":"TextQuoteSelector","exact":"a","suffix":"b"}',
    );
    expect(citationJson({ exact: 'a', prefix: undefined })).toBe(
      '{"type":"TextQuoteSelector","exact":"a"}',
    );
  });
});

describe('suggestFixes', () => {
  it('keys each hint by the location of the problem compileTimeline reports', () => {
    const data = realDataset();
    eventAt(data, 3).citations = [{ exact: 'President Bill Clinton signd the Rome Statute' }];
    eventAt(data, 4).citations = [{ exact: 'In 2002, President' }, { exact: 'Congress' }];
    const hints = suggestFixes(data, SOURCE_TEXT);
    const result = compileTimeline(data, SOURCE_TEXT);
    const wheres = result.ok ? [] : result.problems.map((problem) => problem.where);
    expect(hints.size).toBe(2);
    expect([...hints.keys()]).toEqual(wheres);
  });

  it('suggests nothing for a dataset that fails its schema', () => {
    expect(suggestFixes({ events: 'none' }, SOURCE_TEXT).size).toBe(0);
  });
});

describe('formatReport', () => {
  it('summarises a valid dataset in one line, with plurals', () => {
    const result = compileTimeline(tinyDataset(), TINY_SOURCE);
    expect(formatReport('data/tiny', result)).toEqual(['ok  data/tiny: 2 events, 3 citations']);
    const single = tinyDataset();
    single.events = single.events.slice(0, 1);
    expect(formatReport('data/tiny', compileTimeline(single, TINY_SOURCE))).toEqual([
      'ok  data/tiny: 1 event, 1 citation',
    ]);
  });

  it('prints each problem on its own line with its hints indented under it', () => {
    const result = {
      ok: false as const,
      problems: [
        { where: 'events[0] "a" › date', message: 'is bad' },
        { where: 'events[1] "b" › citations[0].exact', message: 'is missing' },
      ],
    };
    const hints = new Map([['events[1] "b" › citations[0].exact', ['closest passage …']]]);
    expect(formatReport('data/x', result, hints)).toEqual([
      'data/x: events[0] "a" › date: is bad',
      'data/x: events[1] "b" › citations[0].exact: is missing',
      '    closest passage …',
    ]);
  });
});
