/**
 * Copies text for a "Copy" button: through the clipboard where the browser allows it, else by
 * focusing and selecting the text's field so the reader can copy it by hand.
 */

/** What the copy button's status says, either way (in the reader's language, from the caller). */
export interface CopyWords {
  copied: string;
  selected: string;
}

const ENGLISH_WORDS: CopyWords = {
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
};

/** Copies `text`, or selects it in `field`; resolves to the status to announce. */
export async function copyToClipboard(
  text: string,
  field: HTMLTextAreaElement | HTMLInputElement | null,
  words: CopyWords = ENGLISH_WORDS,
): Promise<string> {
  try {
    // Absent on insecure origins and in some embeds, whatever the types say.
    if (!(navigator.clipboard as Clipboard | undefined)) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return words.copied;
  } catch {
    field?.focus();
    field?.select();
    return words.selected;
  }
}
