/**
 * Checks a parsed dataset against the schema (schema.ts), its events in batches so that a long
 * check can say how far it has come. The result is exactly `datasetSchema`'s: the envelope is
 * checked with the same rules, each event by the hand-written fast path (fastEvent.ts) or, where
 * that is not sure, by `eventSchema`, and on any problem the whole dataset is checked once more in
 * one call, so every located message is the one it always was.
 */
import type { core } from 'zod';
import { fastEvent } from './fastEvent.ts';
import { datasetEnvelopeSchema, datasetSchema, eventSchema } from './schema.ts';
import type { DatasetFile, EventRecord } from './schema.ts';

/** Events checked per batch: small enough for steady progress, large enough to cost nothing. */
export const BATCH = 2_000;

/** The checked dataset, or zod's issues (paths into the raw value). */
export type Validated =
  { ok: true; data: DatasetFile } | { ok: false; issues: readonly core.$ZodIssue[] };

/** Checks `raw`, calling `onChecked(events checked so far, events)` after each batch. */
export function validateDataset(
  raw: unknown,
  onChecked?: (done: number, total: number) => void,
): Validated {
  const envelope = datasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return whole(raw);
  const items = envelope.data.events;
  const events: EventRecord[] = [];
  for (let at = 0; at < items.length; at += BATCH) {
    const end = Math.min(at + BATCH, items.length);
    for (let i = at; i < end; i++) {
      const event = fastEvent(items[i]) ?? eventSchema.safeParse(items[i]).data;
      if (!event) return whole(raw);
      events.push(event);
    }
    onChecked?.(end, items.length);
  }
  return { ok: true, data: { ...envelope.data, events } };
}

/** The one-call check, for its issues: identical to what the dataset always got. */
function whole(raw: unknown): Validated {
  const parsed = datasetSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}
