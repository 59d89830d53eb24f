import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import ini from 'highlight.js/lib/languages/ini';
import plaintext from 'highlight.js/lib/languages/plaintext';
import { diag } from './diagnostics.ts';
import { escapeHtml } from './html.ts';
import type { Diagnostic, SourcePos } from './types.ts';

/**
 * Code is highlighted here, at build time, so the browser ships no highlight.js.
 * Only the languages the deck uses are registered: an unknown one is a build error, not a silent
 * fallback to plain text.
 */
const LANGUAGES = { bash, ini, plaintext } as const;
for (const [name, lang] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, lang);

/** Aliases an author may reasonably write, mapped to a registered language. */
const ALIASES: Record<string, keyof typeof LANGUAGES> = { sh: 'bash', shell: 'bash', text: 'plaintext' };

export const KNOWN_LANGUAGES: readonly string[] = [...Object.keys(LANGUAGES), ...Object.keys(ALIASES)].sort();

export function resolveLanguage(name: string): keyof typeof LANGUAGES | undefined {
  // Own properties only: `in` would also accept "constructor" or "toString" from the prototype.
  if (Object.hasOwn(LANGUAGES, name)) return name as keyof typeof LANGUAGES;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** Returns highlighted, escaped HTML for the inside of a `<code>` element. */
export function highlightCode(code: string, language: keyof typeof LANGUAGES): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

/** A fence's line focus, `{2,4-5}` after its language and title: the lines the slide is about. */
export interface LineSpec {
  /** The info string's title with the spec taken out. */
  title: string;
  /** 1-based line numbers in focus; undefined when the fence names none. */
  lines?: ReadonlySet<number>;
  /** The spec as written, when it could not be read (for the error message). */
  bad?: string;
}

const SPEC = /\s*\{([^}]*)\}\s*$/;

/**
 * Reads the line focus from the rest of a fence's info string (```bash ufw {2,4-5} → title "ufw",
 * lines 2, 4 and 5). The one place the syntax is parsed, whatever parses the fence itself.
 */
export function parseLineSpec(rest: string, lineCount: number): LineSpec {
  const m = SPEC.exec(rest);
  if (!m) return { title: rest.trim() };
  const title = rest.slice(0, m.index).trim();
  const raw = m[1] ?? '';
  const lines = new Set<number>();
  for (const part of raw.split(',')) {
    const r = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const from = Number(r?.[1]);
    const to = Number(r?.[2] ?? r?.[1]);
    if (!r || from < 1 || to < from || to > lineCount) return { title, bad: `{${raw}}` };
    for (let n = from; n <= to; n++) lines.add(n);
  }
  return { title, lines };
}

