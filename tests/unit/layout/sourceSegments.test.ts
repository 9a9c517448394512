import { describe, expect, it } from 'vitest';
import { sourceSegments } from '../../../src/layout/sourceSegments.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

describe('sourceSegments on the ICC article', () => {
  const timeline = iccTimeline();
  const [source] = timeline.sources;
  if (!source) throw new Error('the ICC timeline has its source');
  const { text } = source;
  const paragraphs = sourceSegments(timeline, source);

  it('keeps every character of every paragraph, in order, word for word', () => {
    const rebuilt = paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    const expected = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    expect(rebuilt).toEqual(expected);
  });

  it('covers each citation with runs that name its event', () => {
    for (const event of timeline.events) {
      for (const citation of event.citations) {
        const runs = paragraphs
          .flatMap((p) => p.runs)
          .filter((r) => r.start < citation.end && r.end > citation.start);
        expect(runs.length).toBeGreaterThan(0);
        for (const run of runs) expect(run.eventIds).toContain(event.id);
        expect(runs.map((r) => r.text).join('')).toBe(text.slice(citation.start, citation.end));
      }
    }
  });

  it('lists every event citing a shared passage, earliest first', () => {
    const shared = paragraphs
      .flatMap((p) => p.runs)
      .find((r) => r.text.includes('enacted laws in 1999 and 2002'));
    expect(shared?.eventIds).toEqual([
      'congress-limits-support-1999',
      'american-service-members-protection-act',
    ]);
  });

  it('recognises the bylines, the one with a no-break space included', () => {
    const bylines = paragraphs
      .filter((p) => p.isByline)
      .map((p) => p.runs.map((r) => r.text).join(''));
    expect(bylines).toContain('By guest\u00a0 author Charly Savage from the New York Times.');
    expect(bylines).toHaveLength(4);
  });
});
