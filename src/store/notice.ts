/**
 * A polite message about something the page ignored (a link's parameter, a part that could not
 * load): its English, with `{name}` placeholders, and the values to put there, so the chrome says
 * it in the reader's language (components/browse/Notices.tsx) with the dataset's or the link's
 * words kept as they are. Made while parsing the URL, before any translator exists.
 */

/** A notice: an English message (the catalogs' key) and its placeholders' values. */
export interface Notice {
  message: string;
  values?: Readonly<Record<string, string>>;
}

/**
 * Marks an English message for the catalogs' extraction (tests/unit/i18n/messages.ts finds each
 * call of a function named t with a quoted literal); it is translated where it is shown.
 */
export const t = (english: string): string => english;

/** The notice in English, its placeholders filled in. */
export function noticeText(notice: Notice): string {
  const values = notice.values ?? {};
  return notice.message.replace(/\{(\w+)\}/g, (name, key: string) => values[key] ?? name);
}

/** Whether two notices say the same thing. */
export function sameNotice(a: Notice, b: Notice): boolean {
  return noticeText(a) === noticeText(b) && a.message === b.message;
}