/**
 * Splits highlighted HTML into lines, closing the spans open at each line end and opening them
 * again on the next line (a string or comment can span lines), so every line is whole HTML.
 */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  for (const m of html.matchAll(/<span[^>]*>|<\/span>|[^<]+/g)) {
    const token = m[0];
    if (token.startsWith('<span')) {
      open.push(token);
      line += token;
    } else if (token === '</span>') {
      open.pop();
      line += token;
    } else {
      const parts = token.split('\n');
      line += parts[0] ?? '';
      for (const part of parts.slice(1)) {
        lines.push(line + '</span>'.repeat(open.length));
        line = open.join('') + part;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** A leading shell prompt and `sudo`: typed on every line, they carry no meaning of their own. */
const QUIET = /^((?:\$ )?)((?:<span class="hljs-built_in">sudo<\/span>|sudo)(?= ))?/;

function quietLine(line: string): string {
  return line.replace(QUIET, (whole, prompt: string, sudo: string | undefined) =>
    whole ? `<span class="code-quiet">${prompt}${sudo ? 'sudo' : ''}</span>` : whole,
  );
}

/** Columns a line takes in a monospace face: wide (Japanese) characters take two. */
export function columns(line: string): number {
  let n = 0;
  for (const ch of line)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/** The room a code block has on a slide, in logical px, and the sizes it may be set in. */
export const CODE_FIT = { width: 1100, height: 320, lineHeight: 1.5, advance: 0.6, max: 30, floor: 20 } as const;

export interface CodeFit {
  /** Font size in logical px: as large as the longest line and the line count allow, at most `max`. */
  fontSize: number;
  /** Set when even the floor does not fit: what is too long, for the build's error. */
  overflow?: string;
}

/** Sizes a block to its longest line and its number of lines, between the readable floor and `max`. */
export function fitCode(code: string): CodeFit {
  const lines = code.split('\n');
  const cols = Math.max(1, ...lines.map(columns));
  const byWidth = CODE_FIT.width / (cols * CODE_FIT.advance);
  const byHeight = CODE_FIT.height / (lines.length * CODE_FIT.lineHeight);
  const size = Math.min(CODE_FIT.max, byWidth, byHeight);
  if (size >= CODE_FIT.floor) return { fontSize: Math.floor(size) };
  const why =
    byHeight < CODE_FIT.floor
      ? `${lines.length} lines (at most ${Math.floor(CODE_FIT.height / (CODE_FIT.floor * CODE_FIT.lineHeight))} fit)`
      : `a line of ${cols} columns (at most ${Math.floor(CODE_FIT.width / (CODE_FIT.floor * CODE_FIT.advance))} fit)`;
  return { fontSize: CODE_FIT.floor, overflow: why };
}

/**
 * The inside of a `<code>` element: highlighted, one `span.line` per line, prompts and `sudo`
 * quietened, and the lines of the focus marked (the others dimmed by the theme).
 */
export function renderCodeLines(code: string, language: keyof typeof LANGUAGES | undefined, focus?: ReadonlySet<number>): string {
  const html = language ? highlightCode(code, language) : escapeHtml(code);
  return splitHighlightedLines(html)
    .map((line, i) => {
      const state = focus ? (focus.has(i + 1) ? ' is-focus' : ' is-dim') : '';
      return `<span class="line${state}">${language === 'bash' ? quietLine(line) : line}</span>`;
    })
    .join('\n');
}

/**
 * A whole code block: the figure with its title, sized to its longest line and line count, the
 * focus from its info string. A block that does not fit at the floor is a build error naming the
 * slide's file and line, not a block cut off in the PDF.
 */
export function codeFigure(
  block: { code: string; lang: keyof typeof LANGUAGES | undefined; title: string; classAttr: string },
  pos: SourcePos,
  diagnostics: Diagnostic[],
): string {
  const lineCount = block.code.split('\n').length;
  const spec = parseLineSpec(block.title, lineCount);
  if (spec.bad) {
    diagnostics.push(
      diag(
        pos,
        'bad-line-focus',
        `Bad line focus "${spec.bad}" in ${pos.file}:${pos.line}.`,
        `Write line numbers from 1 to ${lineCount}, e.g. {2,4-5}.`,
      ),
    );
  }
  const fit = fitCode(block.code);
  if (fit.overflow) {
    diagnostics.push(
      diag(
        pos,
        'code-too-long',
        `Code block in ${pos.file}:${pos.line} does not fit the slide: ${fit.overflow} at the ${CODE_FIT.floor} px floor.`,
        'Split it over two slides, or show only the lines that matter.',
      ),
    );
  }
  const title = spec.title ? `<figcaption class="code-title">${escapeHtml(spec.title)}</figcaption>` : '';
  const code = renderCodeLines(block.code, block.lang, spec.lines);
  const focus = spec.lines ? ' data-focus' : '';
  // tabindex lets keyboard users scroll a code block wider than the slide (axe: scrollable-region-focusable).
  return `<figure${block.classAttr} style="--code-size:${fit.fontSize}px"${focus}>${title}<pre tabindex="0"><code class="hljs language-${block.lang ?? 'plaintext'}">${code}</code></pre></figure>`;
}
