/**
 * URL parameters (docs/interfaces.md; their names in urlParamNames.ts), parsed once at the edge
 * into strict values. Anything unknown,
 * malformed or hostile falls back to the default; `event` and `data` problems become polite
 * notices. Values only ever reach the page as text.
 */
import { t } from './notice.ts';
import type { Notice } from './notice.ts';
import type { Mode, Theme } from './createSourcelineStore.ts';
import type { HostProtocols } from './resizeMessage.ts';
import { PARAM } from './urlParamNames.ts';
import { LOCALES } from '../model/locale.ts';
import type { Locale } from '../model/locale.ts';

/** The app's parsed URL parameters. */
export interface UrlParams {
  event: string | null;
  mode: Mode;
  embed: boolean;
  /** Absolute URL of a dataset to load instead of the built-in one. */
  data: string | null;
  theme: Theme;
  /** The language asked for; absent for `auto`, which follows the browser (model/locale.ts). */
  lang?: Locale;
  /** With `embed=1`: the host protocols to speak besides our own; otherwise none. */
  host: HostProtocols;
  /** Messages about values that were ignored. */
  notices: Notice[];
}

/** An embed that speaks only its own message: the default. (Render flags: renderFlags.ts.) */
export const NO_PROTOCOLS: HostProtocols = { childId: null, amp: false };

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_EVENT_LENGTH = 120;
const MAX_DATA_LENGTH = 2048;
const MAX_SEARCH_LENGTH = 20_000;
// Pym.js builds a regular expression from the id and splits its messages on `xPYMx`: keep to the
// characters of an ordinary element id.
const CHILD_ID = /^[\w.:-]{1,100}$/;

/** Parses `location.search` against the page URL `base`. */
export function parseUrlParams(search: string, base: string): UrlParams {
  const notices: Notice[] = [];
  const tooLong = search.length > MAX_SEARCH_LENGTH;
  if (tooLong)
    notices.push({
      message: t(
        'This link’s address is too long to read, so the timeline opens as it does by default.',
      ),
    });
  const params = new URLSearchParams(tooLong ? '' : search);
  const event = parseEvent(params.get(PARAM.event), notices);
  const data = parseData(params.get(PARAM.data), base, notices);
  const embed = params.get(PARAM.embed) === '1';
  const lang = parseLang(params.get(PARAM.lang), notices);
  return {
    event,
    mode: params.get(PARAM.mode) === 'present' ? 'present' : 'browse',
    embed,
    data,
    theme: oneOf(params.get(PARAM.theme), ['light', 'dark'] as const) ?? 'auto',
    host: embed ? parseProtocols(params) : NO_PROTOCOLS,
    ...(lang && { lang }),
    notices,
  };
}

/** The host protocols: machine-made or switches, so a bad value is silently off. */
function parseProtocols(params: URLSearchParams): HostProtocols {
  const childId = params.get(PARAM.childId);
  return {
    childId: childId !== null && CHILD_ID.test(childId) ? childId : null,
    amp: params.get(PARAM.amp) === '1',
  };
}

function parseEvent(value: string | null, notices: Notice[]): string | null {
  if (value === null || value === '') return null;
  if (value.length <= MAX_EVENT_LENGTH && EVENT_ID.test(value)) return value;
  notices.push({
    message: t('The link names an event that is not valid (“{value}”), so no event is selected.'),
    values: { value: clip(value) },
  });
  return null;
}

function parseLang(value: string | null, notices: Notice[]): Locale | null {
  if (value === null || value === '' || value === 'auto') return null;
  const lang = oneOf(value, LOCALES);
  if (!lang)
    notices.push({
      message: t(
        'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.',
      ),
      values: { value: clip(value) },
    });
  return lang;
}

function parseData(value: string | null, base: string, notices: Notice[]): string | null {
  if (value === null || value === '') return null;
  let url: URL;
  try {
    if (value.length > MAX_DATA_LENGTH) throw new Error('too long');
    url = new URL(value, base);
  } catch {
    notices.push({
      message: t(
        'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.',
      ),
      values: { value: clip(value) },
    });
    return null;
  }
  const page = new URL(base);
  const sameOrigin =
    url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:');
  if (!sameOrigin) {
    notices.push({
      message: t(
        'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.',
      ),
      values: { value: clip(value) },
    });
    return null;
  }
  return url.href;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** Shortens a hostile or huge value for display (it is shown as text, never markup). */
function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
