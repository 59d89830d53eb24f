import { cleanText, fold, type Folded } from './normalize.ts';

/**
 * What search looks through, read from the page each time the dialog opens: every slide's heading,
 * its text line by line, and its speaker notes paragraph by paragraph, in each language. It reads
 * textContent, so the deck's soft breaks (`<wbr>`) and phrase spans never split a word. Works on
 * the deck (`section[id] > .l10n`, notes in `aside.notes`) and on the reading view, which moves the
 * same nodes into its article (notes in `.reading-notes`): a slide is any `section[id]` holding
 * `.l10n` text and no other such section.
 */
export type LineKind = 'heading' | 'text' | 'notes';

export interface IndexLine {
  slide: string;
  lang: string;
  kind: LineKind;
  text: string;
  folded: Folded;
  /** The slide's heading and its part's name, in the line's language. */
  heading: string;
  section: string;
  /** The fragment step that shows this line on the slide; undefined if it is always shown. */
  fragment?: number;
}

const NOTES = ':is(aside.notes, .reading-notes)';
/** Elements whose text is a line of its own. */
const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'DT',
  'DD',
  'TD',
  'TH',
  'FIGCAPTION',
  'CAPTION',
  'BLOCKQUOTE',
  'DIV',
  'TR',
  'PRE',
]);

const clean = cleanText;

/**
 * A component's field: a classed inline element other than the typesetter's `nowrap`. Two of them
 * side by side (the agenda's title, speaker and minutes; a rank and its threat) are laid out apart
 * on the slide, so the line gets a space between them: 「…」 山下 健一さん 12分, not 「…」山下 健一さん12分.
 */
const isField = (node: Node | null): boolean =>
  node instanceof Element && node.classList.length > 0 && !node.classList.contains('nowrap') && !BLOCKS.has(node.tagName);

/** The lines of a text block: one per block element, `<br>` and code line. */
function linesOf(root: Element, skip: (el: Element) => boolean): { text: string; el: Element }[] {
  const lines: { text: string; el: Element }[] = [];
  let current = '';
  let owner: Element = root;
  // A line break in the HTML source is white space (or nothing between Japanese characters:
  // cleanText); only `<br>` and a line of code end a line.
  const flush = (): void => {
    const breaks = owner.closest('pre') ? /[\n\u2028]/ : /\u2028/;
    for (const part of current.split(breaks)) if (clean(part)) lines.push({ text: clean(part), el: owner });
    current = '';
  };
  const walk = (node: Node, block: Element): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!current) owner = block;
        current += child.textContent ?? '';
      } else if (child instanceof Element) {
        if (skip(child)) continue;
        if (isField(child) && isField(child.previousSibling)) current += ' ';
        if (child.tagName === 'BR') current += '\u2028';
        else if (BLOCKS.has(child.tagName)) {
          flush();
          walk(child, child);
          flush();
        } else walk(child, block);
      }
    }
  };
  walk(root, root);
  flush();
  return lines;
}

function slidesOf(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('section[id]')].filter(
    (s) => s.querySelector('.l10n[lang]') && !s.querySelector(':scope section[id] .l10n[lang]'),
  );
}

/** Each part's name per slide id, from the agenda (its entries link to each part's first slide). */
function sectionNames(slides: readonly HTMLElement[], lang: string, doc: Document): Map<string, string> {
  const starts = new Map<string, string>();
  doc.querySelectorAll(`.l10n[lang="${lang}"] a.agenda-item`).forEach((a, i) => {
    const id = decodeURIComponent(a.getAttribute('href')?.replace(/^#\//, '') ?? '');
    const speaker = clean(a.querySelector('.agenda-speaker')?.textContent ?? '');
    const title = clean(a.querySelector('.agenda-title')?.textContent ?? '');
    if (id) starts.set(id, `${i + 1} ${speaker || title}`);
  });
  const opening = slides.map((s) => s.querySelector(`.l10n[lang="${lang}"] .section-label .section-name`)).find(Boolean)?.textContent;
  let current = clean(opening ?? '');
  const names = new Map<string, string>();
  for (const slide of slides) {
    current = starts.get(slide.id) ?? current;
    names.set(slide.id, current);
  }
  return names;
}

function fragmentOf(el: Element): number | undefined {
  const f = el.closest<HTMLElement>('.fragment[data-fragment-index]');
  return f ? Number(f.dataset.fragmentIndex) : undefined;
}

export function buildIndex(langs: readonly string[], doc: Document = document): IndexLine[] {
  const slides = slidesOf(doc);
  const out: IndexLine[] = [];
  for (const lang of langs) {
    const sections = sectionNames(slides, lang, doc);
    for (const slide of slides) {
      const texts = [...slide.querySelectorAll<HTMLElement>(`.l10n[lang="${lang}"]`)];
      const body = texts.filter((t) => !t.closest(NOTES) && !t.parentElement?.closest('.l10n'));
      const notes = texts.filter((t) => t.parentElement?.matches(NOTES));
      const headingEl = body.map((t) => t.querySelector(':is(h1, h2, h3)')).find(Boolean);
      const heading = clean(headingEl?.textContent ?? slide.id);
      const base = { slide: slide.id, lang, heading, section: sections.get(slide.id) ?? '' };
      out.push({ ...base, kind: 'heading', text: heading, folded: fold(heading) });
      for (const t of body) {
        const skip = (el: Element): boolean => el === headingEl || el.classList.contains('section-label');
        for (const line of linesOf(t, skip)) {
          const fragment = fragmentOf(line.el);
          out.push({ ...base, kind: 'text', text: line.text, folded: fold(line.text), ...(fragment === undefined ? {} : { fragment }) });
        }
      }
      for (const n of notes)
        for (const line of linesOf(n, () => false)) out.push({ ...base, kind: 'notes', text: line.text, folded: fold(line.text) });
    }
  }
  return out;
}
