/** The embed's way out: the full view (timeline beside the whole article) in a new tab. */
import { fullViewUrl } from '../../store/fullViewUrl.ts';
import { useSourceline } from '../../store/StoreContext.tsx';

export function OpenFullLink() {
  const selectedId = useSourceline((s) => s.selectedId);
  // A new tab, never the frame itself: the host article must stay where the reader left it.
  return (
    <a
      className="open-full-link"
      href={fullViewUrl(window.location.href, selectedId)}
      target="_blank"
      rel="noopener"
    >
      Open full timeline
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
