import type { Lang } from '../../deck/types.ts';
import { READING_STRINGS } from './strings.ts';

/**
 * Turns one language's text of a slide into a passage of the article. The page has one h1 (the
 * event's name, from the title slide), an h2 per part and an h3 per slide, so a slide's own
 * heading (h1/h2) becomes an h3 and its subheadings (h3) h4s. Every fragment is shown, the
 * section label is dropped (the part's heading above says it), and line breaks placed for the
 * 1280 px slide become break opportunities: the phone's measure is a third of it.
 */
const DEMOTE: Record<string, string> = { H1: 'h3', H2: 'h3', H3: 'h4' };

function rename(heading: HTMLElement, tag: string): HTMLElement {
  const next = document.createElement(tag);
  for (const attr of heading.attributes) next.setAttribute(attr.name, attr.value);
  next.append(...heading.childNodes);
  heading.replaceWith(next);
  return next;
}

/** Code scrolls sideways inside its block: a focusable region, named by its file name if it has one. */
function labelCode(text: HTMLElement, lang: Lang): void {
  for (const [i, pre] of [...text.querySelectorAll<HTMLElement>('pre')].entries()) {
    const caption = pre.closest('figure')?.querySelector<HTMLElement>('figcaption');
    pre.setAttribute('role', 'region');
    pre.tabIndex = 0;
    if (caption) {
      caption.id ||= `${text.closest('section[id]')?.id ?? 'code'}-${lang}-code-${i}`;
      pre.setAttribute('aria-label', `${READING_STRINGS.codeLabel[lang]}: ${caption.textContent?.trim() ?? ''}`);
    } else {
      pre.setAttribute('aria-label', READING_STRINGS.codeLabel[lang]);
    }
  }
}

/**
 * Japanese names joined by 「×」 or 「・」 (「ウォルティ×ゲヒルン×さくらインターネット」) are one
 * phrase to the browser's phrase breaking, and wider than a phone's column: a line may break after
 * the joint, so it never has to break inside a word. Code, links (one name) and kept runs stay whole.
 */
function openJoints(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const ja = n.parentElement?.closest('[lang]')?.getAttribute('lang') === 'ja';
    if (ja && /[×・]./.test(n.textContent ?? '') && !n.parentElement?.closest('code, pre, a, .nowrap')) nodes.push(n as Text);
  }
  for (const node of nodes) {
    const parts = (node.textContent ?? '').split(/(?<=[×・])(?!$)/);
    node.replaceWith(...parts.flatMap((part, i) => (i ? [document.createElement('wbr'), part] : [part])));
  }
}

/**
 * On a phone a table's rows become blocks, each cell led by its column's header (reading.css,
 * `td::before`). Explicit roles keep it a table for screen readers whatever its display.
 */
