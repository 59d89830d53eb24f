import type { Deck } from '../types.ts';

/** Slides whose HTML changed, to be swapped in place in the open page. */
export interface SlidePatch {
  slides: { id: string; html: string }[];
}

/** What the deck looks like without its slides' content: sections and slide ids, in order. */
function skeleton(deck: Deck): string {
  return JSON.stringify(deck.sections.map((s) => [s.slug, s.file, s.slides.map((sl) => sl.id)]));
}

/**
 * The smallest update that turns the page showing `before` into `after`: the slides whose HTML
 * changed, or `reload` when slides were added, removed, moved or renamed (reveal's indices, deep
 * links and the overview all depend on the structure, so the page starts again).
 */
export function slidePatch(before: Deck, after: Deck): SlidePatch | 'reload' {
  if (skeleton(before) !== skeleton(after)) return 'reload';
  const old = new Map(before.sections.flatMap((s) => s.slides.map((sl) => [sl.id, sl.html])));
  const slides = after.sections.flatMap((s) => s.slides).filter((sl) => old.get(sl.id) !== sl.html);
  return { slides: slides.map((sl) => ({ id: sl.id, html: sl.html })) };
}
