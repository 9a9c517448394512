/** "Print handout": the browser's print dialog, which prints the handout (see Handout.tsx). */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print handout
    </button>
  );
}
