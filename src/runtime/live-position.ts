import type { RevealApi } from 'reveal.js';
import type { Position } from '../protocol/live-protocol.ts';

/** Where this deck is, in the protocol's terms (reveal leaves `v` and `f` undefined when unused). */
export function deckPosition(deck: RevealApi): Position {
  const { h, v, f } = deck.getIndices();
  return { id: deck.getCurrentSlide()?.id ?? '', h, v: v ?? 0, f: f ?? -1 };
}

export function samePosition(a: Position | null, b: Position | null): boolean {
  return !!a && !!b && a.id === b.id && a.h === b.h && a.v === b.v && a.f === b.f;
}

/** Moves the deck to a position: by slide id (a rebuilt deck may have moved it), else by indices. */
export function goTo(deck: RevealApi, p: Position): void {
  const slide = p.id ? document.getElementById(p.id) : null;
  const at = slide ? deck.getIndices(slide) : p;
  deck.slide(at.h, at.v ?? 0, p.f);
}

/** The slide's place in deck order (1-based) and the number of slides, for "12 / 38". */
export function slideNumber(deck: RevealApi, id: string): { n: number; total: number } {
  const slides = deck.getSlides();
  return { n: slides.findIndex((s) => s.id === id) + 1, total: slides.length };
}
