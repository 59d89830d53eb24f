import type { MarkdownIt, RendererRule, Token } from 'markdown-it';
import { codeFigure, resolveLanguage } from './highlight.ts';
import { escapeHtml } from './html.ts';
import { attrOf, COMPONENT_CLOSE, COMPONENT_OPEN, deckMeta } from './markdown.ts';
import type { RenderContext } from './render.ts';
import type { Lang } from './types.ts';

/** What the deck's render rules read from markdown-it's `env`. */
export interface RenderEnv {
  ctx: RenderContext;
  lang: Lang;
  file: string;
  firstLine: number;
}

const classAttr = (classes: (string | null | undefined)[]): string => {
  const all = classes.filter(Boolean).join(' ');
  return all ? ` class="${escapeHtml(all)}"` : '';
};

/**
 * Code: highlighted at build time (the one call into highlight.ts, which also sizes the block and
 * reads a line focus such as `{2,4-5}`), in a figure with the title written after the language
 * (```ini /etc/ssh/sshd_config).
 */
export function renderCode(token: Token, env?: RenderEnv): string {
  const [name = '', ...title] = token.info.trim().split(/\s+/);
  const code = token.content.replace(/\n$/, '');
  const pos = { file: env?.file ?? '', line: (env?.firstLine ?? 1) + (token.map?.[0] ?? 0) };
  // The focus goes back after the title, where highlight.ts's parseLineSpec reads it.
  const rest = [title.join(' '), deckMeta(token).lineFocus].filter(Boolean).join(' ');
  const block = { code, lang: resolveLanguage(name), title: rest, classAttr: classAttr(['code', attrOf(token, 'class')]) };
  return `${codeFigure(block, pos, env?.ctx.diagnostics ?? [])}\n`;
}

const image: RendererRule = (tokens, idx) => {
  const t = tokens[idx] as Token;
  const url = deckMeta(t).url;
  if (!url) return '';
  const alt = (t.children ?? []).map((c) => c.content).join('');
  const title = attrOf(t, 'title');
  return `<img${classAttr([attrOf(t, 'class')])} src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''} decoding="async">`;
};

/** External links open in a new tab without giving it `window.opener`. */
const linkOpen: RendererRule = (tokens, idx, options, _env, self) => {
  const t = tokens[idx] as Token;
  if (!t.hidden && !attrOf(t, 'href').startsWith('#')) {
    t.attrSet('target', '_blank');
    t.attrSet('rel', 'noopener noreferrer');
  }
  return self.renderToken(tokens, idx, options);
};

/** Raw HTML is an error (checks.ts); should the page be shown anyway, it is text, never markup. */
const escaped: RendererRule = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? '');

const component: RendererRule = (tokens, idx, _options, env) => {
  const t = tokens[idx] as Token;
  const call = deckMeta(t).component;
  const { ctx, lang, file, firstLine } = env as unknown as RenderEnv;
  if (!call?.component) return '';
  const pos = { file, line: firstLine + (t.map?.[0] ?? 0) };
  const html = call.component.render(call.args, { lang, pos, sections: ctx.sections, diagnostics: ctx.diagnostics, url: ctx.url });
  const classes = attrOf(t, 'class');
  return classes && html ? `<div${classAttr(['component', classes])}>${html}</div>\n` : `${html}\n`;
};

export function installRules(md: MarkdownIt): MarkdownIt {
  const rules = md.renderer.rules;
  rules.fence = (tokens, idx, _options, env) => renderCode(tokens[idx] as Token, env as unknown as RenderEnv);
  rules.code_block = (tokens, idx) => `<pre><code>${escapeHtml(tokens[idx]?.content ?? '')}</code></pre>\n`;
  rules.image = image;
  rules.link_open = linkOpen;
  rules.html_block = escaped;
  rules.html_inline = escaped;
  rules[COMPONENT_OPEN] = component;
  rules[COMPONENT_CLOSE] = () => '';
  return md;
}
