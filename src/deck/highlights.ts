import type { Token } from 'markdown-it';
import { diag } from './diagnostics.ts';
import { deckMeta } from './markdown.ts';
import type { Diagnostic, Lang, SlideSource } from './types.ts';

/**
 * The design's rule: one emphasis colour and at most two highlights per slide. With more, none of
 * them stands out (the design review found four in three bullets).
 */
export const MAX_HIGHLIGHTS = 2;

/** One highlighted phrase (`**…**` or `*…*`) of a slide's text and the file line it starts on. */
export interface Highlight {
  line: number;
  text: string;
}

const OPEN = new Set(['strong_open', 'em_open']);
const CLOSE = new Set(['strong_close', 'em_close']);

/**
 * The highlighted phrases of a parsed text, outermost only: `***a***` (em around strong) is one
 * phrase, as it is one run of the emphasis colour.
 */
export function highlightsOf(tokens: readonly Token[], firstLine: number): Highlight[] {
  const out: Highlight[] = [];
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.map) continue;
    let line = firstLine + block.map[0];
    let depth = 0;
    for (const t of block.children ?? []) {
      if (OPEN.has(t.type) && depth++ === 0) out.push({ line, text: '' });
      else if (CLOSE.has(t.type)) depth--;
      else if (t.type === 'softbreak' || (t.type === 'hardbreak' && !deckMeta(t).spacedBreak)) line++;
      const current = out.at(-1);
      if (depth > 0 && current) current.text += t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.content;
    }
  }
  return out;
}

/** A warning at the first phrase over the limit, quoting them all, when a slide's body has too many. */
export function checkHighlights(highlights: readonly Highlight[], slide: SlideSource, lang: Lang): Diagnostic[] {
  const over = highlights[MAX_HIGHLIGHTS];
  if (!over) return [];
  return [
    diag(
      { file: slide.pos.file, line: over.line },
      'too-many-highlights',
      `Slide "${slide.id}" (${lang}) highlights ${highlights.length} phrases: ${highlights.map((h) => `"${h.text}"`).join(', ')}.`,
      `Keep **…** or *…* for at most ${MAX_HIGHLIGHTS} phrases a slide; with more, none of them stands out.`,
      'warning',
    ),
  ];
}