function labelTableCells(text: HTMLElement): void {
  for (const table of text.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    table.setAttribute('role', 'table');
    for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
    for (const row of table.querySelectorAll('tr')) row.setAttribute('role', 'row');
    for (const th of table.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
    for (const row of table.querySelectorAll('tbody tr')) {
      for (const [i, cell] of [...row.children].entries()) {
        cell.setAttribute('role', 'cell');
        if (headers[i]) cell.setAttribute('data-label', headers[i]);
      }
    }
  }
}

/** Runs of kanji, katakana and Latin letters with no break opportunity inside. */
const COMPOUND = /[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{8,}/g;
/** Word segmentation finds no word boundary inside a run of Latin letters alone: only these are segmented. */
const KANA_KANJI = /[\u30a0-\u30ff\u4e00-\u9fff]/;

/**
 * A compound longer than a phone's line allows breaks between its words: the phrase breaking
 * keeps 「セキュリティ診断やったったー」 together and, when it does not fit, splits it anywhere
 * (「やったっ/たー」); a `<wbr>` at each word boundary of a long compound (Intl.Segmenter) gives it
 * 「セキュリティ/診断」 instead. Short compounds keep the browser's phrases.
 */
function openCompounds(root: HTMLElement): void {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Most text nodes (the English ones) have no kana or kanji at all: the cheap test goes first.
    const text = n.textContent ?? '';
    if (KANA_KANJI.test(text) && text.search(COMPOUND) >= 0 && !n.parentElement?.closest('code, pre, .nowrap')) nodes.push(n as Text);
  }
  for (const node of nodes) {
    const text = node.textContent ?? '';
    const cuts = new Set<number>();
    for (const run of text.matchAll(COMPOUND)) {
      if (!KANA_KANJI.test(run[0])) continue;
      const start = run.index;
      for (const s of segmenter.segment(run[0])) if (s.index > 0) cuts.add(start + s.index);
    }
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      parts.push(text.slice(last, cut), document.createElement('wbr'));
      last = cut;
    }
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}

/**
 * Japanese quoted in English text (a talk's title, a name) is marked as Japanese: screen readers
 * say it in Japanese, and it breaks between phrases, not between any two characters (「被/害」).
 * A short name stays on one line.
 */
function markJapanese(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const RUN = /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e][\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e!?・]*/g;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (
      (n.textContent ?? '').search(RUN) >= 0 &&
      !parent?.closest('code, pre') &&
      parent?.closest('[lang]')?.getAttribute('lang') !== 'ja'
    ) {
      nodes.push(n as Text);
    }
  }
  for (const node of nodes) {
    const text = node.textContent ?? '';
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const run of text.matchAll(RUN)) {
      const span = document.createElement('span');
      span.lang = 'ja';
      span.textContent = run[0];
      if ([...run[0]].length <= 6) span.className = 'nowrap';
      parts.push(text.slice(last, run.index), span);
      last = run.index + run[0].length;
    }
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}

export function prepareSlideText(text: HTMLElement, lang: Lang, keepH1: boolean): void {
  for (const node of text.querySelectorAll<HTMLElement>('.fragment')) {
    node.classList.remove('fragment');
    delete node.dataset.fragmentIndex;
  }
  text.querySelector(':scope > .section-label')?.remove();
  for (const heading of [...text.querySelectorAll<HTMLElement>('h1, h2, h3')]) {
    const tag = keepH1 && heading.tagName === 'H1' ? 'h1' : DEMOTE[heading.tagName];
    const renamed = tag && tag !== heading.tagName.toLowerCase() ? rename(heading, tag) : heading;
    for (const br of [...renamed.querySelectorAll('br')]) {
      // Japanese needs no space at a break (and the source's newline after the <br> would draw
      // one); English words do.
      const next = br.nextSibling;
      if (lang === 'ja' && next?.nodeType === Node.TEXT_NODE) next.textContent = (next.textContent ?? '').replace(/^\s+/, '');
      br.replaceWith(lang === 'ja' ? document.createElement('wbr') : document.createTextNode(' '));
    }
  }
  labelCode(text, lang);
  labelTableCells(text);
  // Code titles already break only after a 「/」: the compiler does it (keepCodeTogether in typeset.ts).
}

/** The line-breaking passes, once over the whole article (slides, notes, contents, part titles). */
export function openLines(root: HTMLElement): void {
  markJapanese(root);
  keepOpeners(root);
  openJoints(root);
  openCompounds(root);
}

/** A short kana word opening a sentence before its comma: 「なお、」「ただ、」「また、」. */
const OPENER = /(^|[。！？」\s])([\u3041-\u309f]{2,4})(?=、)/g;

/**
 * The phrase breaking sometimes splits a sentence's opening word (「な/お、」) where the line
 * happens to end: such a word stays on one line.
 */
function keepOpeners(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (
      (n.textContent ?? '').search(OPENER) >= 0 &&
      parent?.closest('[lang]')?.getAttribute('lang') === 'ja' &&
      !parent.closest('code, pre, .nowrap')
    ) {
      nodes.push(n as Text);
    }
  }
  for (const node of nodes) {
    const text = node.textContent ?? '';
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const m of text.matchAll(OPENER)) {
      const start = m.index + (m[1]?.length ?? 0);
      const span = document.createElement('span');
      span.className = 'nowrap';
      span.textContent = m[2] ?? '';
      parts.push(text.slice(last, start), span);
      last = start + span.textContent.length;
    }
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}
