/**
 * The benchmark's report: a summary of the runs (median and range per dataset), checked against
 * the performance targets (docs/performance.md), and the Markdown tables written into docs/performance.md.
 */
import type { InitialDownload } from './initialDownload.ts';
import type { RunResult } from './measurePage.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

/** The machine the benchmark ran on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  os: string;
  chromium: string;
  node: string;
  date: string;
}

/** All runs of one dataset. */
export interface DatasetRuns {
  name: string;
  events: number;
  runs: RunResult[];
}

/** One dataset's summary: every measure as a median with its range over the runs. */
export interface DatasetSummary {
  name: string;
  events: number;
  runs: number;
  firstDrawMs: Spread;
  firstDrawSinceNavigationMs: Spread;
  compileMs: Spread;
  heapMB: Spread;
  heapAfterInteractionMB: Spread;
  domNodesFit: Spread;
  domNodesZoomed: Spread;
  zoomP95Ms: Spread;
  zoomMedianMs: Spread;
  zoomLongFrames: Spread;
  panP95Ms: Spread;
  panMedianMs: Spread;
  panLongFrames: Spread;
}

/** The performance targets for a dataset of this size (null where it sets none). */
export function targetsFor(events: number) {
  if (events <= 20) return { firstDrawMs: 50, frameP95Ms: 1000 / 60, domNodes: null };
  if (events <= 10_000) return { firstDrawMs: 300, frameP95Ms: 1000 / 60, domNodes: 3000 };
  return { firstDrawMs: 1500, frameP95Ms: 1000 / 30, domNodes: 3000 };
}

/** The download budget of the default page (JS + CSS, gzipped). */
export const DOWNLOAD_TARGET_BYTES = 90 * 1024;

/** Summarises each dataset's runs. */
export function summarise(datasets: readonly DatasetRuns[]): DatasetSummary[] {
  return datasets.map(({ name, events, runs }) => {
    const of = (pick: (run: RunResult) => number) => spread(runs.map(pick));
    return {
      name,
      events,
      runs: runs.length,
      firstDrawMs: of((r) => r.firstDrawMs),
      firstDrawSinceNavigationMs: of((r) => r.firstDrawSinceNavigationMs),
      compileMs: of((r) => r.compileMs),
      heapMB: of((r) => r.heapMB),
      heapAfterInteractionMB: of((r) => r.heapAfterInteractionMB),
      domNodesFit: of((r) => r.domNodesFit),
      domNodesZoomed: of((r) => r.domNodesZoomed),
      zoomP95Ms: of((r) => r.zoom.p95Ms),
      zoomMedianMs: of((r) => r.zoom.medianMs),
      zoomLongFrames: of((r) => r.zoom.longFrames),
      panP95Ms: of((r) => r.pan.p95Ms),
      panMedianMs: of((r) => r.pan.medianMs),
      panLongFrames: of((r) => r.pan.longFrames),
    };
  });
}

function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "123 (110–140)": the median, then the range, when there is one. */
function cell({ median, min, max }: Spread, digits = 0): string {
  const [m, low, high] = [fmt(median, digits), fmt(min, digits), fmt(max, digits)];
  return low === high ? m : `${m} (${low}–${high})`;
}

function verdict(ok: boolean): string {
  return ok ? '✅' : '❌';
}

/** The results table, one row per dataset, with each target met or missed. */
export function resultsTable(summaries: readonly DatasetSummary[]): string {
  const header = [
    '| events | runs | first draw after parse, ms | zoom frames p95, ms | pan frames p95, ms | long frames zoom / pan | DOM nodes fit / zoomed | heap after GC, MB | compile, ms | first draw from navigation, ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = summaries.map((s) => {
    const target = targetsFor(s.events);
    // Half a millisecond of slack: frame times follow vsync, and a punctual frame can read 16.8.
    const framesOk =
      s.zoomP95Ms.median <= target.frameP95Ms + 0.5 && s.panP95Ms.median <= target.frameP95Ms + 0.5;
    const domOk =
      target.domNodes === null ||
      Math.max(s.domNodesFit.max, s.domNodesZoomed.max) < target.domNodes;
    return [
      `${s.name === 'icc' ? 'ICC (20)' : fmt(s.events)}`,
      String(s.runs),
      `${cell(s.firstDrawMs)} ${verdict(s.firstDrawMs.median < target.firstDrawMs)} < ${fmt(target.firstDrawMs)}`,
      `${cell(s.zoomP95Ms, 1)} ${verdict(framesOk)} ≤ ${fmt(target.frameP95Ms, 1)}`,
      cell(s.panP95Ms, 1),
      `${cell(s.zoomLongFrames)} / ${cell(s.panLongFrames)}`,
      `${cell(s.domNodesFit)} / ${cell(s.domNodesZoomed)}${target.domNodes === null ? '' : ` ${verdict(domOk)} < ${fmt(target.domNodes)}`}`,
      `${cell(s.heapMB, 1)} → ${cell(s.heapAfterInteractionMB, 1)}`,
      cell(s.compileMs),
      cell(s.firstDrawSinceNavigationMs),
    ].join(' | ');
  });
  return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** The download table: each file of the default page's initial download, and the total. */
export function downloadTable(download: InitialDownload): string {
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  const lines = [
    '| file | size | gzipped |',
    '|---|---|---|',
    ...download.files.map((f) => `| \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`),
    `| **total (JS ${kb(download.jsGzip)} + CSS ${kb(download.cssGzip)})** | | **${kb(download.totalGzip)}** ${verdict(download.totalGzip <= DOWNLOAD_TARGET_BYTES)} ≤ 90 KB |`,
  ];
  return lines.join('\n');
}

/** The machine, as a sentence. */
export function machineLine(machine: Machine): string {
  return (
    `${machine.date}: ${machine.cpus} × ${machine.cpuModel}, ${fmt(machine.memoryGB, 1)} GB memory, ` +
    `${machine.os}; Chromium ${machine.chromium} (headless, software rendering: --disable-gpu); ` +
    `Node ${machine.node}.`
  );
}

/** Replaces the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in `doc`. */
export function fillSection(doc: string, name: string, content: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to < from) return `${doc.trimEnd()}\n\n${start}\n${content}\n${end}\n`;
  return `${doc.slice(0, from + start.length)}\n${content}\n${doc.slice(to)}`;
}
