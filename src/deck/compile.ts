import { createHash } from 'node:crypto';
import { decorateSlideBody } from './components/slide-body.ts';
import { diag, sortDiagnostics } from './diagnostics.ts';
import { escapeHtml, unescapeHtml } from './html.ts';
import type { CompileCache, RenderedSlide } from './compile-cache.ts';
import { checkHighlights } from './highlights.ts';
import { parseSectionFile, type ParseResult } from './parse.ts';
import { renderText, type AssetResolver, type RenderContext } from './render.ts';
import { LANGS, type Deck, type Diagnostic, type Lang, type Section, type SectionSource, type Slide, type SlideSource } from './types.ts';

/** A slide file as read from disk; `path` is how messages name it (e.g. `slides/02-yamashita.md`). */
export interface SlideFile {
  path: string;
  text: string;
}

export interface CompileOptions {
  /** Languages every slide and note must exist in. */
  langs: readonly Lang[];
  assets: AssetResolver;
  /** The deck's public URL, for QR codes; none when the build has no DECK_URL. */
  url?: string;
  /** Results of the last compile to reuse (the dev server's); none for a one-off build. */
  cache?: CompileCache;
}

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Compiles slide files into the deck: parse each file, check the deck as a whole, render HTML.
 * Returns every diagnostic instead of stopping at the first, so `npm run check` can list them all.
 */
export function compileDeck(files: readonly SlideFile[], options: CompileOptions): Deck {
  const diagnostics: Diagnostic[] = [];
  const sources: SectionSource[] = [];
  const cache = options.cache;
  for (const f of files) {
    const parsed = parseFile(f, cache);
    diagnostics.push(...parsed.diagnostics);
    sources.push(parsed.section);
  }
  checkIds(sources, diagnostics);
  const ctx: RenderContext = { sections: sources, assets: options.assets, diagnostics, url: options.url };
  const keyOf = cache && cacheKeys(sources, options);
  const sections = sources.map((s) => renderSection(s, options.langs, ctx, keyOf, cache));
  const html = sections.map(sectionHtml).join('\n');
  const slides = sections.flatMap((s) => s.slides);
  const notesHtml = slides.map((s) => `<aside class="notes" data-slide="${escapeHtml(s.id)}">${s.notes}</aside>`).join('\n');
  return {
    sections,
    html,
    notesHtml,
    // Only tests read it: worked out when asked, not on every dev-server compile.
    get text() {
      return textOf(`${html}\n${notesHtml}`);
    },
    totalSeconds: slides.reduce((sum, s) => sum + s.time, 0),
    diagnostics: sortDiagnostics(dedupe(diagnostics)),
  };
}

/** A slide file parsed, or its parse from the last compile when its text is the same. */
export function parseFile(f: SlideFile, cache?: CompileCache): ParseResult {
  return cache ? cache.value('parse', `${f.path}\0${f.text}`, () => parseSectionFile(f.text, f.path)) : parseSectionFile(f.text, f.path);
}

/**
 * Drops repeats of the same problem at the same place: the file parser and the Markdown parser
 * both see an unclosed code fence, and the author should read about it once.
 */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.file, d.line, d.column, d.code, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkIds(sections: readonly SectionSource[], out: Diagnostic[]): void {
  const seen = new Map<string, SlideSource>();
  for (const slide of sections.flatMap((s) => s.slides)) {
    const first = seen.get(slide.id);
    if (first) {
      out.push(
        diag(
          slide.pos,
          'duplicate-id',
          `Duplicate slide id "${slide.id}" (first used at ${first.pos.file}:${first.pos.line}).`,
          'Slide ids are deep links and must be unique across the deck.',
        ),
      );
    } else seen.set(slide.id, slide);
  }
}

/**
 * What a slide's rendering reads besides the slide itself: the deck's language list and URL (QR
 * codes), every slide's id (link checks) and every section's title and time budgets (the agenda),
 * its own section's place, title and earlier section-title slides (its label). A change to any of
 * them re-renders the slide.
 */
function cacheKeys(sources: readonly SectionSource[], options: CompileOptions): (source: SectionSource, slide: SlideSource) => string {
  const deck = createHash('sha1')
    .update(JSON.stringify([options.langs, options.url, sources.map((s) => [s.slug, s.title, s.slides.map((sl) => [sl.id, sl.time])])]))
    .digest('base64');
  return (source, slide) => {
    const at = source.slides.indexOf(slide);
    const parts = source.slides.slice(0, at).filter((s) => s.classes.includes('section-title'));
    return JSON.stringify([deck, sources.indexOf(source), source.file, source.title, parts.map((s) => s.text), slide]);
  };
}

/** Tells whether rendering consulted the file system, which makes its result unfit to keep. */
function watchAssets(assets: AssetResolver): { assets: AssetResolver; asked: () => boolean } {
  let asked = false;
  return {
    asked: () => asked,
    assets: {
      image: (src, from) => ((asked = true), assets.image(src, from)),
      imageProblem: (src, from) => ((asked = true), assets.imageProblem?.(src, from)),
    },
  };
}

