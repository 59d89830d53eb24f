import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A bookmark: where it jumps (page index, and CSS px from the page's top) and its children. */
export interface OutlineItem {
  title: string;
  page: number;
  top: number;
  children: OutlineItem[];
}

/**
 * Replaces the document outline (Chromium's is a flat list of the headings it saw) with the given
 * tree. pdf-lib has no outline API, so the dictionaries are written as ISO 32000-1 §12.3.3 says:
 * siblings linked by /Prev and /Next, each parent with /First, /Last and a positive /Count (open).
 * Destinations are explicit `[page /XYZ left top zoom]`, so they need no named-destination tree.
 */
export function setOutline(doc: PDFDocument, items: readonly OutlineItem[]): number {
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  let total = 0;
  const build = (parentRef: PDFRef, list: readonly OutlineItem[]): { first?: PDFRef; last?: PDFRef; count: number } => {
    const refs = list.map(() => context.nextRef());
    let count = 0;
    list.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 0), pages.length - 1)];
      if (!page || !refs[i]) return;
      const ref = refs[i];
      const top = page.getHeight() - item.top * 0.75; // CSS px to pt, from the bottom edge
      const dest = PDFArray.withContext(context);
      dest.push(page.ref);
      dest.push(PDFName.of('XYZ'));
      dest.push(PDFNull);
      dest.push(PDFNumber.of(Math.round(top * 100) / 100));
      dest.push(PDFNull);
      const dict = PDFDict.withContext(context);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), dest);
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const kids = build(ref, item.children);
      if (kids.first && kids.last) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(kids.count));
      }
      context.assign(ref, dict);
      count += 1 + kids.count;
      total++;
    });
    return { first: refs[0], last: refs.at(-1), count };
  };
  const top = build(rootRef, items);
  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  if (top.first && top.last) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  }
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  // Viewers open the bookmarks panel: the outline is how readers find a section.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return total;
}

/** Sections as branches, their slides as leaves: what a reader's bookmarks panel should show. */
export function outlineOf(
  sections: readonly { title: string; slides: readonly { title: string; page: number; top: number }[] }[],
): OutlineItem[] {
  return sections.flatMap((section) => {
    const first = section.slides[0];
    if (!first) return [];
    const children = section.slides.map((s) => ({ title: s.title || section.title, page: s.page, top: s.top, children: [] }));
    return [{ title: section.title || first.title, page: first.page, top: first.top, children }];
  });
}
