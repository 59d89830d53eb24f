import type { RevealApi } from 'reveal.js';
import '../styles/scroll-view.css';
import { followScrollDeepLinks } from './scroll-deep-link.ts';
import { fitTallSlides } from './scroll-fitter.ts';

/**
 * What reveal's scroll view (a phone's `?view=slides`, the live audience) needs on top of reveal,
 * loaded by src/main.ts only in that view: its styles before reveal lays it out; then, before the
 * deck is marked ready, tall slides fitted to the screen (those in view once the link the page was
 * opened at has been followed to its slide). Started once per page: at load, or when turning the
 * phone switches reveal into the scroll view.
 */
let started = false;

export function startScrollView(deck: RevealApi, openedAt: string): void {
  if (started) return;
  started = true;
  followScrollDeepLinks(deck, openedAt);
  fitTallSlides(deck.getRevealElement() ?? document);
}
