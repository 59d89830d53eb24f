import type { RevealApi } from 'reveal.js';
import { startsInPrintView, startsInScrollView } from './scroll-view.ts';

/**
 * Slide 1 first. reveal lays out the slides around the current one (its viewDistance) so that a
 * transition can show them at once; their text would make the browser fetch the font parts with
 * the rest of the deck's characters before slide 1 is ready. Until then, only the current slide is
 * laid out (see first-view.css); the neighbours follow as soon as it is, and their glyphs load
 * while the presenter is still on slide 1.
 *
 * The print view and reveal's scroll view lay every slide out at start, and need all of them.
 */
const CLASS = 'deck-first-view';

export function holdNeighbours(config: { view?: string | null; scrollActivationWidth?: number | null }): (deck: RevealApi) => void {
  if (startsInPrintView(config) || startsInScrollView(config)) return () => {};
  document.documentElement.classList.add(CLASS);
  return (deck) => {
    document.documentElement.classList.remove(CLASS);
    // reveal centred the neighbours while their content was out of layout: measure them again.
    deck.layout();
  };
}
