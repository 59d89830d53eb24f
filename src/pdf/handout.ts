import type { Page } from 'playwright-core';

/** Class on <html> that turns reveal's notes overlay into a handout; styled in src/styles/print.css. */
export const HANDOUT_CLASS = 'deck-handout';

/**
 * The notes area is at least this tall (CSS px), so pages with short notes still have room to
 * write on and every page of the handout has the same size.
 */
export const MIN_NOTES_HEIGHT = 360;

export interface HandoutLayout {
  pageWidth: number;
  pageHeight: number;
  /** Slides that have notes; the rest get an empty notes area. */
  withNotes: number;
  tallestNotes: number;
}

/**
 * Turns the print view into a handout: each slide at full size on top, its notes below. reveal
 * puts notes in a box over the bottom of the slide; print.css moves it below the slide, and the
 * page grows to fit the longest notes so nothing is clipped or shrunk to fit.
 */
export async function layOutHandout(page: Page, slide: { width: number; height: number }): Promise<HandoutLayout> {
  const measured = await page.evaluate(
    ({ cls, slideHeight }) => {
      const root = document.documentElement;
      root.style.setProperty('--deck-slide-height', `${slideHeight}px`);
      root.classList.add(cls);
      const heights = [...document.querySelectorAll<HTMLElement>('.reveal .speaker-notes-pdf')].map(
        (n) => n.getBoundingClientRect().height,
      );
      return { withNotes: heights.length, tallestNotes: Math.ceil(Math.max(0, ...heights)) };
    },
    { cls: HANDOUT_CLASS, slideHeight: slide.height },
  );
  // A multiple of 4 px is a whole number of points (1 px = 0.75 pt): tidy page sizes in PDF viewers.
  const pageHeight = Math.ceil((slide.height + Math.max(MIN_NOTES_HEIGHT, measured.tallestNotes)) / 4) * 4;
  // The page size has to be an @page rule: it cannot come from a class or a custom property. It
  // is appended last, so it wins over the one reveal wrote; the deck's CSP allows inline styles.
  await page.addStyleTag({ content: `@page { size: ${slide.width}px ${pageHeight}px; margin: 0; }` });
  await page.evaluate((h) => {
    document.documentElement.style.setProperty('--deck-handout-page-height', `${h}px`);
  }, pageHeight);
  return { pageWidth: slide.width, pageHeight, ...measured };
}
