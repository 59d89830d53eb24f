import type { Env, Token } from 'markdown-it';
import { checkTokens } from './checks.ts';
import { diag } from './diagnostics.ts';
import { highlightsOf, type Highlight } from './highlights.ts';
import { attrOf, createMarkdown, type ParseEnv } from './markdown.ts';
import { installRules, type RenderEnv } from './render-rules.ts';
import type { Diagnostic, Lang, SectionSource, SlideSource } from './types.ts';

export { KNOWN_CLASSES } from './classes.ts';

/** How the renderer reaches the file system: asked, never assumed, so rendering stays testable. */
export interface AssetResolver {
  /** Returns the URL for an image path written in a slide, or undefined when no such file exists. */
  image(src: string, fromFile: string): string | undefined;
  /** Why an existing image may not ship (an SVG with script, see svg-safety.ts), or undefined. */
  imageProblem?(src: string, fromFile: string): string | undefined;
}

export interface RenderContext {
  sections: readonly SectionSource[];
  assets: AssetResolver;
  diagnostics: Diagnostic[];
  /** The deck's public URL (DECK_URL), when the build has one. */
  url?: string;
}

const md = installRules(createMarkdown());
const idsOf = new WeakMap<readonly SectionSource[], Set<string>>();

/** A rendered text: its HTML, its headings' plain text and its highlighted phrases. */
export interface RenderedText {
  html: string;
  headings: string[];
  highlights: Highlight[];
}

const NOTHING: RenderedText = { html: '', headings: [], highlights: [] };

/**
 * Renders one language's body or notes of a slide to HTML and returns its headings' text too.
 * Parse (markdown-it), check the tokens (checks.ts), adjust them for the deck, render with the
 * deck's rules (render-rules.ts). Never throws: an engine failure is a diagnostic.
 */
export function renderText(slide: SlideSource, lang: Lang, kind: 'body' | 'notes', ctx: RenderContext): RenderedText {
  const text = slide.text[lang];
  const source = kind === 'body' ? text?.body : text?.notes;
  const firstLine = kind === 'body' ? text?.bodyLine : text?.notesLine;
  if (!source || !firstLine) return { ...NOTHING };
  const file = slide.pos.file;
  const ids = idsOf.get(ctx.sections) ?? new Set(ctx.sections.flatMap((s) => s.slides.map((sl) => sl.id)));
  idsOf.set(ctx.sections, ids);
  try {
    const env: ParseEnv & RenderEnv = { ctx, lang, file, firstLine };
    const tokens = md.parse(source, env as unknown as Env);
    const lines = source.split('\n');
    checkTokens(
      tokens,
      {
        file,
        firstLine,
        lines,
        ids,
        image: (src) => ctx.assets.image(src, file),
        imageProblem: (src) => ctx.assets.imageProblem?.(src, file),
        diagnostics: ctx.diagnostics,
      },
      env,
    );
    unwrapImages(tokens);
    if (kind === 'body' && slide.fragments === 'list') markListFragments(tokens);
    const html = md.renderer.render(tokens, md.options, env as unknown as Env).trimEnd();
    return { html, headings: headingsOf(tokens), highlights: highlightsOf(tokens, firstLine) };
  } catch (error) {
    ctx.diagnostics.push(
      diag(
        { file, line: firstLine },
        'markdown-failed',
        `The Markdown engine failed on this text: "${String(error)}".`,
        'This is a bug in the deck compiler: please report it with the text of this block.',
      ),
    );
    return { ...NOTHING };
  }
}

/** The plain text of each heading: the slide's title for screen readers, the PDF and the page. */
function headingsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') out.push(plainText(tokens[i + 1]?.children ?? []));
  });
  return out;
}

export function plainText(children: readonly Token[]): string {
  return children
    .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.type === 'image' ? plainText(c.children ?? []) : c.content))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A paragraph holding only an image is the image: no <p> around it, the paragraph's classes on it. */
function unwrapImages(tokens: Token[]): void {
  tokens.forEach((open, i) => {
    const inline = tokens[i + 1];
    const close = tokens[i + 2];
    const only = inline?.children?.filter((c) => c.type !== 'text' || c.content.trim());
    if (open.type !== 'paragraph_open' || !close || only?.length !== 1 || only[0]?.type !== 'image') return;
    const image = only[0];
    const classes = [attrOf(open, 'class'), attrOf(image, 'class')].filter(Boolean).join(' ');
    if (classes) image.attrSet('class', classes);
    open.hidden = close.hidden = true;
  });
}

/** `fragments: list`: every item of a top-level list appears in turn. */
function markListFragments(tokens: readonly Token[]): void {
  for (const t of tokens) {
    if (t.type !== 'list_item_open' || t.level !== 1) continue;
    const own = attrOf(t, 'class');
    t.attrSet('class', own ? `fragment ${own}` : 'fragment');
  }
}
