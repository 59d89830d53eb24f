import type { Page } from 'playwright-core';

/*
 * The functions handed to page.evaluate below run in the page. They declare no named inner
 * functions on purpose: tsx wraps those in a `__name()` helper the page does not have.
 */

/** Text every face is checked with: kana, kanji and Latin, the scripts the deck uses. */
export const FONT_SAMPLE = 'あア漢Aa1';

export interface FontFaceInfo {
  family: string;
  weight: string;
  style: string;
  status: string;
}

export interface FontReport {
  loaded: FontFaceInfo[];
  /** The first family of the deck's `--font`: the one that must be a loaded web font. */
  deckFamily: string;
  /** Why the fonts are not ready, or undefined when they are. */
  problem?: string;
}

interface InPageFonts {
  faces: FontFaceInfo[];
  failed: string[];
  unchecked: string[];
  deckFamily: string;
}

/**
 * Loads every FontFace the page declares (`document.fonts.ready` only covers faces already used,
 * and unicode-range subsets load lazily), asks for each family and weight with Japanese sample
 * text, then confirms with `document.fonts.check`.
 */
export async function loadAllFonts(page: Page): Promise<FontReport> {
  const r = await page.evaluate(async (sample: string): Promise<InPageFonts> => {
    const faces = [...document.fonts];
    const failed: string[] = [];
    await Promise.all(faces.map((f) => f.load().catch(() => failed.push(`${f.family} ${f.weight} ${f.style}`))));
    const families = [...new Set(faces.map((f) => `"${f.family.replace(/^["']|["']$/g, '')}"`))];
    const weights = [...new Set(faces.map((f) => f.weight))];
    const specs = families.flatMap((family) => weights.map((weight) => `${weight} 1em ${family}`));
    await Promise.all(specs.map((spec) => document.fonts.load(spec, sample).catch(() => [])));
    await document.fonts.ready;
    const deckFamily = (getComputedStyle(document.documentElement).getPropertyValue('--font').split(',')[0] ?? '')
      .trim()
      .replace(/^["']|["']$/g, '');
    return {
      faces: faces.map((f) => ({ family: f.family.replace(/^["']|["']$/g, ''), weight: f.weight, style: f.style, status: f.status })),
      failed,
      unchecked: specs.filter((spec) => !document.fonts.check(spec, sample)),
      deckFamily,
    };
  }, FONT_SAMPLE);
  const loaded = r.faces.filter((f) => f.status === 'loaded');
  const report: FontReport = { loaded, deckFamily: r.deckFamily };
  if (r.failed.length) report.problem = `font faces that failed to load: ${r.failed.join(', ')}`;
  else if (r.unchecked.length) report.problem = `fonts not usable after loading: ${r.unchecked.join(', ')}`;
  else if (!loaded.length) report.problem = 'the page declares no web font; Japanese would need system fonts';
  else if (r.deckFamily && !loaded.some((f) => f.family === r.deckFamily)) {
    report.problem = `the deck's font "${r.deckFamily}" (first in --font) is not a loaded web font`;
  }
  return report;
}

export interface ImageReport {
  count: number;
  /** URLs of images that failed to load or decode. */
  failed: string[];
}

/** Decodes every image; lazy ones are switched to eager first, or the off-screen pages never load them. */
export async function loadAllImages(page: Page): Promise<ImageReport> {
  return page.evaluate(async (): Promise<ImageReport> => {
    const images = [...document.images];
    const failed: string[] = [];
    await Promise.all(
      images.map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => failed.push(img.currentSrc || img.src || '(no src)'));
      }),
    );
    return { count: images.length, failed };
  });
}