function renderSection(
  source: SectionSource,
  langs: readonly Lang[],
  ctx: RenderContext,
  keyOf?: (source: SectionSource, slide: SlideSource) => string,
  cache?: CompileCache,
): Section {
  for (const lang of langs) {
    if (!source.title[lang]) {
      ctx.diagnostics.push(
        diag(
          { file: source.file, line: 1 },
          'missing-section-title',
          `Section "${source.slug}" has no "title.${lang}".`,
          `Add "title.${lang}: …" to the front matter.`,
        ),
      );
    }
  }
  const render = (slide: SlideSource, ctx: RenderContext): Slide => {
    const title = {} as Record<Lang, string>;
    const parts: string[] = [];
    const noteParts: string[] = [];
    for (const lang of LANGS) {
      const text = slide.text[lang];
      const required = langs.includes(lang);
      if (!text?.bodyLine) {
        if (required)
          ctx.diagnostics.push(
            diag(
              slide.pos,
              'missing-text',
              `Slide "${slide.id}" has no "--- ${lang}" text.`,
              `Add a "--- ${lang}" block with its heading and content.`,
            ),
          );
        continue;
      }
      // An empty "--- ja notes" block is no notes either: reported at that block, or else at the
      // "--- ja" line whose notes are missing (not at the body's first line, which may be far below).
      if (!text.notes.trim() && required) {
        ctx.diagnostics.push(
          diag(
            { file: slide.pos.file, line: text.notesLine || text.bodyMarkLine },
            'missing-notes',
            text.notesLine
              ? `Slide "${slide.id}" has an empty "--- ${lang} notes" block.`
              : `Slide "${slide.id}" has no "--- ${lang} notes".`,
            'Every slide needs speaker notes: 2–6 sentences a presenter can read aloud.',
          ),
        );
      }
      const body = renderText(slide, lang, 'body', ctx);
      const notes = renderText(slide, lang, 'notes', ctx);
      if (body.headings.length !== 1) {
        ctx.diagnostics.push(
          diag(
            { file: slide.pos.file, line: text.bodyLine },
            'heading-count',
            `Slide "${slide.id}" (${lang}) has ${body.headings.length} headings.`,
            'Give each slide exactly one "#" or "##" heading: it is the slide\'s title for screen readers, the PDF and the page title.',
          ),
        );
      }
      ctx.diagnostics.push(...checkHighlights(body.highlights, slide, lang));
      title[lang] = body.headings[0] ?? slide.id;
      const hidden = lang === langs[0] ? '' : ' hidden';
      const decorated = decorateSlideBody(body.html, { section: source, slide, lang, sections: ctx.sections });
      parts.push(`<div class="l10n" lang="${lang}"${hidden}>\n${decorated}\n</div>`);
      noteParts.push(`<div class="l10n" lang="${lang}"${hidden}>${notes.html}</div>`);
    }
    if (slide.background && !HEX_COLOR.test(slide.background)) {
      ctx.diagnostics.push(
        diag(
          slide.pos,
          'bad-background',
          `Invalid background "${slide.background}" on slide "${slide.id}".`,
          'Use a hex colour such as #0b1f3a.',
        ),
      );
    }
    const attrs = [
      `id="${escapeHtml(slide.id)}"`,
      `data-timing="${slide.time}"`,
      slide.classes.length ? `class="${escapeHtml(slide.classes.join(' '))}"` : '',
      slide.background && HEX_COLOR.test(slide.background) ? `data-background-color="${slide.background}"` : '',
    ].filter(Boolean);
    return {
      id: slide.id,
      time: slide.time,
      title: Object.fromEntries(LANGS.map((l) => [l, title[l] ?? title[langs[0] ?? 'ja'] ?? slide.id])) as Record<Lang, string>,
      html: `<section ${attrs.join(' ')}>\n${parts.join('\n')}\n</section>`,
      notes: noteParts.join(''),
    };
  };
  const slides = source.slides.map((slide): Slide => {
    if (!cache || !keyOf) return render(slide, ctx);
    const made = cache.slide(keyOf(source, slide), () => {
      // Rendered with its own diagnostics list, so a later compile can report them again.
      const watched = watchAssets(ctx.assets);
      const own: RenderContext = { ...ctx, assets: watched.assets, diagnostics: [] };
      const rendered: RenderedSlide = { slide: render(slide, own), diagnostics: own.diagnostics };
      return watched.asked() ? { ...rendered, keep: false } : rendered;
    });
    ctx.diagnostics.push(...made.diagnostics);
    return made.slide;
  });
  return {
    slug: source.slug,
    file: source.file,
    title: Object.fromEntries(LANGS.map((l) => [l, source.title[l] ?? source.title.ja ?? source.slug])) as Record<Lang, string>,
    slides,
  };
}

/** A part of the event as index.html carries it: its slides in one vertical stack. */
export function sectionHtml(section: Section): string {
  return `<section class="deck-section" data-section="${escapeHtml(section.slug)}">\n${section.slides.map((s) => s.html).join('\n')}\n</section>`;
}

/** The visible characters of some HTML: what the font subset must cover. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ' '));
}
