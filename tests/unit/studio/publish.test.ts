// What the studio publishes besides the dataset file: the dataset folder as a zip (unzipped, its
// JSON and the text beside it compile to the same events as the draft) and every citation as a
// W3C Web Annotation (JSON-LD, the Web Annotation Data Model's shape).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { datasetToDraft } from '../../../src/studio/draft.ts';
import type { Draft } from '../../../src/studio/draft.ts';
import { compileDraft } from '../../../src/studio/Preview.tsx';
import { datasetZip } from '../../../src/studio/publish/datasetZip.ts';
import { ANNO_CONTEXT, webAnnotations } from '../../../src/studio/publish/webAnnotations.ts';
import { DATASET_JSON, SOURCE_TEXT } from '../model/fixtures.ts';

/** The ICC dataset as a studio draft, its text inside it. */
function iccDraft(): Draft {
  const data = JSON.parse(DATASET_JSON) as { source: Record<string, unknown> };
  delete data.source['file'];
  data.source['text'] = SOURCE_TEXT;
  const opened = datasetToDraft(data);
  if (!opened.ok) throw new Error(opened.message);
  return opened.draft;
}

describe('the dataset folder as a zip', () => {
  it('holds <slug>/timeline.json naming source.txt beside it, the text and a README', async () => {
    const draft = iccDraft();
    const { name, bytes } = await datasetZip(draft);
    const slug = name.replace(/\.zip$/, '');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(
      [`${slug}/README.md`, `${slug}/source.txt`, `${slug}/timeline.json`].sort(),
    );
    const json = JSON.parse(strFromU8(files[`${slug}/timeline.json`] ?? new Uint8Array())) as {
      source: { file?: string; text?: string };
    };
    expect(json.source.file).toBe('source.txt');
    expect(json.source.text).toBeUndefined();
    const text = strFromU8(files[`${slug}/source.txt`] ?? new Uint8Array());
    const fromZip = compileTimeline(json, text);
    const fromDraft = compileDraft(draft);
    if (!fromZip.ok || !fromDraft.ok) throw new Error('did not compile');
    expect(fromZip.value.events).toHaveLength(19);
    expect(fromZip.value.events).toEqual(fromDraft.value.events);
    expect(strFromU8(files[`${slug}/README.md`] ?? new Uint8Array())).toContain(
      `npm run validate data/${slug}`,
    );
  });

  it('gives the same bytes for the same draft', async () => {
    const draft = iccDraft();
    expect((await datasetZip(draft)).bytes).toEqual((await datasetZip(draft)).bytes);
  });
});

describe('the citations as W3C Web Annotations', () => {
  it('is an AnnotationCollection of one Annotation per citation, each a TextQuoteSelector', () => {
    const draft = iccDraft();
    draft.source.url = 'https://news.example/icc-warrant';
    const collection = webAnnotations(draft);
    // Valid JSON, as it is downloaded.
    const parsed = JSON.parse(JSON.stringify(collection)) as typeof collection;
    expect(parsed['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(parsed.type).toBe('AnnotationCollection');
    const citations = draft.events.flatMap((e) => e.citations);
    expect(parsed.total).toBe(citations.length);
    expect(parsed.first.type).toBe('AnnotationPage');
    expect(parsed.first.items).toHaveLength(citations.length);
    const ids = new Set<string>();
    for (const item of parsed.first.items) {
      expect(item['@context']).toBe(ANNO_CONTEXT);
      expect(item.type).toBe('Annotation');
      expect(['describing', 'linking']).toContain(item.motivation);
      expect(item.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
      ids.add(item.id);
      expect(item.body.type).toBe('TextualBody');
      expect(item.body.value.length).toBeGreaterThan(0);
      expect(item.target.source).toBe('https://news.example/icc-warrant');
      expect(item.target.selector.type).toBe('TextQuoteSelector');
      // The exact words are in the source text, after the prefix and before the suffix.
      const { exact, prefix = '', suffix = '' } = item.target.selector;
      expect(SOURCE_TEXT.replace(/\s+/g, ' ')).toContain(`${prefix}${exact}${suffix}`);
    }
    expect(ids.size).toBe(citations.length);
    const first = draft.events[0];
    expect(parsed.first.items[0]?.body.value).toBe(`${first?.date}: ${first?.title}`);
  });

  it('names a source with no address by a urn', () => {
    const draft = iccDraft();
    draft.source.url = '';
    const [item] = webAnnotations(draft).first.items;
    expect(item?.target.source).toMatch(/^urn:sourceline:.+:source$/);
  });
});
