import type { Page } from 'playwright-core';
import type { Lang } from '../deck/types.ts';

export interface SlideEntry {
  id: string;
  /** The slide's heading in the printed language, `<br>` read as a space. */
  title: string;
  /** 0-based index of the first printed page that shows the slide. */
  page: number;
  /** Distance of the slide's top from the top of its page, in CSS px (0 unless pages hold several). */
  top: number;
}

export interface SectionEntry {
  id: string;
  /** The agenda's name for the section; the first slide's heading for the title section. */
  title: string;
  slides: SlideEntry[];
}

/**
 * Reads the printed deck's structure: sections in order, their slides, and the page each slide is
 * printed on. `pageSelector` names the printed pages (reveal's `.pdf-page`, or the handout's sheets).
 * Runs in the page; no named inner functions (see page-assets.ts).
 */
export async function readDeckStructure(page: Page, lang: Lang, pageSelector: string): Promise<SectionEntry[]> {
  return page.evaluate(
    ({ lang, pageSelector }) => {
      // Text with <br> read as a line break; an anonymous callback, not a named helper (see above).
      const texts = new Map<Element, string>();
      [...document.querySelectorAll('.reveal .slides :is(h1, h2), .reveal .agenda a')].forEach((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const br of copy.querySelectorAll('br')) br.replaceWith('\ue000');
        const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        // A line break between Japanese characters is no space (「発覚!被害」), between words it is one.
        const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
        texts.set(
          el,
          text.replace(/ ?\ue000 ?/g, (_m, at: number) =>
            cjk.test(text[at - 1] ?? '') || cjk.test(text[at + _m.length] ?? '') ? '' : ' ',
          ),
        );
      });
      // A section's name: the agenda entry's talk title and speaker, without its minutes.
      const agenda = new Map<string, string>();
      for (const a of document.querySelectorAll<HTMLAnchorElement>(`.l10n[lang="${lang}"] .agenda a[href]`)) {
        const parts = [...a.querySelectorAll('.agenda-title, .agenda-speaker')].map((el) =>
          (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        agenda.set((a.getAttribute('href') ?? '').replace(/^#\/?/, ''), parts.filter(Boolean).join(' ') || (texts.get(a) ?? ''));
      }
      const sections: { id: string; title: string; slides: { id: string; title: string; page: number; top: number }[] }[] = [];
      const seen = new Set<string>();
      const pages = [...document.querySelectorAll(pageSelector)];
      pages.forEach((printed, index) => {
        const pageTop = printed.getBoundingClientRect().top;
        for (const slide of printed.querySelectorAll<HTMLElement>('section[id]')) {
          if (seen.has(slide.id)) continue; // --fragments prints a slide once per step; link to the first
          seen.add(slide.id);
          const sectionId = slide.dataset.deckSection ?? '';
          const heading = slide.querySelector(`.l10n[lang="${lang}"] :is(h1, h2)`) ?? slide.querySelector('h1, h2');
          const title = heading ? (texts.get(heading) ?? '') : '';
          let section = sections.at(-1);
          if (!section || section.id !== sectionId) {
            section = { id: sectionId, title: agenda.get(slide.id) ?? title, slides: [] };
            sections.push(section);
          }
          const frame = slide.closest('.pdf-page') ?? slide;
          section.slides.push({ id: slide.id, title, page: index, top: Math.max(0, frame.getBoundingClientRect().top - pageTop) });
        }
      });
      return sections;
    },
    { lang, pageSelector },
  );
}

/**
 * Chromium turns `<a href="#id">` into an internal link (a named destination on the page that
 * shows `#id`) but drops reveal's `#/id` deep links. On the printed page the slide with that id is
 * the target either way, so the links are rewritten; the count is returned for the progress line.
 */
export async function makeSlideLinksInternal(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href^="#/"]')) {
      const id = (a.getAttribute('href') ?? '').slice(2);
      if (!id || !document.getElementById(id)) continue;
      a.setAttribute('href', `#${id}`);
      n++;
    }
    return n;
  });
}
