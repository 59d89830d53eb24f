import { LIVE_PARAM } from '../../protocol/live-param.ts';

/**
 * Which view a page load gets: the reading view (an article: every slide with all its fragments
 * and its notes as a transcript) or the slides (reveal). Decided before reveal is constructed, so
 * a reader never pays for reveal's layout, and kept in this tiny module so the projected deck's
 * first script does not grow by the reading view's code (that is a lazy chunk, ./reading-view.ts).
 *
 * `?view=read` asks for the reading view, `?view=slides` (or any other view: speaker, print) for
 * the deck. Without `view`, a screen at most READING_MAX_WIDTH px wide reads: 38 slides in reveal's
 * scroll view were 68 phone screens, and the notes could not be reached there at all.
 */
export const VIEW_PARAM = 'view';
export const READ_VIEW = 'read';
export const SLIDES_VIEW = 'slides';
export const READING_MAX_WIDTH = 600;

export function readingViewRequested(search = location.search, width = innerWidth): boolean {
  const params = new URLSearchParams(search);
  const view = params.get(VIEW_PARAM);
  if (view !== null) return view === READ_VIEW;
  // Pages that must stay the deck whatever their width: the print view and the PDF export, the
  // speaker view's previews (small iframes), and the audience of `npm run present`, who follow
  // the presenter's slide.
  if (/print-pdf/i.test(search) || params.has('receiver') || params.has(LIVE_PARAM)) return false;
  return width <= READING_MAX_WIDTH;
}

/** The same page in the other view, keeping every other parameter (lang, theme) and the slide. */
export function viewUrl(view: typeof READ_VIEW | typeof SLIDES_VIEW, slideId?: string, from = location.href): string {
  const url = new URL(from);
  url.searchParams.set(VIEW_PARAM, view);
  if (slideId) url.hash = `#/${slideId}`;
  return url.href;
}
