import type { RevealApi } from 'reveal.js';

/**
 * Keeps `document.title` on the current slide ("スライド名 — イベント名"), so tabs, history and
 * shared links say where they point.
 */
export function installPageTitle(deck: RevealApi, deckTitle: () => string): () => void {
  const update = (): void => {
    const slide = deck.getCurrentSlide();
    const heading = slide?.querySelector<HTMLElement>('.l10n:not([hidden]) :is(h1, h2)');
    const text = heading?.textContent?.trim();
    const title = deckTitle();
    document.title = text && text !== title ? `${text} — ${title}` : title;
  };
  deck.on('ready', update);
  deck.on('slidechanged', update);
  return update;
}
