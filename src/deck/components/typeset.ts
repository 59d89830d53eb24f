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
  return mapText(html, (token) => token.replace(re, (run) => `<span class="nowrap">${run}</span>`));
}

const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** A callout's label: its first words, highlighted, then a break (「*便利になった* \\ サイトを…」). */
const CALLOUT_LABEL = /(<p\b[^>]*\bclass="(?:[^"]*\s)?callout[\s"][^>]*>\s*<(strong|em)>[^<]*<\/\2>)\s*<br\s*\/?>/g;

/**
 * Turns hard line breaks in body text (` \ ` in a slide) into break opportunities: they were placed
 * for one measure and one font size, and a slide that fills its width wraps better by itself
 * (auto-phrase in Japanese). Headings keep theirs: a heading's lines are part of its design. So
 * does a callout's label: joined to its text, 「便利になった」 read as 「便利になったサイト」.
 */
export function softenBreaks(html: string, lang: Lang): string {
  const open: string[] = [];
  const labelled = html.replace(CALLOUT_LABEL, '$1<br data-keep>');
  return labelled.replace(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g, (token, close: string, tag: string) => {
    const name = tag.toLowerCase();
    if (HEADINGS.has(name) || VERBATIM.has(name)) {
      if (close) open.pop();
      else open.push(name);
    }
    if (token === '<br data-keep>') return '<br>';
    if (name !== 'br' || open.length) return token;
    return lang === 'ja' ? '<wbr>' : ' ';
  });
}

/**
 * Japanese words that depend on the word before them and must not start a line: formal nouns
 * (「持ち帰りたい／こと」, 「特定できない／ことが多い」). Chromium's phrase breaking (BudouX) splits
 * before them, and a balanced heading on a phone chose exactly that split. Each is glued to the
 * character before it; the line then breaks before the whole phrase.
 */
const DEPENDENT = /([\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])(こと|もの|ため|ところ|とき|よう|はず|わけ)(を?)/gu;

/**
 * Names joined by 「×」 (「ウォルティ×ゲヒルン×さくらインターネット」): phrase breaking does not know
 * them and split 「さ／くら」. Each name stays whole; a line breaks before a 「×」, never after it.
 */
const JOINED_NAMES =
  /[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}ー\w]+(?:×[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}ー\w]+)+/gu;

/**
 * A particle right after a closing bracket (「（クラッカー）を」, 「」の」): BudouX breaks at the bracket,
 * and a line that starts with 「を指す」 reads as a fragment. The particle stays with the bracket.
 */
const BRACKET_PARTICLE = /([）」』])([をがはにへでとのもや])/gu;

/** 「を」 is always a particle: it never starts a line (「セキュリティスキャン／をもっと」 on a phone). */
const OBJECT_PARTICLE = /([^\s、。）」』<>])を(?!<\/span>)/gu;

/**
 * A colloquial word spelt in hiragana with a long-vowel mark (「やったったー」 in Fujisaki's talk title):
 * BudouX splits it inside (「やったっ／たー」 on a 390 px phone); it stays whole.
 */
const COLLOQUIAL = /\p{Script=Hiragana}{2,8}ー/gu;

/** Applies the Japanese phrase rules above to the text (not the tags, not code) of the compiler's HTML. */
export function keepPhrasesTogether(html: string): string {
  return mapText(html, (token) =>
    token
      .replace(JOINED_NAMES, (run) =>
        run
          .split('×')
          .map((name, i) => `<span class="nowrap">${i ? '×' : ''}${name}</span>`)
          .join('<wbr>'),
      )
      .replace(DEPENDENT, (_, before: string, noun: string, wo: string) => `<span class="nowrap">${before}${noun}${wo}</span>`)
      .replace(COLLOQUIAL, (word) => `<span class="nowrap">${word}</span>`)
      .replace(BRACKET_PARTICLE, (_, bracket: string, particle: string) => `<span class="nowrap">${bracket}${particle}</span>`)
      .replace(OBJECT_PARTICLE, (_, before: string) => `<span class="nowrap">${before}を</span>`),
  );
}

/**
 * Inline code breaks at its spaces, not at a hyphen: `grep -i` split after the hyphen on a phone
 * (「grep -」, 「i」), which reads as another command. A code block's file name breaks only after a 「/」.
 * Spans only: the text, and what a reader copies, stay exactly as written.
 */
/** A hyphenated word up to 20 characters stays whole; a longer one may still break to fit a phone. */
const keepShortWord = (word: string): string => (word.length <= 20 ? `<span class="nowrap">${word}</span>` : word);

export function keepCodeTogether(html: string): string {
  return html
    .replace(/<code>([^<]*)<\/code>/g, (_, text: string) => `<code>${text.replace(/\S*-\S*/g, keepShortWord)}</code>`)
    .replace(
      /(<figcaption class="code-title">)([^<]*)(<\/figcaption>)/g,
      (_, open: string, path: string, close: string) =>
        `${open}${path
          .split(/(?<=\/)/)
          .map((part) => `<span class="nowrap">${part}</span>`)
          .join('<wbr>')}${close}`,
    );
}

const JAPANESE_RUN = /「[^」]*」|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/**
 * Japanese quoted in English text (the original talk title under its translation, 「大喜多」) is
 * marked `lang="ja"`: it then breaks between phrases like the Japanese slides (without it a phone
 * split 「セキュリ/ティ」), and a screen reader reads it as Japanese.
 */
export function markJapanese(html: string): string {
  return mapText(html, (token) => token.replace(JAPANESE_RUN, (run) => `<span lang="ja">${run}</span>`));
}

/**
 * Runs `edit` over the text between the tags of the compiler's own HTML (well-formed: no raw HTML
 * reaches it, so a tokenizer is enough; the text is already escaped), leaving the tags, and all
 * inside VERBATIM elements (code), as they are.
 */
function mapText(html: string, edit: (text: string) => string): string {
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
    return edit(token);
  });
}
