import { SLIDES_VIEW, viewUrl } from './view-choice.ts';

/**
 * Deep links in the reading view. `#/<slide id>` (the deck's own links, reveal's `#/id/2` with a
 * fragment too) scrolls to that slide, at load and on every hashchange: the agenda's links, the
 * contents and the search's results all navigate by setting the hash. While the reader scrolls,
 * the address follows the slide at the top (replaceState: no history entry per slide, no
 * hashchange), so a copied link, and "view as slides", land on the slide being read.
 */
export function slideIdOf(hash: string): string | undefined {
  const match = /^#\/([^/?#]+)/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export interface ReadingNavigation {
  current(): string | undefined;
}

export function installNavigation(slides: readonly HTMLElement[], onCurrent: (id: string | undefined) => void): ReadingNavigation {
  const byId = new Map(slides.map((s) => [s.id, s]));
  let current = slideIdOf(location.hash);

  const go = (focus: boolean): void => {
    const target = byId.get(slideIdOf(location.hash) ?? '');
    if (!target) return;
    current = target.id;
    target.scrollIntoView({ block: 'start' });
    // Focus moves with the reader (screen readers, the next Tab), without a second scroll.
    if (focus) target.focus({ preventScroll: true });
    onCurrent(current);
  };
  addEventListener('hashchange', () => go(true));
  go(false);
  // Web fonts can move the target after the first scroll: land on it again once they are in.
  if (current) void document.fonts.ready.then(() => go(false));

  // The slide that crosses a line near the top of the screen is the one being read.
  const visible = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target as HTMLElement);
        else visible.delete(e.target as HTMLElement);
      }
      const top = slides.find((s) => visible.has(s));
      // At the very top of the page without a deep link, the address stays as it was.
      if (!top || top.id === current || (scrollY < 1 && !location.hash)) return;
      current = top.id;
      history.replaceState(history.state, '', `#/${current}`);
      onCurrent(current);
    },
    { rootMargin: '0px 0px -80% 0px' },
  );
  for (const slide of slides) observer.observe(slide);
  return { current: () => current };
}

/** Links to the slides carry the current parameters (lang, theme) and the slide, when followed. */
export function installViewLinks(root: HTMLElement, current: () => string | undefined): void {
  const refresh = (link: HTMLAnchorElement): void => {
    link.href = viewUrl(SLIDES_VIEW, link.dataset.slide ?? current());
  };
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-view-link]') : null;
    if (link) refresh(link);
  });
  // Also before a long press or a right click copies it.
  root.addEventListener('contextmenu', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-view-link]') : null;
    if (link) refresh(link);
  });
}

export function refreshViewLinks(root: HTMLElement, current: string | undefined): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-view-link]'))
    link.href = viewUrl(SLIDES_VIEW, link.dataset.slide ?? current);
}
