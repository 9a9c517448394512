import { describe, expect, it } from 'vitest';
import {
  embedFrameUrl,
  embedScriptUrl,
  embedSnippet,
  escapeAttribute,
  fallbackUrl,
  isWebAddress,
} from '../../../src/store/embedSnippet.ts';
import type { EmbedSnippetOptions } from '../../../src/store/embedSnippet.ts';

const base: EmbedSnippetOptions = {
  pageHref: 'https://news.example/graphics/icc/index.html?event=old&mode=present#source',
  title: 'The ICC and the warrant',
  eventId: null,
  theme: 'auto',
  data: null,
};

/** The attribute values of the snippet's tags, read back by a real HTML parser. */
function parse(snippet: string) {
  const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  const frame = doc.querySelector('iframe');
  const script = doc.querySelector('script');
  const fallback = doc.querySelector('p[data-sourceline-fallback]');
  if (!frame || !script || !fallback) throw new Error(`snippet did not parse: ${snippet}`);
  return { doc, frame, script, fallback };
}

describe('escapeAttribute', () => {
  it('escapes everything that could end or bend an attribute value', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    expect(escapeAttribute('Putin — 17 März')).toBe('Putin — 17 März');
  });
});

describe('embedFrameUrl', () => {
  it('keeps the page, drops its query and hash, and adds embed=1', () => {
    expect(embedFrameUrl(base)).toBe('https://news.example/graphics/icc/index.html?embed=1');
  });

  it('adds the starting event, a non-default theme and the dataset', () => {
    const url = new URL(
      embedFrameUrl({
        ...base,
        eventId: 'icc-warrant-putin',
        theme: 'dark',
        data: 'https://news.example/graphics/icc/data/other/timeline.json',
      }),
    );
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('event')).toBe('icc-warrant-putin');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('data')).toBe(
      'https://news.example/graphics/icc/data/other/timeline.json',
    );
    expect(url.searchParams.has('mode')).toBe(false);
  });

  it('adds the render flags that are on, as =1', () => {
    const url = new URL(
      embedFrameUrl({ ...base, flags: { plain: true, transparent: false, static: true } }),
    );
    expect(url.search).toBe('?embed=1&plain=1&static=1');
  });

  it('leaves out theme=auto, the default', () => {
    expect(new URL(embedFrameUrl({ ...base, theme: 'auto' })).searchParams.has('theme')).toBe(
      false,
    );
  });

  it('carries the language the page was asked for, and none without one', () => {
    expect(new URL(embedFrameUrl({ ...base, lang: 'uk' })).searchParams.get('lang')).toBe('uk');
    expect(new URL(fallbackUrl({ ...base, lang: 'uk' })).searchParams.get('lang')).toBe('uk');
    expect(new URL(embedFrameUrl({ ...base, lang: null })).searchParams.has('lang')).toBe(false);
    expect(new URL(embedFrameUrl(base)).searchParams.has('lang')).toBe(false);
  });

  it('names the frame in the page’s language when given, else in English', () => {
    const named = parse(embedSnippet({ ...base, frameTitle: 'Хронологія' }));
    expect(named.frame.getAttribute('title')).toBe('Хронологія');
    expect(parse(embedSnippet(base)).frame.getAttribute('title')).toBe(
      'The ICC and the warrant — interactive timeline',
    );
  });
});

describe('embedScriptUrl', () => {
  it('is embed.js beside the app page, for a page or a folder URL', () => {
    expect(embedScriptUrl(base.pageHref)).toBe('https://news.example/graphics/icc/embed.js');
    expect(embedScriptUrl('https://news.example/graphics/icc/?x=1')).toBe(
      'https://news.example/graphics/icc/embed.js',
    );
  });
});

