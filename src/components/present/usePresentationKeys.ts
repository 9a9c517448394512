/**
 * The presentation's keys (docs/interfaces.md), handled on the presentation's own root element, never
 * on the document: a page that embeds Sourceline keeps its arrow keys, and keys typed into a text
 * field (ours or a host page's) are never taken.
 */
import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { SlideMove } from '../../layout/present/slides.ts';

/** What a key asks the presentation to do. */
export type PresentationCommand = SlideMove | 'fullscreen' | 'exit' | 'scrollUp' | 'scrollDown';

/** The parts of a key event that decide the command. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const COMMANDS: Readonly<Record<string, PresentationCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
  // Not slide moves: they scroll a slide whose text is taller than the screen.
  ArrowDown: 'scrollDown',
  ArrowUp: 'scrollUp',
};

/** The command for a key, or null. Ctrl, Alt and ⌘ combinations stay the browser's (Ctrl+F, Alt+←). */
export function commandForKey(event: KeyLike): PresentationCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  // Shift only makes the F capital; Shift+Space or Shift+arrows mean other things to other people.
  if (event.shiftKey && event.key !== 'F') return null;
  return COMMANDS[event.key] ?? null;
}

/** Whether keys pressed in `target` are typing: an input, text area, select or editable text. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** Space and Enter on a button or link inside the presentation press it, as they always do. */
function isOwnControl(target: EventTarget | null, root: EventTarget): boolean {
  return (
    target instanceof Element &&
    target !== root &&
    target.closest('button, a[href], summary, [role="button"]') !== null
  );
}

/** Returns the onKeyDown handler for the presentation's root element. */
export function usePresentationKeys(run: (command: PresentationCommand) => void) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.nativeEvent.isComposing) return;
      if (isTextField(event.target)) return;
      const command = commandForKey(event);
      if (command === null) return;
      if (event.key === ' ' && isOwnControl(event.target, event.currentTarget)) return;
      event.preventDefault();
      run(command);
    },
    [run],
  );
}
