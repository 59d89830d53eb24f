import type { Lang } from '../deck/types.ts';

export interface PrintViewOptions {
  fragments: boolean;
  notes: boolean;
  lang: Lang;
  /** Slides in the deck's light scheme (`?theme=light`, read by the deck's theme code). */
  light?: boolean;
}

/**
 * The deck's print view URL. reveal.js reads any config option from the query string, so the
 * export overrides the deck's own settings here instead of needing a second build:
 * - `print-pdf`: reveal lays every slide out as a page and dispatches `pdf-ready`;
 * - `margin=0`: reveal sizes the page as slide × (1 + margin); the deck's 0.04 screen margin would
 *   make 1331×748 px pages instead of exactly the 1280×720 slide;
 * - `pdfSeparateFragments`: a page per fragment step only when asked (the deck says false);
 * - `showNotes`: reveal copies each slide's notes into a `.speaker-notes-pdf` box on its page;
 * - `lang`: passed through for the deck's own language switch;
 * - `theme=light`: the deck's light scheme (src/runtime/theme.ts reads it), for paper (`--light`,
 *   and always for the handout).
 */
export function printViewUrl(base: string, options: PrintViewOptions): string {
  const url = new URL(base);
  const params = [
    'print-pdf',
    'margin=0',
    `pdfSeparateFragments=${options.fragments}`,
    `showNotes=${options.notes}`,
    `lang=${encodeURIComponent(options.lang)}`,
  ];
  // The handout is paper: always light, whatever `light` says.
  if (options.light || options.notes) params.push('theme=light');
  url.search = `?${params.join('&')}`;
  url.hash = '';
  return url.href;
}
