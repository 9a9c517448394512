/**
 * Compiling a parsed dataset without loading zod when it is not needed: the hand-written check
 * (fastDataset.ts) first, and only where it is not sure (a problem to word, or a shape it leaves
 * to zod) compileTimeline, whose schema module is loaded then. Building zod's schemas is most of
 * the compile worker's start-up, which a `?data=` load waits for; docs/performance.md measures it.
 * The result is the one compileTimeline gives (tests/unit/model/compileFast.test.ts).
 */
import { compileEach } from './compileChecked.ts';
import type { OnProgress } from './compileChecked.ts';
import { handOver, inTimeOrder } from './compiledEach.ts';
import type { CompiledEach } from './compiledEach.ts';
import { fastDataset } from './fastDataset.ts';
import type { SourceTexts } from './openSources.ts';
import type { Result } from './problem.ts';
import type { Timeline, TimelineEvent } from './timeline.ts';

/** compileTimeline's result for `raw`, loading the schema only when the fast check declines. */
export async function compileFast(
  raw: unknown,
  sourceTexts: SourceTexts,
  onProgress?: OnProgress,
): Promise<Result<Timeline>> {
  const events: TimelineEvent[] = [];
  return inTimeOrder(
    await compileFastEach(raw, sourceTexts, (event) => events.push(event), onProgress),
    events,
  );
}

/** compileFast, each event handed to `take` as it is compiled (compileChecked.ts, compileEach). */
export async function compileFastEach(
  raw: unknown,
  sourceTexts: SourceTexts,
  take: (event: TimelineEvent) => void,
  onProgress?: OnProgress,
): Promise<Result<CompiledEach>> {
  // The check counts each event as half of the work, as compileTimeline's does.
  let reported = 0;
  const report: OnProgress | undefined =
    onProgress &&
    ((progress) => {
      // A fast check that gives up part-way has reported batches compileTimeline reports again.
      if (progress.done > reported) onProgress(progress);
      reported = Math.max(reported, progress.done);
    });
  const checked = fastDataset(
    raw,
    report && ((done, total) => report({ done: Math.floor(done / 2), total })),
  );
  if (checked) return compileEach(checked, sourceTexts, take, report);
  const { compileTimeline } = await import('./compileTimeline.ts');
  return handOver(compileTimeline(raw, sourceTexts, report), take);
}
