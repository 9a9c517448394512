/**
 * The printed handout, and nothing of the interface: hidden on screen; print.css shows it, and
 * hides the app around it, in print, in every mode. It is built when printing is first requested,
 * from HandoutBody.tsx, whose code is not in the first download: it loads once the page is idle,
 * or when "Print handout" is pressed, before the print dialog opens.
 */
import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { loadHandoutBody, whenHandoutBodyLoaded } from './loadHandoutBody.ts';
import type { HandoutBodyProps } from './HandoutBody.tsx';
import { usePrintRequested } from './usePrintRequested.ts';
import '../../styles/print.css';

/** Soon after the first draw, so the handout's code never competes with it. */
const PRELOAD_AFTER_MS = 400;

export function Handout() {
  const timeline = useSourceline((s) => s.timeline);
  const requested = usePrintRequested();
  // Held in state rather than React.lazy, which would suspend the synchronous render the
  // browser prints from.
  const [Body, setBody] = useState<ComponentType<HandoutBodyProps> | null>(null);
  useEffect(() => {
    const stop = whenHandoutBodyLoaded((module) => setBody(() => module.default));
    const id = setTimeout(() => void loadHandoutBody(), PRELOAD_AFTER_MS);
    return () => {
      stop();
      clearTimeout(id);
    };
  }, []);
  if (!Body) return null;
  // Ready to print: an empty marker until printing is requested (tests wait for it).
  if (!requested) return <div hidden data-handout-ready="" />;
  return <Body timeline={timeline} />;
}
