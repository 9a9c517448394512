import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../src/store/notice.ts';
import { createSourcelineStore } from '../../../src/store/createSourcelineStore.ts';
import { NO_PROTOCOLS, parseUrlParams } from '../../../src/store/urlParams.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';
import { saysState, searchFor, syncUrl } from '../../../src/store/syncUrl.ts';

const BASE = 'https://example.org/timeline/index.html';

describe('parseUrlParams', () => {
  it('reads every documented parameter', () => {
    const params = parseUrlParams(
      '?event=icc-warrant-putin&mode=present&embed=1&theme=dark&data=data/x/timeline.json',
      BASE,
    );
    expect(params).toEqual({
      event: 'icc-warrant-putin',
      mode: 'present',
      embed: true,
      data: 'https://example.org/timeline/data/x/timeline.json',
      theme: 'dark',
      host: { childId: null, amp: false },
      notices: [],
    });
  });

  it('reads the embed’s host protocols, with embed=1 only', () => {
    const search = '?embed=1&childId=timeline-2&amp=1';
    expect(parseUrlParams(search, BASE).host).toEqual({ childId: 'timeline-2', amp: true });
    expect(parseUrlParams(search.replace('embed=1', 'embed=0'), BASE).host).toEqual(NO_PROTOCOLS);
  });

  it.each([
    ['childId', 'a xPYMx b'],
    ['childId', '(.*)'],
    ['childId', ''],
    ['childId', 'x'.repeat(101)],
    ['amp', 'true'],
    ['amp', '0'],
  ])('turns %s=%s off silently', (name, value) => {
    const params = parseUrlParams(`?embed=1&${name}=${encodeURIComponent(value)}`, BASE);
    expect(params.host).toEqual(NO_PROTOCOLS);
    expect(params.notices).toEqual([]);
  });

  it('refuses a hostile event id with a polite notice that quotes it as text', () => {
    const params = parseUrlParams(
      `?event=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      BASE,
    );
    expect(params.event).toBeNull();
    expect(params.notices).toHaveLength(1);
    expect(noticeText(params.notices[0]!)).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['javascript:alert(1)', 'elsewhere'],
    ['https://evil.example/data.json', 'elsewhere'],
    ['data:application/json,{}', 'elsewhere'],
    ['http://[::1', 'not a valid URL'],
  ])('refuses the dataset address %s', (value, words) => {
    const params = parseUrlParams(`?data=${encodeURIComponent(value)}`, BASE);
    expect(params.data).toBeNull();
    expect(params.notices.map(noticeText).join(' ')).toContain(words);
  });

  it('clips a huge value in its notice', () => {
    const params = parseUrlParams(`?event=${'A'.repeat(100_000)}`, BASE);
    expect(params.event).toBeNull();
    expect(noticeText(params.notices[0]!).length).toBeLessThan(300);
  });
});

describe('searchFor', () => {
  it('sets and clears event and mode, keeping other parameters', () => {
    expect(searchFor('?theme=dark', 'a-b', 'browse')).toBe('?theme=dark&event=a-b');
    expect(searchFor('?theme=dark&event=a-b&mode=present', null, 'browse')).toBe('?theme=dark');
    expect(searchFor('', 'x', 'present')).toBe('?event=x&mode=present');
  });

  it('keeps the other parameters exactly as written', () => {
    expect(searchFor('?data=data/icc/timeline.json&theme=dark', 'a', 'browse')).toBe(
      '?data=data/icc/timeline.json&theme=dark&event=a',
    );
    expect(searchFor('?data=a%20b.json&event=old&x', null, 'browse')).toBe('?data=a%20b.json&x');
    expect(searchFor('?%65vent=old&mode=present&embed=1', 'new', 'browse')).toBe(
      '?embed=1&event=new',
    );
  });
});

describe('saysState', () => {
  it('is true only when event and mode are already what the state says', () => {
    expect(saysState('?data=data/x.json', null, 'browse')).toBe(true);
    expect(saysState('?event=a&mode=present', 'a', 'present')).toBe(true);
    expect(saysState('?event=a', 'b', 'browse')).toBe(false);
    expect(saysState('?event=a', null, 'browse')).toBe(false);
    expect(saysState('?mode=present', null, 'browse')).toBe(false);
    expect(saysState('?event=a&event=a', 'a', 'browse')).toBe(false);
  });
});

describe('syncUrl', () => {
  /** A window whose address bar is `search`, recording each replaceState. */
  function fakeWindow(search: string) {
    const writes: string[] = [];
    const location = { pathname: '/app/', search, hash: '#source' };
    const history = {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        writes.push(url);
        location.search = url.slice(location.pathname.length).split('#')[0] ?? '';
      },
    };
    return { win: { location, history } as unknown as Window, writes };
  }

  it('writes nothing while the address already says the state, then only what changed', () => {
    const store = createSourcelineStore(iccTimeline());
    const { win, writes } = fakeWindow('?data=data/icc/timeline.json');
    const stop = syncUrl(store, win);
    expect(writes).toEqual([]);
    store.getState().actions.select('icc-warrant-putin');
    expect(writes).toEqual(['/app/?data=data/icc/timeline.json&event=icc-warrant-putin#source']);
    stop();
  });
});
