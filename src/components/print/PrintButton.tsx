/**
 * "Print handout": the browser's print dialog, which prints the handout (see Handout.tsx), once
 * the handout's contents have loaded.
 */
import { loadHandoutBody } from './loadHandoutBody.ts';

export function PrintButton() {
  const print = () => {
    void loadHandoutBody().finally(() => window.print());
  };
  return (
    <button type="button" className="button" onClick={print}>
      Print handout
    </button>
  );
}
