/**
 * Byte budgets for the built deck: the one checked-in place they live. `npm run bench` and the
 * `budgets` browser test (run in CI) fail when a measurement exceeds one. Sizes are bytes on the
 * wire (gzip, as served by any static host), measured until slide 1 is ready with its final fonts.
 *
 * Why these numbers: reveal.js core is ~32 KB gzip and its CSS ~12 KB; a WOFF2 subset of Noto Sans
 * JP with exactly the deck's characters is ~60–70 KB per weight, two weights. A naive reveal.js +
 * Vite build of a Japanese deck downloads ~1.2 MB before slide 1.
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
  slide1Total: 200 * KB,
  slide1Js: 45 * KB,
  slide1Css: 20 * KB,
  slide1Fonts: 150 * KB,
  slide1Html: 20 * KB,
  slide1Requests: 6,
};
