/** "Present": switches to presentation mode, starting at the selected event (or the title slide). */
import { useActions } from '../../store/StoreContext.tsx';
import '../../styles/presentButton.css';

export function PresentButton() {
  const { setMode } = useActions();
  return (
    <button type="button" className="button button--present" onClick={() => setMode('present')}>
      <span aria-hidden="true">▶ </span>Present
    </button>
  );
}
