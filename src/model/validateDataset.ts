/**
 * Checks a parsed dataset against the schema (schema.ts), its events in batches so that a long
 * check can say how far it has come. The result is exactly `datasetSchema`'s. First the
 * hand-written fast path (fastDataset.ts) tries the whole file; where it is not sure, the envelope
 * is checked by zod with the same rules, each event by fastEvent.ts or, where that is not sure, by
 * `eventSchema`, and on any problem the whole dataset is checked once more in one call, so every
 * located message is the one it always was.
 */
import type { core } from 'zod';
import { BATCH, fastDataset } from './fastDataset.ts';
import { fastEvent } from './fastEvent.ts';
import { datasetEnvelopeSchema, datasetSchema, eventSchema } from './schema.ts';
import type { DatasetFile, EventRecord } from './schema.ts';

/** The checked dataset, or zod's issues (paths into the raw value). */
export type Validated =
  { ok: true; data: DatasetFile } | { ok: false; issues: readonly core.$ZodIssue[] };

/** Checks `raw`, calling `onChecked(events checked so far, events)` after each batch. */
export function validateDataset(
  raw: unknown,
  onChecked?: (done: number, total: number) => void,
): Validated {
  // The fast path may have reported batches before it gave up: those are not reported twice.
  let reported = 0;
  const report = (done: number, total: number) => {
    if (done > reported) onChecked?.(done, total);
    reported = Math.max(reported, done);
  };
  const fast = fastDataset(raw, report);
  if (fast) return { ok: true, data: fast };
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
    report(end, items.length);
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
