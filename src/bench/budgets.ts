/**
 * Byte budgets for the built deck: the one checked-in place they live. `npm run bench` and the
 * `budgets` browser test (run in CI) fail when a measurement exceeds one. Sizes are bytes on the
 * wire (gzip, as served by any static host), measured until slide 1 is ready with its final fonts.
 *
 * Why these numbers: issue #13 asks slide 1 ready with ≤ 90 KB transferred, the Japanese font included.
 * reveal.js core is ~32 KB gzip and its CSS, trimmed to what the deck can use
 * (src/deck/plugins/reveal-css-trim.ts), ~7 KB; slide 1 needs only the first-view part of the Japanese
 * font (~16 KB regular: all of slide 1 and the UI; ~6 KB bold: what slide 1 draws in bold), and the rest
 * of the deck's ~60 KB per weight loads after it is ready. A naive reveal.js + Vite build of a Japanese
 * deck downloads ~1.2 MB before slide 1. Code and styles only some readers need (the speaker view,
 * search, the reading view, the live relay) belong in chunks loaded on demand, not in slide 1's files.
 */
export interface ByteBudgets {
  /** Everything transferred before slide 1 is ready. */
  slide1Total: number;
  /** JavaScript transferred before slide 1 is ready: reveal's core plus the deck's own code. */
  slide1Js: number;
  slide1Css: number;
  slide1Fonts: number;
  slide1Html: number;
  /** Number of requests before slide 1 is ready: HTML, JS, CSS and one font file per weight. */
  slide1Requests: number;
}

const KB = 1024;

export const BYTE_BUDGETS: ByteBudgets = {
  // The ceiling was 90 KB; 77 KB since the HTML carries slide 1 alone: held closer, to keep the gain.
  slide1Total: 82 * KB,
  slide1Js: 40 * KB,
  slide1Css: 13 * KB,
  slide1Fonts: 27 * KB,
  // Slide 1 alone (the other slides are a chunk: src/runtime/deck-slides.ts), so it no longer grows with the deck.
  slide1Html: 6 * KB,
  slide1Requests: 6,
};

/**
 * Time budgets, held by `npm run bench` (not by CI's tests: a shared 2-core machine cannot time
 * reliably). Dev loop: median from saving a slide file to the edit on screen, per deck size; the
 * peer to beat, Slidev, showed an edit in place in 62 ms on 32 slides.
 */
export const DEV_LOOP_BUDGETS_MS: Readonly<Record<number, number>> = { 32: 60, 512: 120 };
