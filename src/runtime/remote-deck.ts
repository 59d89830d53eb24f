import type { Lang } from '../deck/types.ts';
import type { Position } from '../protocol/live-protocol.ts';
import { LIVE_STRINGS } from './live-strings.ts';

/**
 * What the remote knows about the deck, read from the slides remote.html carries in a <template>
 * (the same build-time HTML as index.html): titles, time budgets and fragment texts in both
 * languages. The relay only says where the talk is; everything shown about a slide comes from here.
 */
export interface RemoteSlide {
  id: string;
  /** Time budget in seconds (data-timing). */
  budget: number;
  title: Record<Lang, string>;
  /** Text of each fragment step, in order, per language. */
  steps: Record<Lang, string[]>;
}

const MAX_STEP_TEXT = 90;

function text(el: Element | null | undefined): string {
  const t = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > MAX_STEP_TEXT ? `${t.slice(0, MAX_STEP_TEXT - 1)}…` : t;
}

export function readSlides(root: ParentNode): RemoteSlide[] {
  return [...root.querySelectorAll<HTMLElement>('section.deck-section > section[id]')].map((section) => {
    const of = (lang: Lang): HTMLElement | null => section.querySelector(`:scope > .l10n[lang="${lang}"]`);
    const title = (lang: Lang): string => text(of(lang)?.querySelector('h1, h2'));
    const steps = (lang: Lang): string[] => [...(of(lang)?.querySelectorAll('.fragment') ?? [])].map((f) => text(f));
    return {
      id: section.id,
      budget: Number(section.dataset.timing ?? 0),
      title: { ja: title('ja'), en: title('en') },
      steps: { ja: steps('ja'), en: steps('en') },
    };
  });
}

export function slideIndex(slides: readonly RemoteSlide[], position: Position | null): number {
  return position ? slides.findIndex((s) => s.id === position.id) : -1;
}

/** The next step's title: the next fragment's text on this slide, else the next slide's title. */
export function nextStep(slides: readonly RemoteSlide[], position: Position | null, lang: Lang): string {
  const i = slideIndex(slides, position);
  const slide = slides[i];
  if (!slide || !position) return '';
  const nextFragment = slide.steps[lang][position.f + 1];
  if (nextFragment) return nextFragment;
  return slides[i + 1]?.title[lang] ?? LIVE_STRINGS.lastStep[lang];
}
