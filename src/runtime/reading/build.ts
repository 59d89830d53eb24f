import type { Lang } from '../../deck/types.ts';
import { el, localized, textKey } from './dom.ts';
import { openLines, prepareSlideText } from './slide-text.ts';
import { READING_MAX_WIDTH } from './view-choice.ts';

/**
 * The reading view's article, made from the slides already in index.html: each deck section
 * (`section.deck-section`, one part of the event) becomes a part with its title as an `h2`, each
 * slide a `section.reading-slide#<slide id>` (so `#/<slide id>` still names it) holding the slide's
 * text in both languages and its speaker notes as an open transcript. The slides' nodes are moved,
 * not copied: the page holds each text once, and find-in-page finds it once.
 */
export interface ReadingArticle {
  root: HTMLElement;
  slides: HTMLElement[];
}

/** The agenda's name for a part (its entry links to the part's first slide), else a section label. */
function partTitle(part: Element, lang: Lang): { title: string; speaker: string } {
  const first = part.querySelector(':scope > section[id]')?.id ?? '';
  const entry = document.querySelector(`.l10n[lang="${lang}"] .agenda-item[href="#/${CSS.escape(first)}"]`);
  const title = entry?.querySelector('.agenda-title')?.textContent?.trim();
  if (title) return { title, speaker: entry?.querySelector('.agenda-speaker')?.textContent?.trim() ?? '' };
  const label = part.querySelector(`.l10n[lang="${lang}"] .section-label .section-name`)?.textContent?.trim();
  const heading = part.querySelector(`.l10n[lang="${lang}"] :is(h1, h2)`)?.textContent?.trim();
  return { title: label ?? heading ?? first, speaker: '' };
}

function slideEntry(slide: HTMLElement, number: number, total: number): HTMLElement {
  const id = slide.id;
  const texts = [...slide.querySelectorAll<HTMLElement>(':scope > .l10n')];
  const card = el('div', { class: 'reading-card' }, texts);
  const notes = [...slide.querySelectorAll<HTMLElement>(':scope > aside.notes > .l10n')];
  const transcript = el('details', { class: 'reading-notes', open: '' }, [el('summary', {}, [textKey('transcript')]), ...notes]);
  const meta = el('p', { class: 'reading-meta' }, [
    el('a', { class: 'reading-self', href: `#/${id}` }, [
      textKey('slideNumber'),
      // A no-break space: the label and the number are two flex items, and a plain space would collapse.
      el('span', { class: 'reading-count' }, [`\u00a0${number} / ${total}`]),
    ]),
    el('a', { class: 'reading-as-slide', href: `?view=slides#/${id}`, 'data-view-link': 'slides', 'data-slide': id }, [
      textKey('thisSlide'),
    ]),
  ]);
  const heading = card.querySelector(':is(h1, h3)');
  const entry = el('section', { class: 'reading-slide', id, tabindex: '-1' }, [card, ...(notes.length ? [transcript] : []), meta]);
  if (heading) entry.setAttribute('aria-labelledby', headingIds(card, id));
  return entry;
}

/** Ids for the slide's headings, one per language; aria-labelledby names the shown one. */
function headingIds(card: HTMLElement, id: string): string {
  const ids: string[] = [];
  for (const text of card.querySelectorAll<HTMLElement>(':scope > .l10n')) {
    const heading = text.querySelector<HTMLElement>(':is(h1, h3)');
    if (!heading) continue;
    heading.id = `${id}--${text.lang}`;
    ids.push(heading.id);
  }
  return ids.join(' ');
}

function tocEntry(
  lang: Lang,
  parts: { id: string; title: Record<string, string>; slides: { id: string; title: Record<string, string> }[] }[],
): HTMLElement {
  return el(
    'ol',
    { class: 'reading-toc-parts l10n', lang },
    parts.map((p) =>
      el('li', {}, [
        el('a', { href: `#/${p.id}`, class: 'reading-toc-part' }, [p.title[lang] ?? p.id]),
        el(
          'ol',
          { class: 'reading-toc-slides' },
          p.slides.map((s) => el('li', {}, [el('a', { href: `#/${s.id}` }, [s.title[lang] ?? s.id])])),
        ),
      ]),
    ),
  );
}

