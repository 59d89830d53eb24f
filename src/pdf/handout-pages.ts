import type { Page } from 'playwright-core';

/** What the page needs to lay the handout out; all plain data (it crosses into the page). */
export interface SheetPlan {
  /** Class on <html> that switches src/styles/handout.css on. */
  cls: string;
  paper: { width: string; height: string };
  /** Width of a slide's picture on the sheet, CSS px; its height follows the slide's 16:9. */
  slideWidth: number;
  slide: { width: number; height: number };
  lang: string;
  /** Left-hand footer of every sheet (the deck's title); the page number goes on the right. */
  footer: string;
  sections: { title: string; slides: { id: string }[] }[];
}

export interface SheetResult {
  sheets: number;
  entries: number;
  /** Entries whose notes went on over the next sheet (notes taller than a whole sheet). */
  continued: number;
  /** Slides whose notes still do not fit on an empty sheet (one paragraph taller than the page). */
  overfull: string[];
  /** Height each sheet has filled, as a fraction of its body (for the summary and the tests). */
  filled: number[];
  pageWidth: number;
  pageHeight: number;
}

/**
 * Lays reveal's print view out as sheets of paper: each slide (its whole `.pdf-page`, scaled down,
 * still text) with its speaker notes beside and below it, a heading per section, the entries
 * flowing from sheet to sheet. The sheets are real elements with the paper's size, so this code
 * decides every page break (and knows each slide's page for the bookmarks): an entry that does not
 * fit the rest of a sheet starts the next one, a section heading moves with its first entry, and
 * notes taller than a whole sheet go on over the next one, paragraph by paragraph.
 * Runs in the page: one function, loops only, no named inner functions (see page-assets.ts).
 */
