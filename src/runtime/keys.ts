import type { RevealApi } from 'reveal.js';

/**
 * Keys a presenter cannot press by accident. The language switches need Shift: plain `L` and `N`
 * are reveal's "next slide" keys (and `L` sits beside `K`, "previous"), so one slip used to flip
 * the projected language. reveal's own bindings cannot carry a modifier: its keyboard controller
 * drops Shift+letter before it looks at addKeyBinding (node_modules/reveal.js/js/controllers/
 * keyboard.js, `unusedModifier`), and a binding on N's key code would also take plain N. So the
 * deck listens itself, ahead of reveal, and writes each key into reveal's `?` help with
 * registerKeyboardShortcut, so the help lists exactly what the keys do.
 */
export interface ShiftKey {
  /** The letter, upper case: 'L' for Shift+L. */
  letter: string;
  /** What the `?` help says the key does. */
  description: string;
  action: () => void;
}

/** The help's name for a Shift key, e.g. "Shift + L". */
export const shiftKeyLabel = (letter: string): string => `Shift + ${letter}`;

function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
}

export function installShiftKeys(deck: RevealApi, keys: readonly ShiftKey[]): void {
  for (const key of keys) deck.registerKeyboardShortcut(shiftKeyLabel(key.letter), key.description);
  // Capture phase on the document: runs before reveal's own keydown listener, which would
  // otherwise move to the next slide on Shift+N.
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      const key = keys.find((k) => event.code === `Key${k.letter}`);
      if (!key) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      key.action();
    },
    true,
  );
}
