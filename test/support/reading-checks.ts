/**
 * Checks of the reading view that run in the page (`page.evaluate(fn, arg)`): each function is
 * self-contained, so Playwright can send its source.
 */
import type { Page } from 'playwright-core';

export interface SlideContent {
  id: string;
  heading: string;
  /** Characters of the slide's shown text and of its shown transcript. */
  text: number;
  notes: number;
  notesOpen: boolean;
  /** Elements of the shown text that are still hidden (a fragment never shown, say). */
  unseen: string[];
}

/** What each slide of the article shows, in page order. */
export function slideContents(page: Page, ids: readonly string[]): Promise<SlideContent[]> {
  return page.evaluate((expected) => {
    const slides = [...document.querySelectorAll<HTMLElement>('.reading-view section.reading-slide')];
    if (slides.length < expected.length / 2) throw new Error(`only ${slides.length} slides in the reading view`);
    return slides.map((slide) => {
      const shown = [...slide.querySelectorAll<HTMLElement>(':scope > .reading-card > .l10n')].find((t) => t.checkVisibility());
      const notes = [...slide.querySelectorAll<HTMLElement>(':scope > .reading-notes > .l10n')].find((t) => t.checkVisibility());
      const unseen: string[] = [];
      for (const el of shown?.querySelectorAll<HTMLElement>('*') ?? []) {
        if (el.closest('[hidden]')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || Number(style.opacity) < 0.99)
          unseen.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`);
      }
      return {
        id: slide.id,
        heading: shown?.querySelector(':is(h1, h3)')?.textContent?.trim() ?? '',
        text: (shown?.textContent ?? '').trim().length,
        notes: (notes?.textContent ?? '').trim().length,
        notesOpen: slide.querySelector<HTMLDetailsElement>(':scope > details.reading-notes')?.open ?? false,
        unseen,
      };
    });
  }, ids);
}

export interface LayoutProblems {
  small: string[];
  targets: string[];
  checkedTargets: number;
  wide: string[];
}

/**
 * Text under `minText` px, controls smaller than `minTarget` px either way (a link inside a
 * sentence is exempt, as WCAG 2.5.8 exempts it), and anything reaching past the screen's edge
 * (code scrolls inside its own block and is not counted).
 */
export function layoutProblems({ minText, minTarget }: { minText: number; minTarget: number }): LayoutProblems {
  const root = document.querySelector('.reading-view');
  if (!root) throw new Error('no reading view');
  const found: LayoutProblems = { small: [], targets: [], checkedTargets: 0, wide: [] };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim() || !el.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText - 0.05)
      found.small.push(`${el.tagName.toLowerCase()}.${el.className} "${n.textContent.trim().slice(0, 24)}" ${size}px`);
  }
  for (const el of root.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')) {
    if (!el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const block = el.parentElement?.closest('p, li, td, figcaption, blockquote, h1, h2, h3, h4');
    const inSentence =
      style.display === 'inline' && !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    if (inSentence) continue;
    found.checkedTargets++;
    const r = el.getBoundingClientRect();
    if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5) {
      found.targets.push(
        `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 24)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
      );
    }
  }
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) found.wide.push(`page ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('pre') || !el.checkVisibility()) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 1 || r.left < -1))
      found.wide.push(`${el.tagName.toLowerCase()}.${el.className} ${r.left.toFixed(0)}…${r.right.toFixed(0)}`);
  }
  return found;
}

/** axe-core (injected first) on the whole page: the violations of WCAG 2.2 A and AA, summarised. */
export async function axeViolations(): Promise<string[]> {
  const axe = (window as unknown as { axe?: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeResult[] }> } }).axe;
  if (!axe) throw new Error('axe is not loaded');
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Every visible text of the reading view with the weight it is drawn in, and whether it is
 * monospace; `nearScreen`: only what the browser lays out now (content-visibility skips the rest).
 */
export function drawnTexts(nearScreen = false): { text: string; weight: number; mono: boolean }[] {
  const shown = (el: Element): boolean => el.checkVisibility({ contentVisibilityAuto: nearScreen });
  const root = document.querySelector('.reading-view');
  if (!root) throw new Error('no reading view');
  const found: { text: string; weight: number; mono: boolean }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent?.replace(/\s+/g, '') ?? '';
    if (!el || !text || !shown(el)) continue;
    const style = getComputedStyle(el);
    found.push({ text, weight: Number(style.fontWeight), mono: style.fontFamily.startsWith('"Deck Mono"') });
  }
  // Generated labels: the table's header in front of each cell on a phone.
  for (const cell of root.querySelectorAll<HTMLElement>('td[data-label]')) {
    const before = getComputedStyle(cell, '::before');
    if (before.content && before.content !== 'none' && shown(cell)) {
      found.push({ text: (cell.dataset.label ?? '').replace(/\s+/g, ''), weight: Number(before.fontWeight), mono: false });
    }
  }
  return found;
}
