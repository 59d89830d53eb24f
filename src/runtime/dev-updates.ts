import type { RevealApi } from 'reveal.js';

/** Mirrors src/deck/plugins/slide-patch.ts: the changed slides, as the compiler rendered them. */
interface SlidePatch {
  slides: { id: string; html: string }[];
}

/** What reveal itself writes on a slide element; everything else on it comes from the compiler. */
const REVEAL_CLASSES = new Set(['present', 'past', 'future']);
const REVEAL_ATTRIBUTES = new Set(['class', 'hidden', 'aria-hidden', 'style']);

/**
 * Gives a slide element the compiler's new content and attributes, keeping what reveal keeps on
 * it: the element itself (reveal holds references to the current slide and its background), its
 * state classes, visibility and position.
 */
function update(slide: HTMLElement, fresh: Element): void {
  for (const { name } of [...slide.attributes]) if (!REVEAL_ATTRIBUTES.has(name) && !fresh.hasAttribute(name)) slide.removeAttribute(name);
  for (const { name, value } of [...fresh.attributes]) if (name !== 'class') slide.setAttribute(name, value);
  slide.className = [...fresh.classList, ...[...slide.classList].filter((c) => REVEAL_CLASSES.has(c))].join(' ');
  slide.replaceChildren(...fresh.childNodes);
}

/**
 * `npm run dev`: a saved slide file updates the changed slides in place, and the page stays on the
 * same slide and fragment. Vite drops this code from the production build (`import.meta.hot` is
 * undefined there).
 */
export function installDevUpdates(deck: RevealApi, onUpdated: () => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('deck:slides', (patch: SlidePatch) => {
    const { h, v, f } = deck.getIndices();
    const template = document.createElement('template');
    for (const { id, html } of patch.slides) {
      const slide = document.getElementById(id);
      template.innerHTML = html; // the compiler's own output, from the dev server
      const fresh = template.content.firstElementChild;
      if (!slide || !fresh) {
        location.reload(); // the page is older than the server thinks: start again
        return;
      }
      update(slide, fresh);
      deck.syncSlide(slide);
    }
    onUpdated();
    // Fragments were re-read: show the same step again, and centre the slide's new content.
    deck.slide(h, v, f);
    deck.layout();
    document.documentElement.dataset.deckUpdated = String(Date.now());
  });
}