export function layOutSheets(page: Page, plan: SheetPlan): Promise<SheetResult> {
  return page.evaluate((p) => {
    const root = document.documentElement;
    root.classList.add(p.cls);
    root.style.setProperty('--handout-paper-width', p.paper.width);
    root.style.setProperty('--handout-paper-height', p.paper.height);
    root.style.setProperty('--handout-slide-width', `${p.slideWidth}px`);
    root.style.setProperty('--handout-scale', String(p.slideWidth / p.slide.width));
    const container = document.querySelector('.reveal .slides');
    if (!container) throw new Error('the print view has no .reveal .slides');
    const printed = new Map<string, HTMLElement>();
    for (const pdfPage of document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')) {
      const id = pdfPage.querySelector('section[id]')?.id;
      if (id && !printed.has(id)) printed.set(id, pdfPage);
    }
    // The agenda's entries by the slide they link to, read while the agenda is still in the page.
    const agenda = new Map<string, Element>();
    for (const a of document.querySelectorAll(`.l10n[lang="${p.lang}"] .agenda a[href]`)) {
      agenda.set((a.getAttribute('href') ?? '').replace(/^#\/?/, ''), a);
    }
    const items: { el: HTMLElement; heading: boolean; id: string }[] = [];
    let number = 0;
    for (const section of p.sections) {
      // The section's position, written on its slides by the deck (src/runtime/print-sections.ts): print.css colours by it.
      const part = printed.get(section.slides[0]?.id ?? '')?.querySelector<HTMLElement>('section[id]')?.dataset.deckPart ?? '';
      const heading = document.createElement('h2');
      heading.className = 'handout-section';
      heading.dataset.deckPart = part;
      // A talk's heading as the agenda has it: number, title (bold), speaker (regular: the bold
      // font subset has only the characters the deck draws bold).
      const link = agenda.get(section.slides[0]?.id ?? '');
      const talk = link?.querySelector('.agenda-title')?.textContent?.trim();
      if (talk) {
        const number = document.createElement('span');
        number.className = 'handout-part';
        number.textContent = part;
        const title = document.createElement('span');
        title.textContent = talk;
        heading.append(number, title);
        const speaker = link?.querySelector('.agenda-speaker')?.textContent?.trim();
        if (speaker) {
          const name = document.createElement('span');
          name.className = 'handout-speaker';
          name.textContent = speaker;
          heading.append(name);
        }
      } else heading.textContent = section.title;
      items.push({ el: heading, heading: true, id: '' });
      for (const slide of section.slides) {
        const pdfPage = printed.get(slide.id);
        if (!pdfPage) continue;
        number++;
        const entry = document.createElement('article');
        entry.className = 'handout-entry';
        entry.dataset.deckPart = part;
        const picture = document.createElement('div');
        picture.className = 'handout-slide';
        const notes = document.createElement('div');
        notes.className = 'handout-notes';
        const label = document.createElement('span');
        label.className = 'handout-number';
        label.textContent = String(number);
        notes.append(label);
        // reveal copied the notes (both languages, one hidden) into a box on the page: take them out.
        const box = pdfPage.querySelector('.speaker-notes-pdf');
        if (box) notes.append(...box.childNodes);
        box?.remove();
        pdfPage.querySelector('.slide-number-pdf')?.remove();
        picture.append(pdfPage);
        entry.append(picture, notes);
        items.push({ el: entry, heading: false, id: slide.id });
      }
    }
    const sheets: HTMLElement[] = [];
    const overfull: string[] = [];
    let continued = 0;
    let body: HTMLElement | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item) break;
      if (!body) {
        const sheet = document.createElement('div');
        sheet.className = 'handout-sheet';
        body = document.createElement('div');
        body.className = 'handout-body';
        const foot = document.createElement('footer');
        foot.className = 'handout-footer';
        sheet.append(body, foot);
        container.append(sheet);
        sheets.push(sheet);
      }
      body.append(item.el);
      if (body.scrollHeight <= body.clientHeight + 1) continue;
      const first = body.firstElementChild === item.el || (body.children.length === 2 && items[i - 1]?.heading === true);
      if (!first) {
        // Next sheet; a section heading left alone at the bottom goes along with its first entry.
        item.el.remove();
        if (!item.heading && items[i - 1]?.heading && body.lastElementChild === items[i - 1]?.el) i--;
        i--;
        body = undefined;
        continue;
      }
      // Taller than a whole sheet: move the notes' last paragraphs into a continuation entry.
      const text = item.el.querySelector<HTMLElement>('.handout-notes > .l10n:not([hidden])');
      const blocks = text ? [...text.children] : [];
      if (!text || blocks.length < 2) {
        overfull.push(item.id);
        body = undefined;
        continue;
      }
      const rest = document.createElement('article');
      rest.className = 'handout-entry is-continued';
      rest.dataset.deckPart = item.el.dataset.deckPart ?? '';
      const restNotes = document.createElement('div');
      restNotes.className = 'handout-notes';
      const restText = text.cloneNode(false) as HTMLElement;
      restNotes.append(restText);
      rest.append(restNotes);
      while (body.scrollHeight > body.clientHeight + 1 && text.children.length > 1 && text.lastElementChild) {
        restText.prepend(text.lastElementChild);
      }
      if (body.scrollHeight > body.clientHeight + 1) overfull.push(item.id);
      items.splice(i + 1, 0, { el: rest, heading: false, id: item.id });
      continued++;
      body = undefined;
    }
    const filled = sheets.map((sheet) => {
      const inner = sheet.querySelector<HTMLElement>('.handout-body');
      const last = inner?.lastElementChild?.getBoundingClientRect().bottom ?? 0;
      const box = inner?.getBoundingClientRect();
      return box && box.height ? Math.min(1, (last - box.top) / box.height) : 0;
    });
    sheets.forEach((sheet, n) => {
      const foot = sheet.querySelector('.handout-footer');
      if (!foot) return;
      const title = document.createElement('span');
      title.textContent = p.footer;
      const pageNumber = document.createElement('span');
      pageNumber.className = 'handout-page-number';
      pageNumber.textContent = `${n + 1} / ${sheets.length}`;
      foot.append(title, pageNumber);
    });
    const size = sheets[0]?.getBoundingClientRect();
    return {
      sheets: sheets.length,
      entries: number,
      continued,
      overfull,
      filled,
      pageWidth: size?.width ?? 0,
      pageHeight: size?.height ?? 0,
    };
  }, plan);
}
