import type { Page } from 'playwright-core';
import type { SectionEntry } from './deck-structure.ts';
import { PdfError } from './errors.ts';
import { layOutSheets, type SheetResult } from './handout-pages.ts';
import { PAPERS, type Paper } from './paper.ts';

/** Class on <html> that turns the print view into a handout; styled in src/styles/handout.css. */
export const HANDOUT_CLASS = 'deck-handout';
/** Selector of the handout's printed pages, for readDeckStructure and the page count. */
export const SHEET_SELECTOR = '.reveal .slides .handout-sheet';

/**
 * Width of a slide's picture, CSS px: 90 mm on paper, about what a three-slides-a-page handout
 * gives, with a notes column of 85–95 mm beside it on A4 and Letter. A slide's 38 px body text is
 * drawn at 10 px (7.5 pt), its headings at 13 px.
 */
export const SLIDE_PICTURE_WIDTH = 340;

export interface HandoutLayout extends SheetResult {
  paper: Paper;
}

/**
 * Turns the print view into a handout on real paper: the page size comes from an `@page` rule
 * (appended last, so it wins over the 1280×720 one reveal wrote; the deck's CSP allows inline
 * styles), and the sheets are laid out in the page (handout-pages.ts). Stops when handout.css is
 * not in the build: without it the sheets would print as an unstyled run of text.
 */
export async function layOutHandout(
  page: Page,
  options: { paper: Paper; lang: string; footer: string; slide: { width: number; height: number }; sections: readonly SectionEntry[] },
): Promise<HandoutLayout> {
  const marker = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deck-handout-css').trim());
  if (marker !== '1') {
    throw new PdfError(
      'BUILD_FAILED',
      "The built deck has no handout styles: src/styles/handout.css is not imported.\nAdd `import './styles/handout.css';` to src/main.ts and run again.",
    );
  }
  const paper = PAPERS[options.paper];
  await page.addStyleTag({ content: `@page { size: ${paper.width} ${paper.height}; margin: 0; }` });
  const result = await layOutSheets(page, {
    cls: HANDOUT_CLASS,
    paper: { width: paper.width, height: paper.height },
    slideWidth: SLIDE_PICTURE_WIDTH,
    slide: options.slide,
    lang: options.lang,
    footer: options.footer,
    sections: options.sections.map((s) => ({ title: s.title, slides: s.slides.map((slide) => ({ id: slide.id })) })),
  });
  return { paper: options.paper, ...result };
}
