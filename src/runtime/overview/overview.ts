import type { RevealApi } from 'reveal.js';
import '../../styles/overview.css';
import { partLabels, type PartLabel } from './labels.ts';
import { planOverview, type OverviewPlan } from './plan.ts';

/**
 * The overview (`O`) with every part of the event on screen: loaded on the first `overviewshown`
 * (main.ts), so slide 1 carries none of it. reveal still runs the overview (keys, clicks, the
 * current slide's outline); this module only moves the slides, through custom properties that
 * overview.css applies over reveal's inline transforms while `.deck-overview-fit` is set, and
 * draws a label over each part's columns in the part's colour.
 */
const FIT = 'deck-overview-fit';
/** Logical px between slides and between parts; the slide's own size comes from reveal. */
const GAPS = { gap: 90, groupGap: 260 };
/** Screen px kept free: the language button's corner at the top, the slide number at the bottom. */
const MARGIN = { top: 60, side: 24, bottom: 44 };

const px = (n: number): string => `${Math.round(n * 100) / 100}px`;

function partsOf(deck: RevealApi): { part: HTMLElement; slides: HTMLElement[] }[] {
  return deck.getHorizontalSlides().map((part) => {
    const inner = [...part.querySelectorAll<HTMLElement>(':scope > section')];
    return { part, slides: inner.length ? inner : [part] };
  });
}

function place(deck: RevealApi, plan: OverviewPlan): void {
  const root = deck.getRevealElement();
  const slides = deck.getSlidesElement();
  if (!root || !slides) return;
  root.style.setProperty('--ov-tx', px(plan.x));
  root.style.setProperty('--ov-ty', px(plan.y));
  root.style.setProperty('--ov-scale', String(plan.scale));
  // The current slide's outline: 4 screen px whatever the scale.
  root.style.setProperty('--ov-outline', px(4 / plan.scale));
  const backgrounds = [...(deck.getBackgroundsElement()?.children ?? [])] as HTMLElement[];
  partsOf(deck).forEach(({ part, slides: inner }, h) => {
    const group = plan.groups[h];
    if (!group) return;
    part.style.setProperty('--ov-x', px(group.x));
    const background = backgrounds[h];
    background?.style.setProperty('--ov-x', px(group.x));
    const innerBackgrounds = [...(background?.querySelectorAll<HTMLElement>(':scope > .slide-background') ?? [])];
    inner.forEach((slide, v) => {
      const at = group.slides[v];
      if (!at || slide === part) return;
      for (const el of [slide, innerBackgrounds[v]]) {
        el?.style.setProperty('--ov-x', px(at.x));
        el?.style.setProperty('--ov-y', px(at.y));
      }
    });
  });
}

function labelLayer(root: HTMLElement): HTMLElement {
  let layer = root.querySelector<HTMLElement>(':scope > .overview-labels');
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'overview-labels';
    root.append(layer);
  }
  return layer;
}

function drawLabels(layer: HTMLElement, labels: readonly PartLabel[], plan: OverviewPlan): void {
  layer.replaceChildren(
    ...labels.map((label, h) => {
      const group = plan.groups[h];
      const p = document.createElement('p');
      p.className = 'overview-label';
      p.lang = label.lang;
      if (label.colour) p.dataset.part = label.colour;
      if (label.number) {
        const number = document.createElement('span');
        number.className = 'overview-label-number';
        number.textContent = label.number;
        p.append(number);
      }
      const name = document.createElement('span');
      name.className = 'overview-label-name';
      name.textContent = label.name;
      p.append(name);
      if (label.title) {
        const title = document.createElement('span');
        title.className = 'overview-label-title';
        title.textContent = label.title;
        p.append(title);
      }
      p.style.setProperty('--ov-label-x', px(plan.x + (group?.x ?? 0) * plan.scale));
      p.style.setProperty('--ov-label-width', px(Math.max(80, (group?.width ?? 0) * plan.scale)));
      return p;
    }),
  );
}

/** Lays the overview out for the window's size; labels first, since their height decides the area. */
function fit(deck: RevealApi): void {
  const root = deck.getRevealElement();
  if (!root || !deck.isOverview()) return;
  root.classList.add(FIT);
  const parts = partsOf(deck);
  const counts = parts.map((p) => p.slides.length);
  const labels = partLabels(parts.map((p) => p.part));
  const layer = labelLayer(root);
  const { width, height } = root.getBoundingClientRect();
  // From reveal, not DECK_CONFIG: this chunk importing the config module (which the reading view's
  // chunk also imports) made Rolldown split it out of main.js: a third script on slide 1.
  const slide = deck.getComputedSlideSize();
  const geometry = { slideWidth: slide.width, slideHeight: slide.height, ...GAPS };
  let band = 0;
  let plan: OverviewPlan | undefined;
  // Label heights depend on the columns' width, which depends on the band: two passes settle it.
  for (let pass = 0; pass < 3; pass++) {
    const area = {
      left: MARGIN.side,
      top: MARGIN.top + band,
      width: width - 2 * MARGIN.side,
      height: height - MARGIN.top - band - MARGIN.bottom,
    };
    plan = planOverview(counts, area, geometry);
    drawLabels(layer, labels, plan);
    const tallest = Math.max(0, ...[...layer.children].map((el) => el.getBoundingClientRect().height));
    if (Math.abs(tallest + 8 - band) < 1) break;
    band = tallest + 8;
  }
  if (!plan) return;
  // Labels stand on the grid: their bottom edges line up whatever their number of lines.
  layer.style.setProperty('--ov-label-bottom', px(plan.y - 8));
  place(deck, plan);
}

let installed = false;

export function startOverview(deck: RevealApi): void {
  if (installed) return;
  installed = true;
  const refit = (): void => fit(deck);
  deck.on('overviewshown', refit);
  deck.on('overviewhidden', () => deck.getRevealElement()?.classList.remove(FIT));
  deck.on('resize', refit);
  // Labels follow the slides' language; the deck switches it by toggling `hidden` on .l10n.
  new MutationObserver(refit).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  refit();
}
