/**
 * "Print handout": the browser's print dialog, which prints the handout (see Handout.tsx), once
 * the handout's picture has loaded.
 */
import { loadHandoutPicture } from './loadHandoutPicture.ts';

export function PrintButton() {
  const print = () => {
    void loadHandoutPicture().finally(() => window.print());
  };
  return (
    <button type="button" className="button" onClick={print}>
      Print handout
    </button>
  );
}
