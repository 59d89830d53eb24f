import type { RevealApi } from 'reveal.js';
import { isScrollView } from './scroll-view.ts';

/**
 * Deep links in reveal's scroll view (`?view=slides` on a phone). reveal gets them wrong there
 * (https://github.com/hakimel/reveal.js/issues/3815): at load it reads the URL before the scroll
 * view has laid the slides out, lands on the title slide and rewrites the hash to `#/title`; on a
 * hash change (an agenda link) it scrolls one slide short once past the deck's middle. The link is
 * taken before reveal starts and followed when the deck is ready, and every later hash change
 * scrolls to its slide's page after reveal's own handler has run.
 *
 * Loaded only in the scroll view (src/main.ts, by scroll-phone.ts), with the hash the page was opened at.
 */
export function followScrollDeepLinks(deck: RevealApi, first: string): void {
  const follow = (hash: string): void => {
    const id = /^#\/([^/?]+)/.exec(hash)?.[1];
    const slide = id && isScrollView(deck) ? document.getElementById(decodeURIComponent(id)) : null;
    if (!slide?.matches('.slides section')) return;
    (slide.closest('.scroll-page') ?? slide).scrollIntoView({ block: 'start', behavior: 'instant' });
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  };
  if (first && deck.getCurrentSlide()?.id !== decodeURIComponent(first.slice(2).split('/')[0] ?? '')) follow(first);
  // Registered after reveal's listener, so this scroll is the last word.
  addEventListener('hashchange', () => follow(location.hash));
}
