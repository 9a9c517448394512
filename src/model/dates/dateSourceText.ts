/** Plain words for where an event's date comes from. */
import type { DateSource } from '../schema.ts';

/** "stated in the article", "inferred: …", "from the public record: …". */
export function dateSourceText(source: DateSource): { short: string; detail: string | null } {
  switch (source.kind) {
    case 'article':
      return { short: 'stated in the article', detail: null };
    case 'inferred':
      return { short: 'inferred from the article', detail: source.basis };
    case 'record':
      return { short: 'from the public record', detail: source.record };
  }
}
