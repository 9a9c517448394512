/**
 * The benchmark (docs/performance.md): builds the app, generates seeded datasets of
 * 100 to 100,000 events, loads each by `?data=` in headless Chromium at 1280×800, and measures the
 * first draw, zoom and pan frames, heap, DOM nodes and the default page's download, and the built-in
 * timeline's first contentful paint beside a page of one paragraph (bench/firstPaint.ts), and
 * compares `?data=` loads with vis-timeline (bench/peers.ts) and with the floor (bench/floor.ts). Writes
 * bench/results.json (every run, and the summary) and the tables of docs/performance.md.
 *
 *   npm run bench                   the full run (about ten minutes on two cores)
 *   npm run bench -- --quick        one run per dataset, to try a change
 *   npm run bench -- --sizes 10000  only these sizes (the ICC dataset always runs)
 *   npm run bench -- --no-build     measure the existing bench/tmp/dist
 *   npm run bench -- --dist DIR     measure another build (e.g. of the code before a change)
 *   npm run bench -- --results F    write the results to F instead of bench/results.json
 *   npm run bench -- --no-doc       leave docs/performance.md alone
 *   npm run bench -- --no-write     print only
 *   npm run bench -- --no-peers     skip the comparison with vis-timeline
 *   npm run bench -- --no-floor     skip the comparison with the floor (bench/floor.ts)
 *   npm run bench -- --no-paint     skip the first-paint measurement
 *
 * It also times the studio's date finder on a 5,000-word article, in Node
 * (bench/findDatesBench.ts, which runs on its own too).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { benchFindDates, findDatesLine } from '../bench/findDatesBench.ts';
import { generateDataset } from '../bench/generate.ts';
import { initialDownload } from '../bench/initialDownload.ts';
import { firstPaintTable, measureFirstPaints, summariseFirstPaints } from '../bench/firstPaint.ts';
import { measurePage } from '../bench/measurePage.ts';
import { floorTable, measureFloor, summariseFloor } from '../bench/floor.ts';
import { measurePeers, peersTable, summarisePeers } from '../bench/peers.ts';
import { toTimelineJs } from '../bench/timelineJs.ts';
import type { RunResult } from '../bench/measurePage.ts';
import {
  downloadTable,
  fillSection,
  machineLine,
  resultsTable,
  summarise,
} from '../bench/report.ts';
import type { DatasetRuns, Machine } from '../bench/report.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser.ts';
import { findChromium } from '../tests/e2e/support/findChromium.ts';
import { PROJECT_ROOT, startStaticServer } from '../tests/e2e/support/server.ts';

const args = process.argv.slice(2);
/** The value after `--name`, if given. */
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const writesDoc = !args.includes('--no-write') && !args.includes('--no-doc');
const SIZES = option('--sizes')?.split(',').map(Number) ?? [100, 1000, 10_000, 100_000];
/**
 * Repeats per size: fewer for the largest, which takes longest and varies least; more for the
 * ICC timeline, whose first draw is short enough for one busy moment of the machine to move it.
 */
const repeats = (events: number) => (quick ? 1 : events >= 100_000 ? 3 : events <= 20 ? 9 : 5);

const TMP = join(PROJECT_ROOT, 'bench', 'tmp');
// Its own build folder, so a build running elsewhere in the tree cannot swap files mid-run.
const distOption = option('--dist');
const DIST = distOption ? resolve(distOption) : join(TMP, 'dist');
const DATA = join(TMP, 'data');
const SHOTS = join(PROJECT_ROOT, 'docs', 'images');

if (!args.includes('--no-build') && !distOption) {
  execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}
mkdirSync(DATA, { recursive: true });
mkdirSync(SHOTS, { recursive: true });
/** Sizes compared with vis-timeline (its 100,000-event load takes minutes: left out). */
const PEER_SIZES = SIZES.filter((n) => n >= 1000 && n <= 10_000);
const peers = !args.includes('--no-peers') && PEER_SIZES.length > 0;
for (const count of SIZES) {
  const dataset = generateDataset({ count });
  writeFileSync(join(DATA, `events-${count}.json`), JSON.stringify(dataset));
  writeFileSync(join(DATA, `timelinejs-${count}.json`), JSON.stringify(toTimelineJs(dataset)));
}

