// The limits of a ?data= download hold whatever the server does: answers from another origin
// after a redirect are refused, bytes are counted as they stream (with or without
// Content-Length), a stalled download is given up, a new choice cancels the old one, and bytes
// are decoded by BOM or charset; empty bodies and web pages are named for what they are.
import { describe, expect, it } from 'vitest';
import { DECODE_AS_IT_ARRIVES, fetchText } from '../../../src/app/fetchText.ts';
import type { Fetch } from '../../../src/app/fetchText.ts';
import { loadTimeline } from '../../../src/app/loadTimeline.ts';
import { NOT_A_DATASET } from '../../../src/formats/detectFormat.ts';
import { TINY_SOURCE, tinyDataset } from '../model/fixtures.ts';

const PAGE = 'https://site.test';
const DATA = `${PAGE}/d/timeline.json`;

/** A Response as a browser gives it after following redirects to `finalUrl`. */
function answeredFrom(finalUrl: string, body: BodyInit | null, init?: ResponseInit): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: finalUrl });
  Object.defineProperty(response, 'redirected', { value: finalUrl !== '' });
  return response;
}

/** A body of `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  const pulled = { count: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) controller.close();
      else {
        pulled.count++;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      }
    },
  });
  return { stream, pulled };
}

const never = () => new Promise<Response>(() => undefined);

function messageOf(result: { ok: boolean; problems?: { where: string; message: string }[] }) {
  return result.ok ? 'ok' : (result.problems ?? []).map((p) => `${p.where}: ${p.message}`).join();
}

describe('redirects', () => {
  it('refuses a dataset whose address redirected to another origin, saying so', async () => {
    const fetchFn: Fetch = () =>
      Promise.resolve(answeredFrom('https://evil.test/x.json', JSON.stringify(tinyDataset())));
    const result = await loadTimeline(DATA, fetchFn);
    expect(result.ok).toBe(false);
    expect(messageOf(result)).toBe(
      'timeline.json: was not read: the address redirected to another site (https://evil.test), and timelines are loaded only from this site',
    );
  });

  it('refuses a source file that redirected to another origin', async () => {
    const fetchFn: Fetch = (url) =>
      Promise.resolve(
        url.endsWith('.json')
          ? answeredFrom(url, JSON.stringify(tinyDataset()))
          : answeredFrom('https://evil.test/tiny.txt', TINY_SOURCE),
      );
    const result = await loadTimeline(DATA, fetchFn);
    expect(messageOf(result)).toMatch(/^tiny\.txt: was not read: the address redirected/);
  });

  it('follows a redirect on the same origin, and finds the source beside the final address', async () => {
    const asked: string[] = [];
    const fetchFn: Fetch = (url) => {
      asked.push(url);
      return Promise.resolve(
        url === DATA
          ? answeredFrom(`${PAGE}/moved/timeline.json`, JSON.stringify(tinyDataset()))
          : answeredFrom(url, TINY_SOURCE),
      );
    };
    const result = await loadTimeline(DATA, fetchFn);
    expect(result.ok).toBe(true);
    expect(asked).toEqual([DATA, `${PAGE}/moved/tiny.txt`]);
  });
});

describe('the size limit', () => {
  it('counts bytes as they stream, without Content-Length, and stops at the limit', async () => {
    const { stream, pulled } = streamed(1_000, 1_000);
    const fetchFn: Fetch = () => Promise.resolve(answeredFrom(DATA, stream));
    const result = await fetchText(DATA, { fetchFn, maxBytes: 10_000 });
    expect(messageOf(result)).toBe('timeline.json: is too large (the limit is 10000 bytes)');
    // It stopped reading just past the limit rather than reading the whole body.
    expect(pulled.count).toBeLessThanOrEqual(12);
  });

  it('refuses at once a body whose Content-Length is over the limit', async () => {
    const { stream, pulled } = streamed(10, 10);
    const fetchFn: Fetch = () =>
      Promise.resolve(answeredFrom(DATA, stream, { headers: { 'Content-Length': '999999' } }));
    const result = await fetchText(DATA, { fetchFn, maxBytes: 1_000 });
    expect(messageOf(result)).toMatch(/is too large/);
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('decodes a large declared body as it arrives, a character cut between pieces kept whole', async () => {
    const text = `"${'€'.repeat(DECODE_AS_IT_ARRIVES / 3)}"`;
    const bytes = new TextEncoder().encode(text);
    let reads = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Pieces of 1,000 bytes: most cut a three-byte character in two.
        for (let at = 0; at < bytes.length; at += 1_000)
          controller.enqueue(bytes.subarray(at, at + 1_000));
        controller.close();
      },
    });
    const answer = answeredFrom(DATA, stream, {
      headers: { 'Content-Length': String(bytes.length) },
    });
    const read = answer.arrayBuffer.bind(answer);
    answer.arrayBuffer = () => {
      reads++;
      return read();
    };
    const result = await fetchText(DATA, { fetchFn: () => Promise.resolve(answer) });
    expect(bytes.length).toBeGreaterThan(DECODE_AS_IT_ARRIVES);
    expect(result.ok && result.value.text).toBe(text);
    // Read piece by piece, not whole.
    expect(reads).toBe(0);
  });

  it('stops a large body at the limit even where its declared length was smaller', async () => {
    const { stream, pulled } = streamed(100, DECODE_AS_IT_ARRIVES / 10);
    const fetchFn: Fetch = () =>
      Promise.resolve(
        answeredFrom(DATA, stream, { headers: { 'Content-Length': String(DECODE_AS_IT_ARRIVES) } }),
      );
    const result = await fetchText(DATA, { fetchFn, maxBytes: 2 * DECODE_AS_IT_ARRIVES });
    expect(messageOf(result)).toMatch(/is too large/);
    expect(pulled.count).toBeLessThanOrEqual(23);
  });

  it('reads a body at the limit whole', async () => {
    const { stream } = streamed(10, 100);
    const fetchFn: Fetch = () => Promise.resolve(answeredFrom(DATA, stream));
    const result = await fetchText(DATA, { fetchFn, maxBytes: 1_000 });
    expect(result.ok && result.value.text.length).toBe(1_000);
  });
});

describe('stalls and cancelling', () => {
  it('gives up an answer that never comes, with a message saying to try again', async () => {
    const result = await loadTimeline(DATA, never, { stallMs: 5 });
    expect(result).toMatchObject({ ok: false, unloaded: true });
    expect(messageOf(result)).toMatch(/stopped arriving: nothing came for .* seconds.*try again/);
  });

  it('gives up a body that stops arriving half-way', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title": '));
      },
    });
    const fetchFn: Fetch = () => Promise.resolve(answeredFrom(DATA, stream));
    const result = await loadTimeline(DATA, fetchFn, { stallMs: 5 });
    expect(result).toMatchObject({ ok: false, unloaded: true });
    expect(messageOf(result)).toMatch(/stopped arriving/);
  });

  it('cancels the download when its signal aborts, and aborts the fetch', async () => {
    const signals: AbortSignal[] = [];
    const fetchFn: Fetch = (_url, init) => {
      if (init?.signal) signals.push(init.signal);
      return never();
    };
    const choice = new AbortController();
    const loading = loadTimeline(DATA, fetchFn, { signal: choice.signal });
    choice.abort();
    const result = await loading;
    expect(result).toMatchObject({ ok: false, unloaded: true });
    expect(messageOf(result)).toMatch(/another timeline was chosen/);
    expect(signals.map((s) => s.aborted)).toEqual([true]);
  });

  it('says when the network fails, as something to try again', async () => {
    const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadTimeline(DATA, offline)).toMatchObject({ ok: false, unloaded: true });
  });
});

describe('decoding and odd files', () => {
  const serving =
    (body: BodyInit, type = 'application/json'): Fetch =>
    (url) =>
      Promise.resolve(
        answeredFrom(url, url.endsWith('.txt') ? TINY_SOURCE : body, {
          headers: { 'Content-Type': type },
        }),
      );

  it('loads a UTF-16 dataset with a byte order mark', async () => {
    const text = `\uFEFF${JSON.stringify(tinyDataset())}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const result = await loadTimeline(DATA, serving(bytes));
    expect(result.ok && result.value.title).toBe('Tiny');
  });

  it('loads a dataset in a declared charset, and JSON after a thousand blank characters', async () => {
    const tiny = tinyDataset();
    tiny.title = 'Café';
    const latin1 = Uint8Array.from(JSON.stringify(tiny), (c) => c.charCodeAt(0));
    const declared = await loadTimeline(
      DATA,
      serving(latin1, 'application/json; charset=iso-8859-1'),
    );
    expect(declared.ok && declared.value.title).toBe('Café');
    const padded = await loadTimeline(
      DATA,
      serving(`${' \n'.repeat(1000)}${JSON.stringify(tiny)}`),
    );
    expect(padded.ok).toBe(true);
  });

  it.each([
    ['an empty body', '', 'application/json', NOT_A_DATASET.empty],
    ['a blank body', '\n'.repeat(2000), 'application/json', NOT_A_DATASET.blank],
    ['a web page', '<!doctype html><title>Home</title>', 'text/html', NOT_A_DATASET.webPage],
    [
      'a page served as JSON',
      '\n<html><body>Not found</body></html>',
      'application/json',
      NOT_A_DATASET.webPage,
    ],
    ['plain words', 'Nothing here', 'text/plain', NOT_A_DATASET.unknown],
  ])(
    'names %s for what it is, not as a CSV with a bad header',
    async (_name, body, type, reason) => {
      const result = await loadTimeline(DATA, serving(body, type));
      expect(messageOf(result)).toBe(`timeline.json: ${reason}`);
    },
  );

  it('loads a UTF-16 CSV sheet with a byte order mark', async () => {
    const csv = '\uFEFFYear,Headline\n2000,Only\n';
    const bytes = new Uint8Array(csv.length * 2);
    for (let i = 0; i < csv.length; i++) {
      bytes[2 * i + 1] = csv.charCodeAt(i) & 0xff;
      bytes[2 * i] = csv.charCodeAt(i) >> 8;
    }
    const result = await loadTimeline(`${PAGE}/sheet.csv`, serving(bytes, 'text/csv'));
    expect(result.ok && result.value.events.map((e) => e.title)).toEqual(['Only']);
  });
});
