/** On-screen zoom buttons: the keyboard and pointer alternative to wheel and pinch. */
import { useActions } from '../store/StoreContext.tsx';

export function ZoomControls() {
  const { requestView } = useActions();
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={() => requestView({ kind: 'zoom', factor: 2 })}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => requestView({ kind: 'zoom', factor: 0.5 })}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => requestView({ kind: 'fit' })}
        aria-label="Fit"
        title="Show the whole timeline (0)"
      >
        Fit
      </button>
    </div>
  );
}
