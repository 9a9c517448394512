/**
 * A timeline compiled event by event (compileChecked.ts, compileEach): each event handed over as
 * soon as it is compiled, in the file's order, and the rest of the timeline with the events' time
 * order at the end. The `?data=` worker sends the events on in parts while it compiles the next
 * (app/loading/workerService.ts); the page puts them in time order (inTimeOrder).
 */
import type { Result } from './problem.ts';
import type { Timeline, TimelineEvent } from './timeline.ts';

/** A timeline compiled event by event (compileEach): all of it but its events, and their order. */
export interface CompiledEach {
  rest: Omit<Timeline, 'events'>;
  /** The events in time order, as indices into the order they were handed over in. */
  order: Uint32Array;
}

/** The timeline a compileEach gave, from the events it handed over; or its failure. */
export function inTimeOrder<Failure extends { ok: false }>(
  compiled: { ok: true; value: CompiledEach } | Failure,
  taken: readonly TimelineEvent[],
): { ok: true; value: Timeline } | Failure {
  return compiled.ok ? { ok: true, value: timelineOf(compiled.value, taken) } : compiled;
}

/** The whole timeline of a compileEach, from the events it handed over. */
export function timelineOf(
  { rest, order }: CompiledEach,
  taken: readonly TimelineEvent[],
): Timeline {
  return withEvents(
    rest,
    Array.from(order, (i) => taken[i] as TimelineEvent),
  );
}

/** A whole compiled timeline as compileEach gives one: its events handed over, in time order. */
export function handOver(
  compiled: Result<Timeline>,
  take: (event: TimelineEvent) => void,
): Result<CompiledEach> {
  if (!compiled.ok) return compiled;
  const { events, ...rest } = compiled.value;
  events.forEach((event) => take(event));
  return { ok: true, value: { rest, order: Uint32Array.from(events, (_event, i) => i) } };
}

/** The timeline of `rest` and `events`, its keys in the order a compiled timeline has them. */
function withEvents(rest: Omit<Timeline, 'events'>, events: TimelineEvent[]): Timeline {
  const { title, lanes, eras, sources, ...optional } = rest;
  return { title, lanes, eras, events, sources, ...optional };
}
