import { describe, expect, it } from 'vitest';
import { fullViewUrl } from '../../../src/store/fullViewUrl.ts';

describe('fullViewUrl', () => {
  it('drops embed=1 and keeps theme and data', () => {
    const url = new URL(
      fullViewUrl(
        'https://x.example/t/index.html?embed=1&theme=dark&data=data%2Fa%2Ftimeline.json',
        null,
      ),
    );
    expect(url.pathname).toBe('/t/index.html');
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('data')).toBe('data/a/timeline.json');
    expect(url.searchParams.has('event')).toBe(false);
  });

  it('sets event to the current selection, replacing the one the embed opened with', () => {
    const href = 'https://x.example/t/?embed=1&event=first-event';
    expect(new URL(fullViewUrl(href, 'second-event')).searchParams.get('event')).toBe(
      'second-event',
    );
    expect(new URL(fullViewUrl(href, null)).searchParams.has('event')).toBe(false);
  });

  it('drops the embed’s own parameters and what Pym.js’s parent added', () => {
    const href =
      'https://x.example/t/?embed=1&childId=c&amp=1&plain=1&transparent=1&static=1' +
      '&initialWidth=600&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F&theme=dark';
    expect(fullViewUrl(href, null)).toBe('https://x.example/t/?theme=dark');
  });

  it('drops the hash', () => {
    expect(fullViewUrl('https://x.example/?embed=1#source', null)).toBe('https://x.example/');
  });
});
