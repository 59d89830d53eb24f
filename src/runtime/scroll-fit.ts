/**
 * Tall slides in reveal's scroll view (`?view=slides` on a phone, and the live audience's phones).
 * reveal gives every slide a page one screen high and centres the slide in it; the phone scale
 * (theme.css, `--phone-scale`) makes text legible but some slides then outgrow the screen: at
 * 360×740 ten slides in English (eight in Japanese) reached under the buttons at the top, and the
 * sshd and ranking slides were cut off at both ends. Such a slide gets a smaller scale of its own,
 * the largest that fits between the bands the fixed controls take at the top and the bottom. The
 * pages keep their height, so reveal's scroll positions and triggers stay as they were.
 */

/** Fixed controls over the scroll view: the slides keep clear of them. */
export const FIXED_CONTROLS = '.reading-link, .search-open, .lang-switch, .live-follow';
/** Below this the body text (38 px) would be drawn under 17 px: a slide still too tall is left to overflow. */
export const MIN_PHONE_SCALE = 0.45;
/** Nor is a slide made smaller than keeps all its text at this size on screen (CSS px), as theme.css promises. */
export const MIN_TEXT_PX = 14;
const STEP = 0.015;

/** The smallest text on a slide as drawn: its CSS size times the slide's scale (SVG by its own matrix). */
export function smallestText(slide: HTMLElement): number {
  const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
  let smallest = Number.POSITIVE_INFINITY;
  for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (!el.childNodes.length || el.closest('aside.notes, [hidden]')) continue;
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
    const css = Number.parseFloat(getComputedStyle(el).fontSize);
    smallest = Math.min(smallest, el instanceof SVGGraphicsElement ? css * (el.getScreenCTM()?.a ?? 1) : css * scale);
  }
  return smallest;
}

/**
 * Sets (or, undefined, removes) a slide's own scale. theme.css keeps small print legible with
 * `calc(14.4px / var(--phone-scale))`, and Chromium (156) does not restyle the children of an
 * element whose font size changed that way when the variable changes on an ancestor: they keep the
 * old inherited size (a ranking row at 25 px under its list's 28.8). `display: none` for one style
 * recalculation rebuilds the slide's styles from scratch.
 */
function setScale(slide: HTMLElement, scale: number | undefined): void {
  if (scale === undefined) slide.style.removeProperty('--phone-scale');
  else slide.style.setProperty('--phone-scale', String(scale));
  slide.style.setProperty('display', 'none', 'important');
  void getComputedStyle(slide).display;
  slide.style.removeProperty('display');
}

/** The height a slide may take: the screen less, at both ends, the larger band of fixed controls. */
export function availableHeight(doc: Document = document): number {
  const screen = doc.documentElement.clientHeight;
  let band = 0;
  for (const control of doc.querySelectorAll<HTMLElement>(FIXED_CONTROLS)) {
    const box = control.getBoundingClientRect();
    if (!box.height) continue;
    if (box.top < screen / 4) band = Math.max(band, box.bottom);
    else if (box.bottom > (screen * 3) / 4) band = Math.max(band, screen - box.top);
  }
  return screen - 2 * band;
}

/**
 * One slide: its own scale removed, measured at the theme's; if too tall, a first guess from how
 * its height shrank with scale on this deck's slides (about the power 1.8: the text reflows into
 * longer lines as well as shrinking), then smaller steps until it fits, or until one more step
 * would draw some of its text under MIN_TEXT_PX. Returns the scale set, if any.
 */
export function fitSlide(slide: HTMLElement, available: number): number | undefined {
  slide.style.removeProperty('margin-top');
  // Most slides never had a scale of their own: nothing to undo, and no layout forced for them.
  if (slide.style.getPropertyValue('--phone-scale')) setScale(slide, undefined);
  const base = Number.parseFloat(getComputedStyle(slide).getPropertyValue('--phone-scale'));
  const height = slide.getBoundingClientRect().height;
  if (!(base > 0) || height <= available) return undefined;
  const scale = shrink(slide, base, height, available);
  // Still too tall at the smallest legible size: its top (the heading) clears the controls, and
  // what is cut off is at the bottom. reveal centres the slide; a margin moves it down (unscaled px).
  const over = slide.getBoundingClientRect().height - available;
  if (over > 0) slide.style.setProperty('margin-top', `${Math.ceil(over / 2)}px`);
  return scale;
}

function shrink(slide: HTMLElement, base: number, height: number, available: number): number | undefined {
  let last: number | undefined;
  let scale = Math.max(MIN_PHONE_SCALE, Math.floor(base * (available / height) ** 0.55 * 1000) / 1000);
  for (;;) {
    setScale(slide, scale);
    if (smallestText(slide) < MIN_TEXT_PX - 0.1) {
      // Text too small to read: the last scale that kept it (or the theme's, if none did).
      setScale(slide, last);
      return last;
    }
    if (slide.getBoundingClientRect().height <= available || scale <= MIN_PHONE_SCALE) return scale;
    last = scale;
    scale = Math.max(MIN_PHONE_SCALE, Math.round((scale - STEP) * 1000) / 1000);
  }
}
