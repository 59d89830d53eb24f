import { unescapeHtml } from './html.ts';

/**
 * Splits the deck's text by the font weight it renders in, so the bold subset carries only the
 * characters that are ever bold (headings, strong text, a few component labels): about a third of
 * the deck's characters, and about a third of the bytes of a full second weight.
 *
 * It walks the HTML the compiler itself produced (well-formed, no raw HTML from slides), so a tag
 * tokenizer is enough. The theme must make text bold only through these tags and classes; a
 * browser test checks every rendered bold character is in the bold subset. A character that
 * somehow is not still renders: the bold face declares a unicode-range, so the browser falls back
 * to the regular face (synthesised bold) instead of to another font.
 *
 * Speaker notes are counted apart: the deck never draws them (the speaker view is its own page),
 * only the PDF handout does, so their extra characters go into a face the browser downloads only
 * when notes are on screen.
 */
export const BOLD_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'strong', 'em', 'b', 'th', 'blockquote']);
export const BOLD_CLASSES: readonly string[] = [
  'lead',
  'big-number',
  'ranking-rank',
  'agenda-title',
  'is-picked',
  'is-key',
  'section-number',
  'chart-value',
  'chart-total',
  'layer',
  'stack-owner',
];
/** Classes that set text back to regular inside a bold context. */
export const REGULAR_CLASSES: readonly string[] = ['layer-example'];

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'source']);
const TOKEN = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;

/** Text of the slides by weight, and the speaker notes apart: they are only drawn in the handout. */
export interface TextByUse {
  regular: string;
  bold: string;
  notes: string;
  /** Text of code (`pre`, `code`): drawn in the monospace face, also counted by weight above. */
  code: string;
}

export function splitTextByWeight(html: string): TextByUse {
  const stack: boolean[] = [false];
  const inNotes: boolean[] = [false];
  const inCode: boolean[] = [false];
  let regular = '';
  let bold = '';
  let notes = '';
  let code = '';
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      const decoded = unescapeHtml(text);
      if (inCode.at(-1) && !inNotes.at(-1)) code += decoded;
      if (inNotes.at(-1)) notes += decoded;
      else if (stack.at(-1)) bold += decoded;
      else regular += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (closing) {
      if (stack.length > 1) stack.pop();
      if (inNotes.length > 1) inNotes.pop();
      if (inCode.length > 1) inCode.pop();
      continue;
    }
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const classes = /\bclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const parent = stack.at(-1) ?? false;
    const isBold = classes.some((c) => REGULAR_CLASSES.includes(c))
      ? false
      : parent || BOLD_TAGS.has(tag) || classes.some((c) => BOLD_CLASSES.includes(c));
    stack.push(isBold);
    inNotes.push((inNotes.at(-1) ?? false) || (tag === 'aside' && classes.includes('notes')));
    inCode.push((inCode.at(-1) ?? false) || tag === 'pre' || tag === 'code');
  }
  return { regular, bold, notes, code };
}
