/**
 * The app's state: one zustand store per mounted timeline, created by the app shell and passed by
 * context (never at module load), so several embeds on a page never share state. Components
 * select the narrow slice they need; a zoom frame changes only `domain`.
 */
import { sameNotice } from './notice.ts';
import type { Notice } from './notice.ts';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Timeline, TimelineEvent } from '../model/timeline.ts';
import { buildTimeIndex } from '../layout/timeline/timeIndex.ts';
import type { LaneIndex } from '../layout/timeline/timeIndex.ts';
import type { TimeDomain } from '../layout/axis/timeScale.ts';
import { fitView } from '../layout/axis/timeWarp.ts';
import type { TimeWarp } from '../layout/axis/timeWarp.ts';

/** Which mode the app shows. */
export type Mode = 'browse' | 'present';

/** Colour scheme preference. */
export type Theme = 'auto' | 'light' | 'dark';

/** A request to move the view, carried out by the zoom hook (which owns d3-zoom). */
export type ViewCommand =
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'reveal'; id: string }
  | { kind: 'zoomTo'; start: number; end: number };

/** Everything the app's components read. */
export interface SourcelineState {
  timeline: Timeline;
  /** Per-lane time index, built once. */
  index: LaneIndex[];
  /** The domain that shows everything. */
  fit: TimeDomain;
  /** How time is drawn: linear, or with breaks where the events leave long empty stretches. */
  warp: TimeWarp;
  /** The domain currently visible. */
  domain: TimeDomain;
  selectedId: string | null;
  hoveredId: string | null;
  /**
   * The source the article shows (of several): the selected event's first cited one, or the one
   * the reader switched to. '' for a timeline without sources.
   */
  shownSourceId: string;
  mode: Mode;
  embed: boolean;
  theme: Theme;
  /** The latest view request, numbered so a repeated request is still seen. */
  command: { serial: number; command: ViewCommand } | null;
  /** Visible, polite messages (e.g. about URL parameters that were ignored). */
  notices: Notice[];
  /** Text for the polite live region: what just changed. */
  announcement: string;
  actions: SourcelineActions;
}

/** The only ways state changes. */
export interface SourcelineActions {
  /** Selects an event (or nothing) and brings it into view. */
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  /** Shows another of the timeline's sources in the article. */
  showSource: (id: string) => void;
  /** Written by the zoom hook on every zoom frame. */
  setDomain: (domain: TimeDomain) => void;
  requestView: (command: ViewCommand) => void;
  setMode: (mode: Mode) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (notice: Notice) => void;
}

/** Initial choices, usually from the URL. */
export interface StoreOptions {
  selectedId?: string | null;
  mode?: Mode;
  embed?: boolean;
  theme?: Theme;
  notices?: Notice[];
}

/** A store instance. */
export type SourcelineStore = StoreApi<SourcelineState>;

/** Creates the store for one mounted timeline. */
export function createSourcelineStore(
  timeline: Timeline,
  options: StoreOptions = {},
): SourcelineStore {
  const { fit, warp } = fitView(timeline);
  // The map of ids is made on the first look-up, not before the first draw, which it cost 20–30 ms
  // at 100,000 events (in Node); a scan at each look-up would cost about as much every time.
  let byId: Map<string, TimelineEvent> | undefined;
  const eventWithId = (id?: string | null) =>
    id ? (byId ??= new Map(timeline.events.map((event) => [event.id, event]))).get(id) : undefined;
  return createStore<SourcelineState>()((set, get) => {
    let serial = 0;
    // Selecting an event shows the source of its first passage, so its marks are in the article.
    const sourceOf = (event: TimelineEvent | undefined) =>
      event?.citations[0]?.source ?? get().shownSourceId;
    const requestView = (command: ViewCommand) => set({ command: { serial: ++serial, command } });
    return {
      timeline,
      index: buildTimeIndex(timeline),
      fit,
      warp,
      domain: fit,
      selectedId: options.selectedId ?? null,
      hoveredId: null,
      shownSourceId:
        eventWithId(options.selectedId)?.citations[0]?.source ?? timeline.sources[0]?.id ?? '',
      mode: options.mode ?? 'browse',
      embed: options.embed ?? false,
      theme: options.theme ?? 'auto',
      command: null,
      notices: options.notices ?? [],
      announcement: '',
      actions: {
        select: (id) => {
          const event = eventWithId(id);
          if (id !== null && !event) return;
          if (get().selectedId === (event?.id ?? null)) return;
          set({
            selectedId: event?.id ?? null,
            shownSourceId: sourceOf(event),
            announcement: event ? announce(event) : 'Selection cleared',
          });
          if (event) requestView({ kind: 'reveal', id: event.id });
        },
        hover: (id) => {
          if (get().hoveredId !== id) set({ hoveredId: id });
        },
        showSource: (id) => {
          if (timeline.sources.some((source) => source.id === id)) set({ shownSourceId: id });
        },
        setDomain: (domain) => set({ domain }),
        requestView,
        setMode: (mode) => set({ mode }),
        addNotice: (notice) =>
          set({ notices: [...get().notices.filter((n) => !sameNotice(n, notice)), notice] }),
        dismissNotice: (notice) => set({ notices: get().notices.filter((n) => n !== notice) }),
      },
    };
  });
}

function announce(event: TimelineEvent): string {
  return `Selected: ${event.title}, ${event.dateLabel}`;
}
