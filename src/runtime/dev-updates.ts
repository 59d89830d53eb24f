import type { RevealApi } from 'reveal.js';

/** Mirrors src/deck/plugins/dev-server.ts: the changed slides, as the compiler rendered them. */
interface SlidePatch {
  slides: { id: string; html: string }[];
}

/**
 * `npm run dev`: a saved slide file replaces the changed slides in place, and the presenter stays
 * on the same slide and fragment. Vite drops this code from the production build
 * (`import.meta.hot` is undefined there).
 */
export function installDevUpdates(deck: RevealApi, onReplaced: () => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('deck:slides', (patch: SlidePatch) => {
    const { h, v, f } = deck.getIndices();
    for (const { id, html } of patch.slides) {
      const old = document.getElementById(id);
      if (!old) {
        location.reload(); // the page is older than the server thinks: start again
        return;
      }
      const template = document.createElement('template');
      template.innerHTML = html; // the compiler's own output, from the dev server
      const fresh = template.content.firstElementChild;
      if (fresh) old.replaceWith(fresh);
    }
    onReplaced();
    // reveal re-reads the slides (fragments, backgrounds, classes), then returns where it was.
    deck.sync();
    deck.slide(h, v, f);
    document.documentElement.dataset.deckUpdated = String(Date.now());
  });
}
