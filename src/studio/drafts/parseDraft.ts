/** A stored draft read back: checked for the shape the studio writes, else null. */
import { emptyDraft } from '../draft.ts';
import type { Draft } from '../draft.ts';

/** The draft `value` holds, or null when it is not one the studio wrote. */
export function parseDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const draft = value as Partial<Draft>;
  if (draft.version !== 1 || typeof draft.source?.text !== 'string') return null;
  if (!Array.isArray(draft.events) || !Array.isArray(draft.proposals)) return null;
  return { ...emptyDraft(), ...draft, source: { ...emptyDraft().source, ...draft.source } };
}
