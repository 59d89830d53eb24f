/**
 * Text as search compares it: NFKC (full-width ＡＢＣ and ！, half-width ｶﾀｶﾅ, ① and the like
 * fold to one form), lower case, and every run of white space as one space. Both the query and the
 * slides go through it. Each character is folded on its own so that every folded character knows
 * where it came from: a match in the folded text marks the right characters of the original.
 */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: the original's unit where its character starts… */
  from: number[];
  /** …and where it ends. */
  to: number[];
}

/** Japanese characters (after NFKC): kana, kanji and their punctuation. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;

/**
 * A line as the page shows it: white space collapsed, and a line break between two Japanese
 * characters dropped. The compiler's HTML has one after each `<wbr>` (「便利になった<wbr>\nサイトを」),
 * which textContent keeps. A typed space stays (「山下 健一さん」).
 */
export function cleanText(text: string): string {
  return text
    .replace(new RegExp(`(${CJK.source})[^\\S\\n]*\\n\\s*(?=${CJK.source})`, 'g'), '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Half-width katakana's voiced marks fold to combining marks: joined to the kana before them. */
const COMBINING_VOICED = /^[\u3099\u309a]$/;

export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    let out = ch.normalize('NFKC').toLowerCase();
    if (/^\s+$/.test(out)) {
      // One space for a run of white space, none at the start.
      if (text === '' || text.endsWith(' ')) {
        if (to.length) to[to.length - 1] = i;
        continue;
      }
      out = ' ';
    } else if (text.endsWith(' ') && CJK.test(out) && CJK.test(text.charAt(text.length - 2))) {
      // No space between two Japanese characters: 「山下 健一」 finds 「山下健一」 and the other way.
      text = text.slice(0, -1);
      from.pop();
      to.pop();
    }
    if (COMBINING_VOICED.test(out) && text) {
      const joined = (text.slice(-1) + out).normalize('NFC');
      if (joined.length === 1) {
        text = text.slice(0, -1) + joined;
        to[to.length - 1] = i;
        continue;
      }
    }
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(i);
    }
    text += out;
  }
  // No space at the end either.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text, from, to };
}

/** The query's terms: folded, split at spaces. Every term must be found (in any order). */
export function queryTerms(query: string): string[] {
  return fold(query)
    .text.split(' ')
    .filter((t) => t !== '');
}

/** Where each term first occurs in the folded text, as ranges of the original; null if one is missing. */
export function findTerms(folded: Folded, terms: readonly string[]): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = folded.text.indexOf(term);
    if (at < 0) return null;
    while (at >= 0) {
      ranges.push([folded.from[at] ?? 0, folded.to[at + term.length - 1] ?? 0]);
      at = folded.text.indexOf(term, at + term.length);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
