import { pairFragmentSteps } from './fragment-steps.ts';

/**
 * The built index.html carries slide 1 only (the `lazySlides` option of src/deck/vite-plugin.ts):
 * the other slides, most of the page, are a chunk inserted here, once. The deck loads them before
 * reveal starts when its first view needs them (startsWithAllSlides), else as soon as slide 1 is
 * ready; the reading view, the notes and search wait for them. In dev and in the single-file build
 * the chunk is empty: the page already has every slide.
 */
let loading: Promise<boolean> | undefined;

/** Inserts the slides after slide 1; true when it added any. Tried again on the next call if the chunk failed to load. */
export function loadSlides(): Promise<boolean> {
  loading ??= import('virtual:deck-slides').then(
    ({ inFirst, after }) => {
      if (!inFirst && !after) return false;
      const slides = document.querySelector<HTMLElement>('.reveal .slides');
      const first = slides?.querySelector(':scope > section.deck-section');
      if (!slides || !first) throw new Error('index.html has no .slides > section.deck-section to add the other slides to');
      // Build-time HTML from the deck's own compiler: escaped text, no scripts (as the notes).
      first.insertAdjacentHTML('beforeend', inFirst);
      slides.insertAdjacentHTML('beforeend', after);
      pairFragmentSteps(slides);
      return true;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether reveal must have every slide when it starts: it opens on another slide than the first
 * (a deep link: `#/phishing`, `#/2/1`), or lays them all out at once (the print and scroll views),
 * or is one of the speaker view's previews, which show the next slide from the start.
 */
export function startsWithAllSlides(
  options: { allAtOnce: boolean; firstId: string | undefined },
  url: URL = new URL(location.href),
): boolean {
  if (options.allAtOnce || url.searchParams.has('receiver')) return true;
  const [slide = '', vertical = '0'] = url.hash.replace(/^#\/?/, '').split('/');
  if (slide === '' || slide === options.firstId) return false;
  return !(slide === '0' && vertical === '0');
}