const server = await startStaticServer({
  mounts: [
    { prefix: '/', dir: DIST },
    { prefix: '/bench-data/', dir: DATA },
    { prefix: '/peer/', dir: join(PROJECT_ROOT, 'bench', 'peer') },
    { prefix: '/vis/', dir: join(PROJECT_ROOT, 'node_modules', 'vis-timeline') },
  ],
});
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const datasets: DatasetRuns[] = [];
try {
  const plan = [
    { name: 'icc', events: 20, path: 'data/icc-putin-warrant/timeline.json' },
    ...SIZES.map((n) => ({ name: `events-${n}`, events: n, path: `bench-data/events-${n}.json` })),
  ];
  for (const { name, events, path } of plan) {
    const runs: RunResult[] = [];
    const times = repeats(events);
    for (let run = 0; run < times; run++) {
      // The screenshots go with the doc, so only a run that writes the doc takes them.
      const last = run === times - 1 && events === 100_000 && writesDoc;
      const shots = last
        ? { fit: join(SHOTS, 'bench-100k-fit.png'), zoomed: join(SHOTS, 'bench-100k-zoomed.png') }
        : {};
      const result = await measurePage(browser, `${server.url}?data=${path}`, shots);
      runs.push(result);
      console.log(
        `${name} run ${run + 1}/${times}: first draw ${result.firstDrawMs.toFixed(0)} ms, ` +
          `zoom p95 ${result.zoom.p95Ms.toFixed(1)} ms, pan p95 ${result.pan.p95Ms.toFixed(1)} ms, ` +
          `DOM ${result.domNodesFit}/${result.domNodesZoomed}, heap ${result.heapMB.toFixed(1)} MB, ` +
          `compile ${result.compileMs.toFixed(0)} ms`,
      );
    }
    datasets.push({ name, events, runs });
  }

  const [cpu] = cpus();
  const machine: Machine = {
    cpus: cpus().length,
    cpuModel: cpu?.model.trim() ?? 'unknown CPU',
    memoryGB: totalmem() / 2 ** 30,
    os: `${platform()} ${release()}`,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  const peerRuns = peers
    ? await measurePeers(
        browser,
        {
          ours: (n) => `${server.url}?data=bench-data/events-${n}.json`,
          oursTimelineJs: (n) => `${server.url}?data=bench-data/timelinejs-${n}.json`,
          vis: (n) => `${server.url}peer/vis.html?data=/bench-data/timelinejs-${n}.json`,
        },
        PEER_SIZES,
        quick ? 1 : 5,
      )
    : [];
  const peerSummary = summarisePeers(peerRuns);
  // Every size of 1,000 events and more, beside the floor (bench/peer/floorPage.js).
  const FLOOR_SIZES = SIZES.filter((n) => n >= 1000);
  const floors = !args.includes('--no-floor') && FLOOR_SIZES.length > 0;
  const floorRuns = floors
    ? await measureFloor(
        browser,
        {
          ours: (n) => `${server.url}?data=bench-data/events-${n}.json`,
          floor: (n) => `${server.url}peer/floor.html?data=/bench-data/events-${n}.json`,
        },
        FLOOR_SIZES,
        (n) => (quick ? 1 : n >= 100_000 ? 3 : 5),
      )
    : [];
  const floorSummary = summariseFloor(floorRuns);
  const paints = !args.includes('--no-paint');
  const paintRuns = paints
    ? await measureFirstPaints(
        browser,
        [
          { name: 'ICC page, with its script', url: server.url, javaScript: true },
          { name: 'ICC page, without JavaScript', url: server.url, javaScript: false },
          {
            name: 'one paragraph (the floor)',
            url: `${server.url}peer/paragraph.html`,
            javaScript: false,
          },
        ],
        quick ? 1 : 15,
      )
    : [];
  const paintSummary = summariseFirstPaints(paintRuns);
  const findDates = benchFindDates(quick ? 5 : 15);
  console.log(findDatesLine(findDates));
  const download = initialDownload(DIST);
  const written: string[] = [];
  const summary = summarise(datasets);
  const tables = {
    machine: machineLine(machine),
    results: resultsTable(summary),
    download: downloadTable(download),
    ...(peers ? { peers: peersTable(peerSummary) } : {}),
    ...(floors ? { floor: floorTable(floorSummary) } : {}),
    ...(paints ? { paint: firstPaintTable(paintSummary) } : {}),
  };
  console.log(`\n${Object.values(tables).join('\n\n')}`);
  if (!args.includes('--no-write')) {
    const results = {
      machine,
      quick,
      download,
      summary,
      datasets,
      peerSummary,
      peerRuns,
      floorSummary,
      floorRuns,
      paintSummary,
      findDates,
    };
    const resultsPath = resolve(option('--results') ?? join(PROJECT_ROOT, 'bench', 'results.json'));
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    written.push(resultsPath);
    console.log(`\nWrote ${resultsPath}`);
  }
  if (writesDoc) {
    const docPath = join(PROJECT_ROOT, 'docs', 'performance.md');
    let doc = '';
    try {
      doc = readFileSync(docPath, 'utf8');
    } catch {
      doc = '# Performance\n';
    }
    for (const [name, content] of Object.entries(tables)) doc = fillSection(doc, name, content);
    writeFileSync(docPath, doc);
    written.push(docPath);
    console.log('Wrote docs/performance.md');
  }
  // The files are committed, and `npm test` checks their formatting.
  if (written.length > 0) {
    execFileSync('npx', ['prettier', '--write', ...written], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
  }
} finally {
  await browser.close();
  await server.close();
}
