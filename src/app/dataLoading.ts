/**
 * What only a `?data=` page needs, loaded on demand as one chunk: the loader, its progress, and
 * the screen that says what went wrong with the dataset. The default page never downloads them.
 */
export { loadTimeline } from './loadTimeline.ts';
export { ErrorScreen } from './ErrorScreen.tsx';
export { LoadProgress } from './loading/LoadProgress.tsx';
