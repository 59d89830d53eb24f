import markdownIt, { type MarkdownIt, type StateBlock, type StateCore, type StateInline, type Token } from 'markdown-it';
import attrs from 'markdown-it-attrs';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';
import container from 'markdown-it-container';
import type { ComponentCall } from './component-args.ts';

/**
 * The Markdown engine of slide bodies and notes: CommonMark (markdown-it) plus GFM tables and
 * strikethrough, `{.class}` attributes (markdown-it-attrs), `::: component` containers
 * (markdown-it-container), CommonMark emphasis that works next to Japanese punctuation
 * (markdown-it-cjk-friendly), no stray space where a line break falls between two Japanese
 * characters (markdown-it-cjk-breaks), and the deck's one inline addition, ` \ ` as a line break.
 *
 * Raw HTML is parsed (`html: true`) only so that CommonMark's own grammar finds it: the checks
 * report every html token as an error and the renderer escapes it, so no slide's markup ever
 * reaches the page. With `html: false` markdown-it would quietly show it as text instead.
 */
export const COMPONENT = 'component';
export const COMPONENT_OPEN = `container_${COMPONENT}_open`;
export const COMPONENT_CLOSE = `container_${COMPONENT}_close`;

/** How deep blocks may nest (a list level is two: list and item). Deeper is an error. */
export const MAX_NESTING = 100;

/** Token metadata the deck adds; kept in `token.meta` so it travels with the token. */
export interface DeckMeta {
  /** Attribute names markdown-it itself set (href, src, start…): anything else came from `{…}`. */
  ownAttrs?: string[];
  /** A ` \ ` break: it is not a line of the source, so positions do not count it. */
  spacedBreak?: boolean;
  /** A component's name and arguments, read by the checks. */
  component?: ComponentCall;
  /** An image's URL in the built deck; none when the file does not exist. */
  url?: string;
  /** A fence's line focus as written (`{2,4-5}`), taken out of its info before markdown-it-attrs reads it. */
  lineFocus?: string;
}

/** What parsing leaves in `env` besides markdown-it's own references. */
export interface ParseEnv {
  /** 0-based line of the source where blocks nested deeper than MAX_NESTING and were cut. */
  tooDeep?: number;
}

/** An attribute as a string ('' when absent): markdown-it's types allow numbers too. */
export function attrOf(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}

export function deckMeta(token: Token): DeckMeta {
  return (token.meta ??= {}) as DeckMeta;
}

/**
 * ` \ ` (a backslash with a space or tab on each side) is a line break within one source line, so
 * a title can be broken where the author wants without splitting its source line. CommonMark
 * shows such a backslash literally; the deck never wants that.
 */
function spacedBackslashBreak(state: StateInline, silent: boolean): boolean {
  const { pos, src } = state;
  if (pos === 0 || src.charCodeAt(pos) !== 0x5c) return false;
  const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
  if (!isBlank(src.charCodeAt(pos - 1)) || !isBlank(src.charCodeAt(pos + 1))) return false;
  if (!silent) {
    state.pending = state.pending.replace(/[ \t]+$/, '');
    deckMeta(state.push('hardbreak', 'br', 0)).spacedBreak = true;
  }
  let next = pos + 1;
  while (next < state.posMax && isBlank(src.charCodeAt(next))) next++;
  state.pos = next;
  return true;
}

/** Notes which attributes each token had before markdown-it-attrs ran (see DeckMeta.ownAttrs). */
function recordOwnAttrs(state: StateCore): void {
  const note = (t: Token): void => {
    deckMeta(t).ownAttrs = (t.attrs ?? []).map(([name]) => name);
    t.children?.forEach(note);
  };
  state.tokens.forEach(note);
}

/** A fence's line focus: braces holding only line numbers, commas and ranges, at the end of its info. */
const LINE_FOCUS = /\s*(\{[\d\s,-]+\})\s*$/;

/**
 * Moves a fence's line focus (```bash ufw {2,4-5}) out of its info string, where markdown-it-attrs
 * would read `{2,4-5}` as an attribute named "2,4-5" and the slide would fail with an unknown one.
 */
function takeLineFocus(state: StateCore): void {
  for (const t of state.tokens) {
    const m = t.type === 'fence' ? LINE_FOCUS.exec(t.info) : null;
    if (!m?.[1]) continue;
    deckMeta(t).lineFocus = m[1];
    t.info = t.info.slice(0, m.index);
  }
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt('commonmark', { html: true, xhtmlOut: false, maxNesting: MAX_NESTING });
  md.enable(['table', 'strikethrough']);
  // Every link is parsed, whatever its scheme, so a bad one is reported (unsafe-link) instead of
  // being left on the slide as literal "[text](javascript:…)".
  md.validateLink = () => true;
  // A transform error in markdown-it-attrs is a bug; it surfaces as a diagnostic (render.ts).
  md.use(attrs, {
    fenceAttrsOnPre: false,
    errorHandler: (error) => {
      throw error;
    },
  });
  md.core.ruler.before('curly_attributes', 'deck_own_attrs', recordOwnAttrs);
  md.core.ruler.before('curly_attributes', 'deck_line_focus', takeLineFocus);
  md.use(container, COMPONENT, { validate: () => true });
  md.use(cjkFriendly);
  md.use(cjkBreaks);
  md.inline.ruler.before('escape', 'deck_spaced_break', spacedBackslashBreak);
  // markdown-it drops whatever lies below its nesting limit without a word: remember where.
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number): void => {
    const env = state.env as ParseEnv;
    if (state.level >= MAX_NESTING && startLine < endLine && env.tooDeep === undefined) env.tooDeep = startLine;
    tokenize(state, startLine, endLine);
  };
  return md;
}
