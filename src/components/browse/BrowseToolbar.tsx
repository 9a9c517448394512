import { DatasetPicker } from './DatasetPicker.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { EmbedButton } from '../embed/EmbedButton.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { PresentButton } from '../present/PresentButton.tsx';
import { PrintButton } from '../print/PrintButton.tsx';

/** The browse mode's toolbar: one entry per feature, each its own component. */
export function BrowseToolbar() {
  return (
    <>
      <PresentButton />
      <EmbedButton />
      <PrintButton />
      <ExportMenu />
      <DatasetPicker />
      <LanguagePicker />
    </>
  );
}
