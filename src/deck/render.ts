import { COMPONENTS } from './components/index.ts';
import { diag } from './diagnostics.ts';
import { KNOWN_LANGUAGES, highlightCode, resolveLanguage } from './highlight.ts';
import { escapeHtml, plainInline, renderInline } from './inline.ts';
import { parseMarkdown, type BlockAttrs, type MdBlock, type MdListItem } from './markdown.ts';
import type { Diagnostic, Lang, SectionSource, SlideSource } from './types.ts';

/**
 * Classes a slide or block may carry. Each is styled by the theme; anything else is a typo and
 * fails the build rather than silently rendering unstyled.
 */
export const KNOWN_CLASSES = [
  'fragment',
  'title-slide',
  'section-title',
  'center',
  'dense',
  'two-col',
  'lead',
  'small',
  'muted',
  'big-number',
  'coupon',
  'callout',
  'warning',
  'checklist',
  'code-tight',
] as const;

/** How the renderer reaches the file system: asked, never assumed, so rendering stays testable. */
export interface AssetResolver {
  /** Returns the URL for an image path written in a slide, or undefined when no such file exists. */
  image(src: string, fromFile: string): string | undefined;
}

export interface RenderContext {
  sections: readonly SectionSource[];
  assets: AssetResolver;
  diagnostics: Diagnostic[];
  /** The deck's public URL (DECK_URL), when the build has one. */
  url?: string;
}

/** Renders one language's body or notes of a slide to HTML. Returns the heading text too. */
export function renderText(
  slide: SlideSource,
  lang: Lang,
  kind: 'body' | 'notes',
  ctx: RenderContext,
): { html: string; headings: string[] } {
  const text = slide.text[lang];
  const source = kind === 'body' ? text?.body : text?.notes;
  const line = kind === 'body' ? text?.bodyLine : text?.notesLine;
  if (!source || !line) return { html: '', headings: [] };
  const file = slide.pos.file;
  const { blocks, diagnostics } = parseMarkdown(source, file, line);
  ctx.diagnostics.push(...diagnostics);
  const headings: string[] = [];
  const html = blocks
    .map((b) => renderBlock(b, { slide, lang, ctx, headings, listFragments: kind === 'body' && slide.fragments === 'list' }))
    .join('\n');
  return { html, headings };
}

interface BlockContext {
  slide: SlideSource;
  lang: Lang;
  ctx: RenderContext;
  headings: string[];
  listFragments: boolean;
}

function classAttr(attrs: BlockAttrs, extra: string[], b: { line: number }, bc: BlockContext): string {
  for (const c of attrs.classes) {
    if (!(KNOWN_CLASSES as readonly string[]).includes(c)) {
      bc.ctx.diagnostics.push(
        diag({ file: bc.slide.pos.file, line: b.line }, 'unknown-class', `Unknown class ".${c}".`, `Known: ${KNOWN_CLASSES.join(', ')}.`),
      );
    }
  }
  const all = [...extra, ...attrs.classes];
  return all.length ? ` class="${all.join(' ')}"` : '';
}

function renderBlock(b: MdBlock, bc: BlockContext): string {
  const file = bc.slide.pos.file;
  const pos = { file, line: b.line };
  const inline = (t: string, line = b.line): string => renderInline(t, { file, line }, bc.ctx.diagnostics);
  switch (b.type) {
    case 'heading': {
      bc.headings.push(plainInline(b.text));
      return `<h${b.level}${classAttr(b.attrs, [], b, bc)}>${inline(b.text)}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p${classAttr(b.attrs, [], b, bc)}>${inline(b.text)}</p>`;
    case 'quote':
      return `<blockquote${classAttr(b.attrs, [], b, bc)}><p>${inline(b.text)}</p></blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const item = (it: MdListItem, top: boolean): string => {
        const extra = top && bc.listFragments ? ['fragment'] : [];
        const kidTag = it.childrenOrdered ? 'ol' : 'ul';
        const kids = it.children.length ? `<${kidTag}>${it.children.map((c) => item(c, false)).join('')}</${kidTag}>` : '';
        return `<li${classAttr(it.attrs, extra, it, bc)}>${inline(it.text, it.line)}${kids}</li>`;
      };
      return `<${tag}${classAttr(b.attrs, [], b, bc)}>${b.items.map((it) => item(it, true)).join('')}</${tag}>`;
    }
    case 'code': {
      const lang = resolveLanguage(b.lang);
      if (!lang) {
        const shown = b.lang || '(none)';
        bc.ctx.diagnostics.push(
          diag(
            pos,
            'unknown-language',
            `Unknown code language "${shown}" in ${file}:${b.line}.`,
            `Known: ${KNOWN_LANGUAGES.join(', ')}. Write \`\`\`plaintext for unhighlighted text.`,
          ),
        );
      }
      const code = lang ? highlightCode(b.code, lang) : escapeHtml(b.code);
      const title = b.title ? `<figcaption class="code-title">${escapeHtml(b.title)}</figcaption>` : '';
      // tabindex lets keyboard users scroll a code block wider than the slide (axe: scrollable-region-focusable).
      return `<figure${classAttr(b.attrs, ['code'], b, bc)}>${title}<pre tabindex="0"><code class="hljs language-${lang ?? 'plaintext'}">${code}</code></pre></figure>`;
    }
    case 'image': {
      if (!b.alt.trim()) {
        bc.ctx.diagnostics.push(
          diag(pos, 'missing-alt', `Image "${b.src}" has no alt text.`, 'Describe it: ![what the image shows](path).'),
        );
      }
      const url = bc.ctx.assets.image(b.src, file);
      if (!url) {
        bc.ctx.diagnostics.push(
          diag(
            pos,
            'missing-image',
            `Image "${b.src}" does not exist.`,
            'Paths are relative to the slide file, e.g. images/botnet.svg for slides/images/botnet.svg.',
          ),
        );
        return '';
      }
      return `<img${classAttr(b.attrs, [], b, bc)} src="${escapeHtml(url)}" alt="${escapeHtml(b.alt)}" decoding="async">`;
    }
    case 'component': {
      // Own properties only: "::: constructor" must be an unknown component, not Object's constructor.
      const component = Object.hasOwn(COMPONENTS, b.name) ? COMPONENTS[b.name] : undefined;
      if (!component) {
        bc.ctx.diagnostics.push(
          diag(pos, 'unknown-component', `Unknown component "${b.name}".`, `Known: ${Object.keys(COMPONENTS).join(', ')}.`),
        );
        return '';
      }
      for (const arg of Object.keys(b.args)) {
        if (!component.args.includes(arg)) {
          bc.ctx.diagnostics.push(
            diag(
              pos,
              'unknown-component-arg',
              `Unknown argument "${arg}" for component "${b.name}".`,
              component.args.length ? `Known: ${component.args.join(', ')}.` : 'It takes no arguments.',
            ),
          );
        }
      }
      const html = component.render(b.args, {
        lang: bc.lang,
        pos,
        sections: bc.ctx.sections,
        diagnostics: bc.ctx.diagnostics,
        url: bc.ctx.url,
      });
      return b.attrs.classes.length && html ? `<div${classAttr(b.attrs, ['component'], b, bc)}>${html}</div>` : html;
    }
  }
}