describe('embedSnippet', () => {
  it('is an iframe marked data-sourceline and the embed.js script tag', () => {
    const snippet = embedSnippet({ ...base, eventId: 'icc-warrant-putin', theme: 'light' });
    const { doc, frame, script } = parse(snippet);
    expect(frame.hasAttribute('data-sourceline')).toBe(true);
    expect(frame.getAttribute('src')).toBe(
      'https://news.example/graphics/icc/index.html?embed=1&event=icc-warrant-putin&theme=light',
    );
    expect(frame.getAttribute('title')).toBe('The ICC and the warrant — interactive timeline');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('style')).toContain('height:480px');
    expect(script.getAttribute('src')).toBe('https://news.example/graphics/icc/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
    expect(doc.body.children).toHaveLength(3);
  });

  it('follows the frame with a fallback line: a link to the full view, readable without script', () => {
    const snippet = embedSnippet({ ...base, eventId: 'icc-warrant-putin', theme: 'dark' });
    const { frame, fallback } = parse(snippet);
    expect(frame.nextElementSibling).toBe(fallback);
    const link = fallback.querySelector('a');
    expect(link?.textContent).toBe('The ICC and the warrant');
    expect(fallback.textContent).toContain('interactive timeline');
    expect(link?.getAttribute('href')).toBe(
      'https://news.example/graphics/icc/index.html?theme=dark&event=icc-warrant-putin',
    );
    // Inside <noscript>, where a host without script would put it, it is the same markup.
    const doc = new DOMParser().parseFromString(
      `<body><noscript>${snippet}</noscript></body>`,
      'text/html',
    );
    expect(doc.querySelector('noscript')?.textContent).toContain('The ICC and the warrant');
  });

  it('writes & in the URL as &amp;, as HTML requires', () => {
    const snippet = embedSnippet({ ...base, eventId: 'icc-warrant-putin' });
    expect(snippet).toContain('?embed=1&amp;event=icc-warrant-putin');
  });

  it('keeps a hostile title inside its attribute', () => {
    const title = `"><script>alert(1)</script><iframe src='x' onload="y`;
    const { doc, frame } = parse(embedSnippet({ ...base, title }));
    expect(frame.getAttribute('title')).toBe(`${title} — interactive timeline`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('[onload]')).toBeNull();
    expect(doc.querySelector('[data-sourceline-fallback] a')?.textContent).toBe(title);
  });

  it('for a standalone file: no script, which it has not beside it, and a fixed height', () => {
    const snippet = embedSnippet({ ...base, standalone: true });
    const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('iframe')?.getAttribute('style')).toContain('height:760px');
    expect(doc.querySelector('[data-sourceline-fallback] a')).not.toBeNull();
  });

  it('keeps a hostile page address inside its attribute', () => {
    const pageHref = `https://news.example/a"b'c<d>/index.html`;
    const { doc, frame, script } = parse(embedSnippet({ ...base, pageHref }));
    expect(new URL(frame.getAttribute('src') ?? '').pathname).toBe(new URL(pageHref).pathname);
    expect(new URL(script.getAttribute('src') ?? '').hostname).toBe('news.example');
    expect(doc.body.children).toHaveLength(3);
  });
});

describe('fallbackUrl', () => {
  it('is the full view of the same timeline, without embed or render flags', () => {
    const url = fallbackUrl({
      ...base,
      data: 'https://news.example/graphics/icc/data/b/timeline.json',
      flags: { plain: true, transparent: true, static: true },
    });
    expect(url).toBe(
      'https://news.example/graphics/icc/index.html?data=https%3A%2F%2Fnews.example%2Fgraphics%2Ficc%2Fdata%2Fb%2Ftimeline.json',
    );
  });
});

describe('isWebAddress', () => {
  it('is true for http and https, false for a file opened from disk', () => {
    expect(isWebAddress('https://a.example/')).toBe(true);
    expect(isWebAddress('http://127.0.0.1:4173/index.html')).toBe(true);
    expect(isWebAddress('file:///home/me/sourceline.html')).toBe(false);
  });
});
