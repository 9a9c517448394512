/**
 * Chooses the mode's shell. Modes are state in the one store: they change layout and chrome,
 * never the data or the actions.
 */
import { useSourceline } from '../store/StoreContext.tsx';
import { BrowseMode } from '../modes/BrowseMode.tsx';
import { BrowseToolbar } from '../components/BrowseToolbar.tsx';

export function ModeSwitch() {
  const embed = useSourceline((s) => s.embed);
  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <BrowseMode toolbar={<BrowseToolbar />} />
    </div>
  );
}
