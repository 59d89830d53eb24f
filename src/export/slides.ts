import type { Page } from 'playwright-core';
import type { Lang } from '../deck/types.ts';
import { readDeckStructure, type SectionEntry } from '../pdf/deck-structure.ts';
import { PdfError } from '../pdf/errors.ts';

export interface SlideContent {
  id: string;
  title: string;
  section: string;
  /** The speaker notes as plain text: one line per paragraph or list item. */
  notes: string;
  /** What the slide shows, as text: the picture's alt text. */
  text: string;
}

export interface DeckContent {
  sections: SectionEntry[];
  slides: SlideContent[];
}

/**
 * Reads what the picture formats need besides the pictures: headings, sections, the speaker
 * notes (not in index.html: loaded through the deck's own `window.loadDeckNotes`) and each slide's
 * visible text. Runs in the print view, after it is ready.
 */
export async function readDeckContent(page: Page, lang: Lang): Promise<DeckContent> {
  const sections = await readDeckStructure(page, lang, '.reveal .slides .pdf-page');
  const loaded = await page.evaluate(async () => {
    if (!window.loadDeckNotes) return false;
    await window.loadDeckNotes();
    return true;
  });
  if (!loaded) throw new PdfError('BUILD_FAILED', 'The built deck has no window.loadDeckNotes: src/main.ts must expose it.');
  const bodies = await page.evaluate((l) => {
    const out: Record<string, { notes: string; text: string }> = {};
    for (const slide of document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page > section[id]')) {
      const lines: string[] = [];
      for (const block of slide.querySelectorAll(`aside.notes > .l10n[lang="${l}"] > *`)) {
        const items = block.matches('ul, ol') ? [...block.querySelectorAll(':scope > li')] : [block];
        for (const item of items) lines.push((item.textContent ?? '').replace(/\s+/g, ' ').trim());
      }
      const shown: string[] = [];
      for (const el of slide.querySelectorAll(`:scope > .l10n[lang="${l}"] :is(h1, h2, h3, p, li, pre, td, th, figcaption, img[alt])`)) {
        if (el.closest('li') && el.tagName !== 'LI') continue; // a list item's own text covers its children
        shown.push(el instanceof HTMLImageElement ? el.alt : (el.textContent ?? '').replace(/\s+/g, ' ').trim());
      }
      out[slide.id] = { notes: lines.filter(Boolean).join('\n'), text: shown.filter(Boolean).join('\n') };
    }
    return out;
  }, lang);
  const slides = sections.flatMap((section) =>
    section.slides.map((s) => ({
      id: s.id,
      title: s.title,
      section: section.title,
      notes: bodies[s.id]?.notes ?? '',
      text: bodies[s.id]?.text ?? '',
    })),
  );
  return { sections, slides };
}
