/**
 * Paper for the handout (`npm run pdf -- --notes`). Sizes are CSS lengths, so the sheet and the
 * `@page` rule use the same exact value; the points are what a PDF's MediaBox says (1 in = 72 pt).
 */
export const PAPERS = {
  a4: { label: 'A4', width: '210mm', height: '297mm', points: { width: 595.28, height: 841.89 } },
  letter: { label: 'Letter', width: '8.5in', height: '11in', points: { width: 612, height: 792 } },
} as const;

export type Paper = keyof typeof PAPERS;
export const PAPER_NAMES = Object.keys(PAPERS) as Paper[];
export const DEFAULT_PAPER: Paper = 'a4';

export const isPaper = (value: string): value is Paper => Object.hasOwn(PAPERS, value);
