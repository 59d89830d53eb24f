import { findTerms, queryTerms } from './normalize.ts';
import type { IndexLine } from './slide-index.ts';

/**
 * A linear scan over the index (a few hundred lines: instant, no search library). Results come in
 * deck order, the current language's before the other's; a slide gives at most PER_SLIDE lines
 * (its heading first, then its text, then its notes), so one long transcript cannot push every
 * other slide out of the list.
 */
export const PER_SLIDE = 3;
export const MAX_RESULTS = 60;
/** Characters shown around the first match of a long line (a paragraph of notes). */
const BEFORE = 24;
const AFTER = 90;

export interface Piece {
  text: string;
  mark: boolean;
}

export interface SearchResult {
  line: IndexLine;
  /** The line, cut around its first match when long, with the matches marked. */
  pieces: Piece[];
  /** Text was cut at the start / at the end. */
  cutStart: boolean;
  cutEnd: boolean;
}

const KIND_ORDER = { heading: 0, text: 1, notes: 2 } as const;

export function search(index: readonly IndexLine[], query: string, langs: readonly string[]): SearchResult[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const perSlide = new Map<string, SearchResult[]>();
  const order: string[] = [];
  for (const lang of langs) {
    for (const line of index) {
      if (line.lang !== lang) continue;
      const ranges = findTerms(line.folded, terms);
      if (!ranges) continue;
      const key = `${lang}/${line.slide}`;
      let list = perSlide.get(key);
      if (!list) {
        list = [];
        perSlide.set(key, list);
        order.push(key);
      }
      list.push(cut(line, ranges));
    }
  }
  return order
    .flatMap((key) => (perSlide.get(key) ?? []).sort((a, b) => KIND_ORDER[a.line.kind] - KIND_ORDER[b.line.kind]).slice(0, PER_SLIDE))
    .slice(0, MAX_RESULTS);
}

function cut(line: IndexLine, ranges: [number, number][]): SearchResult {
  const text = line.text;
  const first = ranges[0]?.[0] ?? 0;
  let start = 0;
  let end = text.length;
  if (text.length > BEFORE + AFTER) {
    start = Math.max(0, first - BEFORE);
    end = Math.min(text.length, start + BEFORE + AFTER);
    start = Math.max(0, Math.min(start, end - BEFORE - AFTER));
    // Not inside a surrogate pair, nor in the middle of an English word when a space is near.
    if (start > 0) start = nearSpace(text, start, 1);
    if (end < text.length) end = nearSpace(text, end, -1);
  }
  const pieces: Piece[] = [];
  let at = start;
  for (const [a, b] of ranges) {
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (e <= s) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
  return { line, pieces, cutStart: start > 0, cutEnd: end < text.length };
}

/** A cut position moved to a space within 12 characters (direction 1: forward), else kept. */
function nearSpace(text: string, at: number, direction: 1 | -1): number {
  for (let k = 0; k <= 12; k++) {
    const i = at + k * direction;
    if (i <= 0 || i >= text.length) break;
    if (text[i] === ' ') return direction === 1 ? i + 1 : i;
  }
  // Never split a surrogate pair.
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + direction : at;
}
