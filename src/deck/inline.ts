import { diag } from './diagnostics.ts';
import type { Diagnostic, SourcePos } from './types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

/** The inverse of escapeHtml, for reading text back out of the compiler's own HTML. */
export function unescapeHtml(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e] ?? e);
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Joins a paragraph's source lines. A newline between two Japanese characters would render as a
 * stray space, so it is dropped there and kept as a space between Latin words. A line ending in
 * a backslash, or a backslash standing alone between spaces (` \\ `), is a hard break.
 */
export function joinLines(text: string): string {
  return text
    .replace(/[ \t]+\\[ \t]+/g, '\u2028')
    .split('\n')
    .map((l) => l.trim())
    .reduce((acc, l) => {
      if (!acc) return l;
      if (acc.endsWith('\\')) return `${acc.slice(0, -1)}\u2028${l}`;
      const a = acc.at(-1) ?? '';
      const b = l[0] ?? '';
      return CJK.test(a) || CJK.test(b) ? acc + l : `${acc} ${l}`;
    }, '');
}

/** `[text](url)`; the URL may hold one level of balanced parentheses, as in `…/wiki/Foo_(bar)`. */
const LINK = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/;

/** URLs a slide may link to: the web, mail, and the deck's own slides. */
const SAFE_URL = /^(https:\/\/|http:\/\/|mailto:|#\/)/;

type Rule = { re: RegExp; render: (m: RegExpExecArray, inner: (s: string) => string) => string };

/**
 * Renders inline Markdown (`code`, **strong**, *em*, [text](url), hard breaks) to escaped HTML.
 * External links open in a new tab without giving it `window.opener`.
 */
export function renderInline(text: string, pos: SourcePos, diagnostics: Diagnostic[]): string {
  const rules: Rule[] = [
    { re: /`([^`]+)`/, render: (m) => `<code>${escapeHtml(m[1] ?? '')}</code>` },
    { re: /\*\*([\s\S]+?)\*\*/, render: (m, inner) => `<strong>${inner(m[1] ?? '')}</strong>` },
    { re: /\*([\s\S]+?)\*/, render: (m, inner) => `<em>${inner(m[1] ?? '')}</em>` },
    {
      re: LINK,
      render: (m, inner) => {
        const url = m[2] ?? '';
        if (!SAFE_URL.test(url)) {
          // The text may span several source lines: point at the one holding the URL.
          const before = text.slice(0, Math.max(0, text.indexOf(url)));
          const line = pos.line + (before.match(/\n/g)?.length ?? 0);
          diagnostics.push(
            diag(
              { ...pos, line },
              'unsafe-link',
              `Link to "${url}" is not allowed.`,
              'Links may use https:, http:, mailto: or "#/<slide-id>".',
            ),
          );
          return inner(m[1] ?? '');
        }
        const external = !url.startsWith('#');
        const extra = external ? ' target="_blank" rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(url)}"${extra}>${inner(m[1] ?? '')}</a>`;
      },
    },
  ];
  const inner = (s: string): string => {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const m = rule.re.exec(s);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) return escapeHtml(s).replace(/\u2028/g, '<br>');
    const { rule, m } = best;
    return inner(s.slice(0, m.index)) + rule.render(m, inner) + inner(s.slice(m.index + m[0].length));
  };
  return inner(joinLines(text));
}

/** The plain text of inline Markdown, for titles, aria labels and the font subset. */
export function plainInline(text: string): string {
  return joinLines(text)
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(new RegExp(LINK.source, 'g'), '$1')
    .replace(/\u2028/g, ' ');
}
