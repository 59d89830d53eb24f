import type { Lang } from '../types.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Runs a line must never break inside: a date, or a number with its unit. Phrase-aware breaking
 * (word-break: auto-phrase) still split 「2016年12月 / 9日」 on a phone, and English breaks at
 * the space in "9 December 2016" or "50 readers" like anywhere else.
 */
const UNBREAKABLE: Record<Lang, RegExp> = {
  ja: new RegExp(
    [
      '\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?',
      '\\d{1,2}月\\d{1,2}日',
      '約?\\d+(?:[.,]\\d+)?(?:時間|分|秒|台|位|円分?|名様?|件|社|人|年|日|h|%|GB|MB)',
      '\\d{4}-\\d{2}-\\d{2}',
    ].join('|'),
    'g',
  ),
  en: new RegExp(
    [
      `\\d{1,2} (?:${MONTHS}) \\d{4}`,
      `(?:${MONTHS}) \\d{1,2}, \\d{4}`,
      `(?:${MONTHS}) \\d{4}`,
      '\\d{4}-\\d{2}-\\d{2}',
      '[~¥]?\\d+(?:[.,]\\d+)? ?(?:h|hours?|minutes?|seconds?|%)(?![\\w])',
    ].join('|'),
    'g',
  ),
};

/** Text inside these is code or a link's address: left exactly as written. */
const VERBATIM = new Set(['code', 'pre']);

/**
 * Wraps dates and numbers-with-units in `<span class="nowrap">` in the compiler's own HTML (tags
 * are its output, so a tokenizer is enough; text between them is already escaped).
 */
export function keepRunsTogether(html: string, lang: Lang): string {
  const re = UNBREAKABLE[lang];
  const open: string[] = [];
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)[^>]*>|[^<]+/g, (token, close: string | undefined, tag: string | undefined) => {
    if (tag) {
      const name = tag.toLowerCase();
      if (VERBATIM.has(name)) {
        if (close) open.pop();
        else open.push(name);
      }
      return token;
    }
    if (open.length) return token;
    return token.replace(re, (run) => `<span class="nowrap">${run}</span>`);
  });
}

const HEADINGS = new Set(['h1', 'h2', 'h3']);

/**
 * Turns hard line breaks in body text (` \ ` in a slide) into break opportunities: they were placed
 * for one measure and one font size, and a slide that fills its width wraps better by itself
 * (auto-phrase in Japanese). Headings keep theirs: a heading's lines are part of its design.
 */
export function softenBreaks(html: string, lang: Lang): string {
  const open: string[] = [];
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g, (token, close: string, tag: string) => {
    const name = tag.toLowerCase();
    if (HEADINGS.has(name) || VERBATIM.has(name)) {
      if (close) open.pop();
      else open.push(name);
    }
    if (name !== 'br' || open.length) return token;
    return lang === 'ja' ? '<wbr>' : ' ';
  });
}
