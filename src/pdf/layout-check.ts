import type { Page } from 'playwright-core';

export interface LayoutProblem {
  slide: string;
  problem: string;
}

/**
 * Finds content the PDF would cut off: text or images running past the slide's page, or past an
 * element that clips (reveal's print CSS hides a code block's scrollbar, so a long line just ends).
 * It measures what is drawn (text ranges, images), not boxes, so padding never counts as content.
 * Runs in the page; no named inner functions (see page-assets.ts).
 */
export async function findClippedContent(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { slide: string; problem: string }[] = [];
    const seen = new Set<string>();
    for (const section of document.querySelectorAll<HTMLElement>('.reveal .pdf-page > section')) {
      const id = section.id || '(no id)';
      // With --fragments a slide is printed once per step; its layout is the same each time.
      if (seen.has(id)) continue;
      seen.add(id);
      const ink: { el: Element; rect: DOMRect }[] = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node instanceof Element ? node : node.parentElement;
        if (!el || el.closest('aside.notes')) continue;
        if (node instanceof Text) {
          if (!node.data.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) ink.push({ el, rect });
        } else if (el.matches('img, svg, video, canvas, iframe')) ink.push({ el, rect: el.getBoundingClientRect() });
      }
      const box = section.getBoundingClientRect();
      let below = 0;
      let right = 0;
      const clipped = new Map<Element, number>();
      for (const { el, rect } of ink) {
        if (rect.width === 0 || rect.height === 0) continue;
        below = Math.max(below, rect.bottom - box.bottom);
        right = Math.max(right, rect.right - box.right);
        for (let a = el.parentElement; a && a !== section; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
          const r = a.getBoundingClientRect();
          const over = Math.max(rect.right - r.right, rect.bottom - r.bottom);
          if (over > 1) clipped.set(a, Math.max(clipped.get(a) ?? 0, over));
        }
      }
      for (const [a, over] of clipped) {
        const what = a.tagName.toLowerCase() + (typeof a.className === 'string' && a.className ? `.${a.className.split(' ')[0]}` : '');
        problems.push({ slide: id, problem: `<${what}> cuts off ${Math.ceil(over)} px of its content` });
      }
      if (below > 1) problems.push({ slide: id, problem: `content runs ${Math.ceil(below)} px below the slide` });
      if (right > 1) problems.push({ slide: id, problem: `content runs ${Math.ceil(right)} px past the right edge` });
    }
    return problems;
  });
}
