/**
 * Finds words broken across two lines, as drawn. Runs in the page (`page.evaluate(brokenWords,
 * selector)`), so it is one self-contained function (no imports, no module-level helpers).
 *
 * Every text block under `selector` (the nearest ancestor of a text that is not inline) is read
 * character by character with Range.getClientRects. Where the next character sits on a lower line,
 * the break is allowed only
 * - at white space, a `<wbr>` or a `<br>` (the deck's own break opportunities), or after a hyphen,
 *   a dash or a slash;
 * - at a word boundary of Intl.Segmenter (ICU's dictionary for Japanese): Japanese punctuation,
 *   script changes and word ends are boundaries, 「アプリケーショ/ン」, 「被/害」 and "Th/eft" are not;
 * - where the browser's phrase breaking (`word-break: auto-phrase`, BudouX) breaks inside what ICU
 *   counts as one word: after a particle-like kana (に, と, の, を, が, は, で, も, へ, や, か, て, ら)
 *   before more Japanese (「対策と/して」, 「攻撃に/よる」), and from hiragana to a kanji
 *   (「一切読み/書き」); a break after any other kana (「さ/くら」) or inside katakana is not allowed.
 * Code blocks (`pre`, which scroll sideways) are skipped. Returns how many breaks were judged, so a
 * test can tell "none bad" from "none seen".
 */
export interface LineBreakReport {
  breaks: number;
  bad: string[];
}

export function brokenWords(selector: string): LineBreakReport {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  interface Read {
    text: string;
    /** Positions in `text` of the visible characters, with the top and height of their box. */
    glyphs: { at: number; top: number; height: number }[];
  }
  const inline = (el: Element): boolean => ['inline', 'contents'].includes(getComputedStyle(el).display);
  const blockOf = (el: Element, top: Element): Element => {
    let at = el;
    while (at !== top && inline(at) && at.parentElement) at = at.parentElement;
    return at;
  };
  // Reads the text of every block under `top`, in document order (a `<wbr>`/`<br>` is a space).
  const readBlocks = (top: Element): Map<Element, Read> => {
    const blocks = new Map<Element, Read>();
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      const isBreak = n instanceof Element && (n.tagName === 'WBR' || n.tagName === 'BR');
      if (n instanceof Element && !isBreak) continue;
      const parent = n.parentElement;
      if (!parent || parent.closest('pre, [hidden], script, style') || !parent.checkVisibility()) continue;
      const block = blockOf(parent, top);
      const read = blocks.get(block) ?? { text: '', glyphs: [] };
      blocks.set(block, read);
      if (isBreak) {
        read.text += ' ';
        continue;
      }
      const value = n.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        const at = read.text.length;
        read.text += value[i];
        if (!value[i]?.trim()) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (r && r.width > 0) read.glyphs.push({ at, top: r.top, height: r.height });
      }
    }
    return blocks;
  };
  const lineStarts = (read: Read): number[] => {
    const starts: number[] = [];
    for (let g = 1; g < read.glyphs.length; g++) {
      const a = read.glyphs[g - 1];
      const b = read.glyphs[g];
      if (a && b && b.top >= a.top + Math.min(a.height, b.height) / 2) starts.push(g);
    }
    return starts;
  };

  const report: LineBreakReport = { breaks: 0, bad: [] };
  const particle = /^[にとのをがはでもへやかてら]$/;
  const japanese = /^[\u3041-\u30ff\u4e00-\u9fff]$/;
  const hiragana = /^[\u3041-\u309f]$/;
  const kanji = /^[\u4e00-\u9fff]$/;
  for (const [block, read] of readBlocks(root)) {
    const starts = lineStarts(read);
    if (!starts.length) continue;
    const lang = block.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const boundaries = new Set<number>();
    for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(read.text)) boundaries.add(s.index);
    for (const g of starts) {
      const a = read.glyphs[g - 1];
      const b = read.glyphs[g];
      if (!a || !b) continue;
      report.breaks++;
      const before = read.text[a.at] ?? '';
      const after = read.text[b.at] ?? '';
      if (/\s/.test(read.text.slice(a.at + 1, b.at)) || /[-‐–—/]/.test(before)) continue;
      if ((particle.test(before) && japanese.test(after)) || (hiragana.test(before) && kanji.test(after))) continue;
      let boundary = false;
      for (let k = a.at + 1; k <= b.at; k++) if (boundaries.has(k)) boundary = true;
      if (!boundary) report.bad.push(`${read.text.slice(Math.max(0, a.at - 12), a.at + 1)}/${read.text.slice(b.at, b.at + 8)} [${lang}]`);
    }
  }
  return report;
}
