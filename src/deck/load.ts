import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECK_CONFIG } from '../deck-config.ts';
import { LIVE_STRINGS } from '../runtime/live-strings.ts';
import { PACE_WORDS } from '../runtime/pacing.ts';
import { READING_STRINGS } from '../runtime/reading/strings.ts';
import { SEARCH_STRINGS } from '../runtime/search/search-strings.ts';
import { SPEAKER_STRINGS } from '../runtime/speaker/speaker-strings.ts';
import { FIRST_VIEW_UI, UI_STRINGS } from '../runtime/ui-strings.ts';
import { svgFileProblem } from './svg-safety.ts';
import type { CompileCache } from './compile-cache.ts';
import { compileDeck, parseFile, type SlideFile } from './compile.ts';
import { readDeckUrl } from './deck-url.ts';
import { diag, sortDiagnostics } from './diagnostics.ts';
import { checkCoverage, charactersOf, type CharsByRole } from './fonts.ts';
import { cssContentText } from './css-content.ts';
import { snapshot } from './plugins/settle.ts';
import { checkReadingTime } from './reading-time.ts';
import { readSlideDir } from './slide-files.ts';
import { splitTextByWeight, type TextByUse } from './text-weights.ts';
import type { AssetResolver } from './render.ts';
import type { Deck, Lang } from './types.ts';

/** The slide files of `dir`, in order; see readSlideDir for what is reported about the others. */
export function loadSlideFiles(root: string, dir: string): SlideFile[] {
  return readSlideDir(root, dir).files;
}

/** Images are files next to the slides; in HTML they are root-relative so Vite fingerprints them. */
export function fileAssets(root: string): AssetResolver {
  return {
    image(src, fromFile) {
      if (/^[a-z]+:/i.test(src) || src.startsWith('/')) return undefined;
      const abs = resolve(root, dirname(fromFile), src);
      if (!abs.startsWith(resolve(root) + sep) || !existsSync(abs)) return undefined;
      return `/${toPosix(relative(root, abs))}`;
    },
    imageProblem(src, fromFile) {
      const abs = resolve(root, dirname(fromFile), src);
      return abs.toLowerCase().endsWith('.svg') && existsSync(abs) ? svgFileProblem(abs) : undefined;
    },
  };
}

/** Text of the live pages (npm run present): in the regular face, not slide 1's first-view part. */
export function liveText(): string {
  return Object.values(LIVE_STRINGS)
    .flatMap((s) => Object.values(s))
    .join('\n');
}

/** The deck's stylesheets (the runtime's, whatever deck folder is built). */
const STYLES_DIR = fileURLToPath(new URL('../styles', import.meta.url));

/** All UI text the runtime can show, for the font subset. */
export function uiText(): string {
  return [
    ...Object.values(UI_STRINGS),
    ...Object.values(SPEAKER_STRINGS),
    ...Object.values(SEARCH_STRINGS),
    ...Object.values(PACE_WORDS),
    ...Object.values(READING_STRINGS),
  ]
    .flatMap((s) => Object.values(s))
    .join('\n');
}

export interface LoadedDeck {
  deck: Deck;
  /** The validated public URL, when the build has one. */
  url?: string;
  files: SlideFile[];
  /** Every character the deck's font must draw (slides, notes, UI strings), per weight. */
  chars: CharsByRole;
  /**
   * The image URLs the slides' HTML references, as written into it. Complete when compiled
   * without a cache (a build); the dev server's cache skips slides that did not change.
   */
  images: string[];
}

/** Reads, compiles and checks the whole deck, including glyph coverage. Never throws on bad slides. */
export interface LoadOptions {
  dir?: string;
  langs?: readonly Lang[];
  /**
   * Whether budgets that do not add up to the talk's length are an error (`npm run check`, CI) or a
   * warning (build and dev server, so a deck being rewritten still previews).
   */
  strictTotal?: boolean;
  /** The deck's public URL, raw from the environment (DECK_URL); checked here. */
  url?: string;
  /** Kept between loads by the dev server, so a save re-renders only what changed. */
  cache?: CompileCache;
}

