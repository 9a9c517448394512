/**
 * The names of the page's URL parameters (docs/interfaces.md), in one place for everything that
 * reads or writes them: the parser, the URL sync, the links and snippets the app makes, and the
 * citation. Here in model/, the lowest layer, because the citation needs them too.
 */
export const PARAM = {
  event: 'event',
  mode: 'mode',
  embed: 'embed',
  data: 'data',
  theme: 'theme',
  lang: 'lang',
} as const;

/** The parameters that record a reader's view, not which timeline: a citation drops them. */
export const VIEW_PARAMS: readonly string[] = [
  PARAM.event,
  PARAM.mode,
  PARAM.embed,
  PARAM.theme,
  PARAM.lang,
];