/** The heading of a prepared slide in one language, as text. */
function headingText(slide: Element, lang: Lang): string {
  return slide.querySelector(`:scope > .l10n[lang="${lang}"] :is(h1, h3)`)?.textContent?.replace(/\s+/g, ' ').trim() ?? slide.id;
}

export function buildArticle(source: Element, langs: readonly Lang[]): ReadingArticle {
  const parts = [...source.querySelectorAll<HTMLElement>('.slides > section.deck-section')];
  const all = parts.flatMap((p) => [...p.querySelectorAll<HTMLElement>(':scope > section[id]')]);
  const total = all.length;
  const titleSlide = all[0];
  // Part titles first: they come from the agenda and the section labels, which preparing removes.
  const titles = parts.map((part) => langs.map((l) => [l, partTitle(part, l)] as const));
  for (const slide of all) {
    for (const text of slide.querySelectorAll<HTMLElement>(':scope > .l10n'))
      prepareSlideText(text, text.lang as Lang, slide === titleSlide);
  }
  const model = parts.map((part, i) => ({
    id: part.querySelector(':scope > section[id]')?.id ?? '',
    title: Object.fromEntries((titles[i] ?? []).map(([l, t]) => [l, t.title])),
    speaker: Object.fromEntries((titles[i] ?? []).map(([l, t]) => [l, t.speaker])),
    slides: [...part.querySelectorAll<HTMLElement>(':scope > section[id]')]
      .filter((s) => s !== titleSlide)
      .map((s) => ({ id: s.id, title: Object.fromEntries(langs.map((l) => [l, headingText(s, l)])) })),
  }));
  const slides: HTMLElement[] = [];
  const article = el('article', { class: 'reading-article' });
  // The title slide is the article's head: its event name is the page's one h1.
  if (titleSlide) {
    const head = slideEntry(titleSlide, 1, total);
    head.classList.add('reading-title');
    slides.push(head);
    article.append(head);
  }
  // The contents are 45 links: on a phone they start folded, one tap away, above the talk.
  const contents = el('details', { class: 'reading-toc-fold' }, [
    el('summary', {}, [el('h2', { id: 'reading-toc-label', class: 'reading-toc-label' }, [textKey('contents')])]),
    ...langs.map((l) => tocEntry(l, model)),
  ]);
  if (innerWidth > READING_MAX_WIDTH) contents.setAttribute('open', '');
  const toc = el('nav', { class: 'reading-toc', 'aria-labelledby': 'reading-toc-label', id: 'reading-toc' }, [contents]);
  article.append(toc);
  let number = 1;
  for (const [index, part] of parts.entries()) {
    const info = model[index];
    if (!info) continue;
    const children = [...part.querySelectorAll<HTMLElement>(':scope > section[id]')].filter((s) => s !== titleSlide);
    if (!children.length) continue;
    const headingId = `part-${part.dataset.section ?? index}`;
    const heading = el('h2', { class: 'reading-part-title', id: headingId }, [localized(langs, (l) => info.title[l] ?? '')]);
    const speaker = langs.some((l) => info.speaker[l])
      ? [el('p', { class: 'reading-part-speaker' }, [localized(langs, (l) => info.speaker[l] ?? '')])]
      : [];
    const entries = children.map((s) => {
      number++;
      const entry = slideEntry(s, number, total);
      slides.push(entry);
      return entry;
    });
    article.append(
      el('section', { class: 'reading-part', 'aria-labelledby': headingId, 'data-deck-part': String(index) }, [
        heading,
        ...speaker,
        ...entries,
      ]),
    );
  }
  openLines(article);
  return { root: article, slides };
}
