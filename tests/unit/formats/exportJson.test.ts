import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { exportJson, timelineToDataset } from '../../../src/formats/exportJson.ts';
import { datasetSchema } from '../../../src/model/schema.ts';
import { SOURCE_TEXT, realDataset } from '../model/fixtures.ts';

describe('exportJson', () => {
  const original = realDataset();
  const compiled = compileTimeline(original, SOURCE_TEXT);
  if (!compiled.ok) throw new Error('the real dataset does not compile');

  it('gives back the dataset it was compiled from (events in time order)', () => {
    const exported = timelineToDataset(compiled.value);
    const byId = (data: typeof original) =>
      Object.fromEntries(data.events.map((event) => [event.id, event]));
    expect(byId(exported)).toEqual(
      byId({
        ...original,
        events: original.events.map((event) => ({
          ...event,
          citations: event.citations.map((c) => ({ type: 'TextQuoteSelector' as const, ...c })),
        })),
      }),
    );
    expect(exported.source).toEqual(original.source);
    expect(exported.title).toBe(original.title);
  });

  it('writes valid JSON that the schema accepts and that compiles again', () => {
    const text = exportJson(compiled.value);
    const raw: unknown = JSON.parse(text);
    expect(datasetSchema.safeParse(raw).success).toBe(true);
    expect(compileTimeline(raw, SOURCE_TEXT).ok).toBe(true);
  });
});
