import type { RevealApi } from 'reveal.js';
import { followScrollDeepLinks } from './scroll-deep-link.ts';
import { fitTallSlides } from './scroll-fitter.ts';

/**
 * What reveal's scroll view (a phone's `?view=slides`, the live audience) needs on top of reveal,
 * loaded by src/main.ts only in that view, before the deck is marked ready: tall slides fitted to
 * the screen (those in view once the link the page was opened at has been followed to its slide).
 */
export function startScrollView(deck: RevealApi, openedAt: string): void {
  followScrollDeepLinks(deck, openedAt);
  fitTallSlides(deck.getRevealElement() ?? document);
}
