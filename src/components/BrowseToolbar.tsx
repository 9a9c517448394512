import { DatasetPicker } from './DatasetPicker.tsx';
import { EmbedButton } from './EmbedButton.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { PresentButton } from './PresentButton.tsx';
import { PrintButton } from './PrintButton.tsx';

/** The browse mode's toolbar: one entry per feature, each its own component. */
export function BrowseToolbar() {
  return (
    <>
      <PresentButton />
      <EmbedButton />
      <PrintButton />
      <ExportMenu />
      <DatasetPicker />
    </>
  );
}
