import type { RevealConfig } from 'reveal.js';
import { DECK_CONFIG } from '../deck-config.ts';

/**
 * Options reveal.js 6 documents but its types reject or lack (`showNotes: 'separate-page'`, a
 * numeric `defaultTiming`, `totalTime`). Declared here and cast once at the boundary.
 */
export type DeckRevealConfig = Omit<RevealConfig, 'showNotes' | 'defaultTiming'> & {
  showNotes?: boolean | 'separate-page';
  defaultTiming?: number | null;
};

/** Whether the visitor asked the OS for less motion. reveal.js ignores this by itself. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The deck's reveal.js configuration. Each option says what it does and why it differs from the
 * default; anything not listed keeps reveal's default.
 */
export function revealConfig(): DeckRevealConfig {
  const still = prefersReducedMotion();
  return {
    // Logical slide size (16:9, default 960×700); reveal scales it to the screen and the PDF page.
    width: DECK_CONFIG.width,
    height: DECK_CONFIG.height,
    // Space around the slide as a fraction of its size (default 0.04): a little more for projectors.
    margin: 0.04,
    // Deep links: the URL follows the slide, using its id (#/phishing-targets). Default false.
    hash: true,
    // No extra history entries per slide (default false); Back leaves the deck, not the slide.
    history: false,
    // "current/total" for the audience (default false): people in the back can tell how far along we are.
    slideNumber: 'c/t',
    // Show the number on the PDF too, so a printed handout can be discussed by page.
    showSlideNumber: 'all',
    // Horizontal = sections of the event; vertical = their slides. Default 'default' (arrows
    // follow the grid); 'linear' makes ←/→ walk every slide in order, which a presenter expects.
    navigationMode: 'linear',
    // Slide transition (default 'slide'); 'none' when the OS asks for reduced motion.
    transition: still ? 'none' : 'fade',
    backgroundTransition: still ? 'none' : 'fade',
    // Auto-animate moves elements between slides: off with reduced motion.
    autoAnimate: !still,
    // Fragments appear in place; the PDF prints one page per slide with all of them shown
    // (default true would print one page per step; `npm run pdf -- --fragments` asks for that).
    pdfSeparateFragments: false,
    // A slide that does not fit on one PDF page gets at most one more, never a run of pages.
    pdfMaxPagesPerSlide: 1,
    // Fallback pace for a slide without data-timing (default 120 s). Every slide has one; see slides/.
    defaultTiming: 60,
    // Screens narrower than this switch to the scroll view (default 435). Phones open the reading
    // view instead (src/runtime/reading/view-choice.ts); this is for `?view=slides` on a phone and
    // for the audience of `npm run present`, who follow the slides top to bottom.
    scrollActivationWidth: 600,
    // Keep the embedded font's glyphs crisp when reveal scales the slide (default 2.0).
    maxScale: 2.5,
  };
}
