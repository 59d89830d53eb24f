/**
 * reveal's print view moves every slide out of its part's `.deck-section` stack into a flat list
 * of `.pdf-page`s, so the grouping is gone once it has laid the pages out. Before it does, each
 * slide gets its part written onto it: the id (`data-deck-section`), which the PDF export's
 * bookmarks and PowerPoint's sections read (src/pdf/deck-structure.ts), and the position
 * (`data-deck-part`, 1 for the agenda's first entry), which print.css maps to the part's colour:
 * theme.css picks it by the stack's position, which the print view loses.
 */
export function markSections(root: ParentNode = document): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.deck-section[data-section] section[id]')) {
    const section = slide.closest<HTMLElement>('.deck-section');
    if (!section?.parentElement) continue;
    slide.dataset.deckSection = section.dataset.section ?? '';
    slide.dataset.deckPart = String([...section.parentElement.children].indexOf(section));
  }
}
