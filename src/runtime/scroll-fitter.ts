import { availableHeight, fitSlide } from './scroll-fit.ts';

/**
 * When the scroll view's slides are fitted (scroll-fit.ts): a fit is a layout of the slide, ~5 ms
 * each try on a laptop and four times that on a phone, so only slides within a screen of the view
 * are fitted — those in view at once, the others as they come near — and again when one changes
 * size (a language switch, a font arriving, a dev edit, a rotation) or the screen's height changes.
 * Pages keep their height whatever the fit, so nothing moves when a slide out of view is fitted.
 */
export function fitTallSlides(root: ParentNode = document): () => void {
  const pages = [...root.querySelectorAll<HTMLElement>('.scroll-page')].filter((p) => p.querySelector('section[id]'));
  const slideOf = new Map(pages.map((p) => [p, p.querySelector<HTMLElement>('section[id]') as HTMLElement]));
  const scroller = pages[0]?.closest<HTMLElement>('.reveal-viewport') ?? null;
  const near = new Set<HTMLElement>();
  const stale = new Set<HTMLElement>(slideOf.values());
  // Each slide's layout size as fitted: the size observer's reports of a fit's own change are skipped.
  const fitted = new WeakMap<HTMLElement, string>();
  const size = (width: number, height: number): string => `${Math.round(width)}x${Math.round(height)}`;

  const run = (): void => {
    const available = availableHeight();
    for (const slide of stale) {
      if (!near.has(slide)) continue;
      fitSlide(slide, available);
      fitted.set(slide, size(slide.offsetWidth, slide.offsetHeight));
      stale.delete(slide);
    }
  };
  // Sizes changed inside a ResizeObserver callback would be reported again in the same frame (an error).
  let frame = 0;
  const later = (): void => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      run();
    });
  };

  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const box = e.borderBoxSize[0];
      const slide = e.target as HTMLElement;
      if (!box || fitted.get(slide) !== size(box.inlineSize, box.blockSize)) stale.add(slide);
    }
    later();
  });
  const view = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const slide = slideOf.get(e.target as HTMLElement);
        if (slide && e.isIntersecting) near.add(slide);
        else if (slide) near.delete(slide);
      }
      run();
    },
    { root: scroller, rootMargin: '100% 0px' },
  );

  // The slides in view now are fitted before the deck is ready (their first paint is fitted).
  const screen = document.documentElement.clientHeight;
  for (const [page, slide] of slideOf) {
    const box = page.getBoundingClientRect();
    if (box.bottom > -screen && box.top < 2 * screen) near.add(slide);
  }
  run();
  for (const [page, slide] of slideOf) {
    view.observe(page);
    sizes.observe(slide);
  }
  let height = availableHeight();
  const onResize = (): void => {
    const next = availableHeight();
    if (next !== height) for (const slide of slideOf.values()) stale.add(slide);
    height = next;
    later();
  };
  addEventListener('resize', onResize);
  return () => {
    sizes.disconnect();
    view.disconnect();
    removeEventListener('resize', onResize);
    if (frame) cancelAnimationFrame(frame);
  };
}
