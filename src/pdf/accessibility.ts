import type { Page } from 'playwright-core';

/**
 * reveal's print view shows every slide but leaves the ones that were not current `hidden` and
 * `aria-hidden="true"` (it only overrides `display` in CSS). Chromium builds the tagged PDF's
 * structure and its bookmarks from the accessibility tree, so those slides would be untagged
 * artifacts and missing from the outline: screen readers would read the first slide only. The
 * printed page is static, so every slide on it is made visible to assistive technology again.
 */
export async function exposeSlides(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page section, .reveal .pdf-page')];
    for (const el of slides) {
      el.removeAttribute('aria-hidden');
      el.hidden = false;
      el.inert = false;
    }
    return slides.length;
  });
}
