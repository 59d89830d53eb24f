import type { RevealApi } from 'reveal.js';
import type { Lang } from '../deck/types.ts';
import type { DeckState, SpeakerSlide, Step } from './speaker-protocol.ts';

/**
 * The deck as its speaker view sees it, read from the deck's own DOM: the slides in presenting
 * order with their budgets, headings and sections, and where "next" goes from here.
 */
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function perLang(langs: readonly Lang[], read: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(langs.map((l) => [l, read(l)])) as Record<Lang, string>;
}

/** A section's label as its content slides show it (section-label.ts); else its first heading. */
function sectionOf(slide: HTMLElement, langs: readonly Lang[]): Pick<SpeakerSlide, 'section' | 'sectionNumber'> {
  const group = slide.closest('section.deck-section') ?? slide;
  const label = (lang: Lang): Element | null => group.querySelector(`.l10n[lang="${lang}"] .section-label`);
  return {
    sectionNumber: text(group.querySelector('.section-label .section-number')),
    section: perLang(
      langs,
      (l) => text(label(l)?.querySelector('.section-name')) || text(group.querySelector(`.l10n[lang="${l}"] :is(h1, h2)`)),
    ),
  };
}

export function readSpeakerSlides(deck: RevealApi, langs: readonly Lang[]): SpeakerSlide[] {
  return deck.getSlides().map((slide) => ({
    id: slide.id,
    budget: Number(slide.dataset.timing ?? 0),
    title: perLang(langs, (l) => text(slide.querySelector(`:scope > .l10n[lang="${l}"] :is(h1, h2)`))),
    ...sectionOf(slide, langs),
  }));
}

export function currentStep(deck: RevealApi): Step {
  const { h, v, f } = deck.getIndices();
  return { h, v: v ?? 0, f: f ?? -1 };
}

/** The next fragment of this slide, else the next slide from its start; null on the last step. */
export function nextStep(deck: RevealApi): DeckState['next'] {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide();
  const index = current ? slides.indexOf(current) : -1;
  const step = currentStep(deck);
  if (deck.availableFragments().next) return { ...step, f: step.f + 1, index, fragment: true };
  const following = slides[index + 1];
  if (!following) return null;
  const { h, v } = deck.getIndices(following);
  return { h, v: v ?? 0, f: -1, index: index + 1, fragment: false };
}
