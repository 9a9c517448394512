/**
 * Compares the first draw of builds, for telling a change's effect from the machine's noise
 * (docs/performance.md, "The second round"). Each round loads the page once from every build in
 * turn, in one browser, so a busy moment of the machine falls on all of them alike; it prints
 * each build's median and range.
 *
 *   npm run bench:compare -- DIR_A DIR_B [...]           builds made with `vite build --outDir DIR`
 *   npm run bench:compare -- --rounds 25 --data PATH DIR_A DIR_B
 *
 * The dataset defaults to the ICC timeline (`data/icc-putin-warrant/timeline.json`), served from
 * each build's own `data/` folder.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { measureFirstDraw } from '../bench/measurePage.ts';
import { spread } from '../bench/stats.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser.ts';
import { findChromium } from '../tests/e2e/support/findChromium.ts';
import { startStaticServer } from '../tests/e2e/support/server.ts';

const args = process.argv.slice(2);
const options = new Map<string, string>();
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg.startsWith('--')) options.set(arg, args[++i] ?? '');
  else dirs.push(resolve(arg));
}
const rounds = Number(options.get('--rounds') ?? 15);
const data = options.get('--data') ?? 'data/icc-putin-warrant/timeline.json';
if (dirs.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('Usage: npm run bench:compare -- [--rounds N] [--data PATH] DIR [DIR...]');
  process.exit(2);
}

const servers = await Promise.all(
  dirs.map((dir) => startStaticServer({ mounts: [{ prefix: '/', dir }] })),
);
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const afterParse = dirs.map((): number[] => []);
const sinceNavigation = dirs.map((): number[] => []);
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, server] of servers.entries()) {
      const result = await measureFirstDraw(browser, `${server.url}?data=${data}`);
      afterParse[i]?.push(result.firstDrawMs);
      sinceNavigation[i]?.push(result.firstDrawSinceNavigationMs);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const ms = (value: number) => value.toFixed(1);
console.log(`First draw of ${data}, ${rounds} rounds: median (min–max), ms`);
for (const [i, dir] of dirs.entries()) {
  const parse = spread(afterParse[i] ?? []);
  const navigation = spread(sinceNavigation[i] ?? []);
  console.log(
    `${dir}: after parse ${ms(parse.median)} (${ms(parse.min)}–${ms(parse.max)}), ` +
      `from navigation ${ms(navigation.median)} (${ms(navigation.min)}–${ms(navigation.max)})`,
  );
}