export function loadDeck(root: string, options: LoadOptions = {}): LoadedDeck {
  const { dir = 'slides', langs = DECK_CONFIG.langs, strictTotal = false } = options;
  const read = readSlideDir(root, dir);
  const files = read.files;
  const deckUrl = readDeckUrl('url' in options ? options.url : process.env.DECK_URL);
  const cache = options.cache;
  const images = new Set<string>();
  const onDisk = fileAssets(root);
  const assets: AssetResolver = {
    ...onDisk,
    image: (src, from) => {
      const url = onDisk.image(src, from);
      if (url) images.add(url);
      return url;
    },
  };
  const deck = compileDeck(files, { langs, assets, url: deckUrl.url, cache });
  deck.diagnostics.push(...deckUrl.diagnostics, ...read.diagnostics);
  const titles = Object.values(DECK_CONFIG.title).join('\n');
  // Text the stylesheets draw (generated content) is drawn in either weight: both subsets carry it.
  const cssText = cache ? cache.value('css', snapshot(STYLES_DIR), () => cssContentText(STYLES_DIR)) : cssContentText(STYLES_DIR);
  const extra = `${uiText()}\n${titles}\n${cssText}`;
  const text = cache ? weightsBySlide(deck, cache) : splitTextByWeight(`${deck.html}\n${deck.notesHtml}`);
  const regular = charactersOf(`${text.regular}\n${text.bold}\n${extra}\n${liveText()}`);
  const onSlides = new Set(regular);
  const chars: CharsByRole = {
    regular,
    bold: charactersOf(`${text.bold}\n${cssText}`, ' 0123456789'),
    notes: charactersOf(text.notes, '').filter((c) => !onSlides.has(c) && c.trim()),
    code: charactersOf(text.code, ''),
    ...firstViewChars(deck, titles),
    ...readingViewChars(deck),
  };
  deck.diagnostics.push(...checkCoverage([...chars.regular, ...chars.notes], files, extra));
  const budget = DECK_CONFIG.totalMinutes * 60;
  if (files.length && deck.totalSeconds !== budget) {
    deck.diagnostics.push(
      diag(
        { file: files[0]?.path ?? dir, line: 1 },
        'time-total',
        `The slides' time budgets add up to ${deck.totalSeconds} s ("${formatMinutes(deck.totalSeconds)}"), not the talk's ${budget} s.`,
        `Adjust "time:" lines by ${budget - deck.totalSeconds} s in all, or change totalMinutes in src/deck-config.ts (and README).`,
        strictTotal ? 'error' : 'warning',
      ),
    );
  }
  deck.diagnostics.push(...checkReadingTime(files.map((f) => parseFile(f, cache).section)));
  deck.diagnostics = sortDiagnostics(deck.diagnostics);
  cache?.sweep();
  return { deck, files, chars, images: [...images], url: deckUrl.url };
}

/**
 * The deck's text by weight, slide by slide, each slide's split kept in the cache: the same
 * characters as splitting the whole page (every slide's HTML is balanced), for the changed slides'
 * cost only. Only sets of characters are taken from it, so the order does not matter.
 */
function weightsBySlide(deck: Deck, cache: CompileCache): TextByUse {
  const out: TextByUse = { regular: '', bold: '', notes: '', code: '' };
  for (const slide of deck.sections.flatMap((s) => s.slides)) {
    for (const html of [slide.html, `<aside class="notes">${slide.notes}</aside>`]) {
      const t = cache.value('weights', html, () => splitTextByWeight(html));
      out.regular += t.regular;
      out.bold += t.bold;
      out.notes += t.notes;
      out.code += t.code;
    }
  }
  return out;
}

/**
 * What the first view draws: slide 1 in every language and the runtime's UI. These characters go
 * into the preloaded part of each face; the rest of the deck's characters load on demand. The
 * runtime keeps slide 1's neighbours out of layout until slide 1 is ready (src/runtime/first-view.ts),
 * so the browser does not fetch them first. The bold face's preloaded part needs only what slide 1
 * draws in bold (and the UI, whatever its weight): slide 1's regular text in bold is never on screen
 * first, and those characters stay in the bold face's on-demand part.
 */
function firstViewChars(deck: Deck, titles: string): Pick<CharsByRole, 'first' | 'firstBold'> {
  const first = splitTextByWeight(deck.sections[0]?.slides[0]?.html ?? '');
  const ui = FIRST_VIEW_UI.flatMap((key) => Object.values(UI_STRINGS[key])).join('\n');
  return {
    first: charactersOf(`${first.regular}\n${first.bold}\n${titles}\n${ui}`),
    firstBold: charactersOf(`${first.bold}\n${ui}`, ' 0123456789'),
  };
}

/** Slides the reading view lays out on a phone's first screen: the title slide and the next. */
const READING_FIRST_SLIDES = 2;

/**
 * What a phone's first screen draws: the reading view (src/runtime/reading/) opens with the title
 * slide and its transcript, the contents' fold and the first part, and lays out only the slides
 * near the screen (content-visibility). Their characters, with the reading view's own labels, get a
 * part of each face of their own, so that screen needs two small files beyond the first view's,
 * not the rest of the deck's characters (~120 KB); test/browser/font-subset.test.ts draws it.
 */
function readingViewChars(deck: Deck): Pick<CharsByRole, 'reading' | 'readingBold'> {
  const slides = deck.sections.flatMap((s) => s.slides).slice(0, READING_FIRST_SLIDES);
  const t = splitTextByWeight(slides.map((s) => `${s.html}<aside class="notes">${s.notes}</aside>`).join('\n'));
  // The parts' headings (bold there, regular in a slide's section label).
  const parts = deck.sections.filter((s) => s.slides.some((slide) => slides.includes(slide)));
  const labels = [...Object.values(READING_STRINGS), ...parts.map((p) => p.title)].flatMap((s) => Object.values(s)).join('\n');
  return {
    reading: charactersOf(`${t.regular}\n${t.bold}\n${t.notes}\n${labels}`, ''),
    readingBold: charactersOf(`${t.bold}\n${labels}`, ''),
  };
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function formatMinutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
