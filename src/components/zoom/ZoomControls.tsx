/** On-screen zoom buttons: the keyboard and pointer alternative to wheel and pinch. */
import type { ViewCommand } from '../../store/createSourcelineStore.ts';
import { useActions } from '../../store/StoreContext.tsx';

const BUTTONS: { name: string; title: string; text: string; command: ViewCommand }[] = [
  { name: 'Zoom in', title: 'Zoom in (+)', text: '+', command: { kind: 'zoom', factor: 2 } },
  { name: 'Zoom out', title: 'Zoom out (−)', text: '−', command: { kind: 'zoom', factor: 0.5 } },
  { name: 'Fit', title: 'Show the whole timeline (0)', text: 'Fit', command: { kind: 'fit' } },
];

export function ZoomControls() {
  const { requestView } = useActions();
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      {BUTTONS.map(({ name, title, text, command }) => (
        <button
          key={name}
          type="button"
          onClick={() => requestView(command)}
          aria-label={name}
          title={title}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
