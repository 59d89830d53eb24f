import { loadSlides } from './deck-slides.ts';

/**
 * Speaker notes are not in index.html: the projected deck never shows them, and they are most of
 * the page's text. They come as a separate chunk, loaded by the reading view (its transcripts; a
 * phone's HTML preloads it), when the speaker view opens, or when the deck is printed or shown with
 * notes (`?print-pdf&showNotes=true`, `?showNotes=true`), and are put back where reveal.js expects
 * them: an `<aside class="notes">` in each slide.
 */
let loading: Promise<void> | undefined;

export function loadNotes(onLoaded: () => void): Promise<void> {
  // Every slide first: the notes go into them (src/runtime/deck-slides.ts).
  loading ??= Promise.all([import('virtual:deck-notes'), loadSlides()]).then(([{ default: notes }]) => {
    for (const [id, html] of Object.entries(notes)) {
      const slide = document.getElementById(id);
      if (!slide || slide.querySelector(':scope > aside.notes')) continue;
      const aside = document.createElement('aside');
      aside.className = 'notes';
      // Build-time HTML from the deck's own compiler: escaped text, no scripts.
      aside.innerHTML = html;
      slide.append(aside);
    }
    onLoaded();
  });
  return loading;
}

/** Whether this view shows notes as soon as it opens: reveal reads them while laying out. */
export function notesNeededAtStart(search = location.search): boolean {
  const params = new URLSearchParams(search);
  const showNotes = params.get('showNotes');
  return showNotes !== null && showNotes !== 'false';
}
