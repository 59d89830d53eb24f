import { describe, expect, test } from 'vitest';
import { sectionLabel, sectionShortName, splitTalkTitle } from '../../src/deck/components/section-label.ts';
import { decorateSlideBody } from '../../src/deck/components/slide-body.ts';
import { keepCodeTogether, keepPhrasesTogether, keepRunsTogether, markJapanese, softenBreaks } from '../../src/deck/components/typeset.ts';
import { parseSectionFile } from '../../src/deck/parse.ts';
import type { SectionSource, SlideSource } from '../../src/deck/types.ts';

const file = (n: number, titleJa: string, titleEn: string, body: string): SectionSource =>
  parseSectionFile(`---\ntitle.ja: ${titleJa}\ntitle.en: ${titleEn}\n---\n${body}`, `slides/0${n}-s${n}.md`).section;

const slide = (id: string, cls: string, ja: string, en = ja): string =>
  `=== ${id}\ntime: 10\n${cls ? `class: ${cls}\n` : ''}\n--- ja\n${ja}\n\n--- ja notes\nn\n\n--- en\n${en}\n\n--- en notes\nn\n`;

const opening = file(1, 'はじめに', 'Opening', slide('title', 'title-slide', '# T') + slide('agenda', '', '## A'));
const talk = file(
  2,
  '山下 健一さん「クラック・サイト改ざんが発覚!」',
  'Yamashita Kenichi: “Cracked and defaced!”',
  slide('y', 'section-title', '講演1\n\n## T', 'Talk 1\n\n## T') +
    slide('y-1', '', '## A') +
    slide('howto', 'section-title', '補足\n\n## H', 'Extra\n\n## H') +
    slide('howto-1', '', '## B'),
);
const sections = [opening, talk];
const at = (s: SectionSource, id: string): SlideSource => {
  const found = s.slides.find((x) => x.id === id);
  if (!found) throw new Error(`no slide ${id}`);
  return found;
};

describe('section label', () => {
  test('a talk’s short name is its speaker; any other title is used whole', () => {
    expect(splitTalkTitle('山下 健一さん「クラック!」')).toEqual({ speaker: '山下 健一さん', talk: '「クラック!」' });
    expect(splitTalkTitle('Fujisaki Masanori: “I ran a scan”')).toEqual({ speaker: 'Fujisaki Masanori', talk: '“I ran a scan”' });
    expect(sectionShortName('全体を通じて')).toBe('全体を通じて');
    expect(sectionShortName('情報セキュリティ10大脅威 2016【組織】')).toBe('情報セキュリティ10大脅威 2016【組織】');
  });

  test('content slides get the section’s agenda number and name; the opening has no number', () => {
    expect(sectionLabel(talk, at(talk, 'y-1'), 'ja', sections)).toBe(
      '<p class="section-label"><span class="section-number">1</span><span class="section-name">山下 健一さん</span></p>\n',
    );
    expect(sectionLabel(opening, at(opening, 'agenda'), 'en', sections)).toBe(
      '<p class="section-label"><span class="section-name">Opening</span></p>\n',
    );
  });

  test('title and section-title slides carry none; after an inner section title its kicker is added', () => {
    expect(sectionLabel(opening, at(opening, 'title'), 'ja', sections)).toBe('');
    expect(sectionLabel(talk, at(talk, 'howto'), 'ja', sections)).toBe('');
    expect(sectionLabel(talk, at(talk, 'howto-1'), 'ja', sections)).toContain('<span class="section-part">補足</span>');
    expect(sectionLabel(talk, at(talk, 'howto-1'), 'en', sections)).toContain('<span class="section-part">Extra</span>');
    expect(sectionLabel(talk, at(talk, 'y-1'), 'ja', sections)).not.toContain('section-part');
  });

  test('names are escaped', () => {
    const odd = file(3, 'A<b>', 'A<b>', slide('z', '', '## Z'));
    expect(sectionLabel(odd, at(odd, 'z'), 'ja', [...sections, odd])).toContain('A&lt;b&gt;');
  });
});

describe('typesetting at build time', () => {
  test('dates and numbers with units never break inside', () => {
    expect(keepRunsTogether('<p>本キャンペーンは2016年12月9日をもって、50名様に500円分</p>', 'ja')).toBe(
      '<p>本キャンペーンは<span class="nowrap">2016年12月9日</span>をもって、<span class="nowrap">50名様</span>に<span class="nowrap">500円分</span></p>',
    );
    expect(keepRunsTogether('<li>約5h、30分</li>', 'ja')).toBe(
      '<li><span class="nowrap">約5h</span>、<span class="nowrap">30分</span></li>',
    );
    expect(keepRunsTogether('<p>ended on 9 December 2016, after 1.5 hours</p>', 'en')).toBe(
      '<p>ended on <span class="nowrap">9 December 2016</span>, after <span class="nowrap">1.5 hours</span></p>',
    );
  });

  test('code, attributes and tags are left alone', () => {
    const html = '<a href="#/2016年">x</a><pre><code>sleep 30分</code></pre><code>5h</code>';
    expect(keepRunsTogether(html, 'ja')).toBe(html);
  });

  test('hard breaks in body text become break opportunities; headings and code keep theirs', () => {
    expect(softenBreaks('<h2>A<br>B</h2><li>乗っ取られた<br>フィッシング</li>', 'ja')).toBe(
      '<h2>A<br>B</h2><li>乗っ取られた<wbr>フィッシング</li>',
    );
    expect(softenBreaks('<li>servers and VPSs<br>turned</li>', 'en')).toBe('<li>servers and VPSs turned</li>');
  });

  test('a callout keeps the break after its label; its other breaks and other paragraphs’ soften', () => {
    expect(softenBreaks('<p class="callout"><em>便利になった</em><br>\nサイトを<br>作れる</p>', 'ja')).toBe(
      '<p class="callout"><em>便利になった</em><br>\nサイトを<wbr>作れる</p>',
    );
    expect(softenBreaks('<p class="callout fragment"><strong>The flip side</strong><br>Security', 'en')).toBe(
      '<p class="callout fragment"><strong>The flip side</strong><br>Security',
    );
    // Not a callout, or the highlight is not the paragraph's start: no label.
    expect(softenBreaks('<p><em>便利</em><br>x</p><p class="callout">a <em>b</em><br>c</p>', 'ja')).toBe(
      '<p><em>便利</em><wbr>x</p><p class="callout">a <em>b</em><wbr>c</p>',
    );
  });

  test('a formal noun is glued to the word before it; names joined by × break only before a ×', () => {
    expect(keepPhrasesTogether('<h2>持ち帰りたいこと：守りの基本</h2>')).toBe(
      '<h2>持ち帰りた<span class="nowrap">いこと</span>：守りの基本</h2>',
    );
    expect(keepPhrasesTogether('<li>特定できないことが多い、商用環境のため</li>')).toBe(
      '<li>特定できな<span class="nowrap">いこと</span>が多い、商用環境<span class="nowrap">のため</span></li>',
    );
    // After punctuation or at the start there is no word to glue it to.
    expect(keepPhrasesTogether('<p>こと、ものの</p>')).toBe('<p>こと、ものの</p>');
    expect(keepPhrasesTogether('<p>ウォルティ×ゲヒルン×さくらインターネット</p>')).toBe(
      '<p><span class="nowrap">ウォルティ</span><wbr><span class="nowrap">×ゲヒルン</span><wbr><span class="nowrap">×さくらインターネット</span></p>',
    );
    expect(keepPhrasesTogether('<pre><code>見ること</code></pre>')).toBe('<pre><code>見ること</code></pre>');
    expect(keepPhrasesTogether('<p>スキャンをもっと、できないことを</p>')).toBe(
      '<p>スキャ<span class="nowrap">ンを</span>もっと、できな<span class="nowrap">いことを</span></p>',
    );
    expect(keepPhrasesTogether('<p>ハッカー（クラッカー）を指す</p>')).toBe(
      '<p>ハッカー（クラッカー<span class="nowrap">）を</span>指す</p>',
    );
    expect(keepPhrasesTogether('<h2>診断やったったー</h2>')).toBe('<h2>診断<span class="nowrap">やったったー</span></h2>');
  });

  test('inline code breaks at spaces, not at a hyphen; a file name only after a slash', () => {
    expect(keepCodeTogether('<code>sudo sshd -T | grep -i x</code>')).toBe(
      '<code>sudo sshd <span class="nowrap">-T</span> | grep <span class="nowrap">-i</span> x</code>',
    );
    const long = 'a-very-long-hyphenated-word';
    expect(keepCodeTogether(`<code>${long}</code>`)).toBe(`<code>${long}</code>`);
    expect(keepCodeTogether('<figcaption class="code-title">/etc/a-b.conf</figcaption>')).toBe(
      '<figcaption class="code-title"><span class="nowrap">/</span><wbr><span class="nowrap">etc/</span><wbr><span class="nowrap">a-b.conf</span></figcaption>',
    );
    // A code block's code is left exactly as highlighted.
    expect(keepCodeTogether('<pre><code class="hljs">a -b</code></pre>')).toBe('<pre><code class="hljs">a -b</code></pre>');
  });

  test('Japanese on an English slide is marked lang="ja", quoted titles whole', () => {
    expect(markJapanese('<p>「Waltiを使って◯◯◯◯のセキュリティ診断やったったー」</p>')).toBe(
      '<p><span lang="ja">「Waltiを使って◯◯◯◯のセキュリティ診断やったったー」</span></p>',
    );
    expect(markJapanese('<p>Okita (大喜多) <a href="#/x">x</a></p><code>日本</code>')).toBe(
      '<p>Okita (<span lang="ja">大喜多</span>) <a href="#/x">x</a></p><code>日本</code>',
    );
  });

  test('poster slides (title, section title) keep their breaks; a heading equal to the label keeps only its number', () => {
    const ctx = { section: talk, sections, lang: 'ja' as const };
    expect(decorateSlideBody('<h2>T</h2><p>a<br>b</p>', { ...ctx, slide: at(talk, 'y') })).toBe('<h2>T</h2><p>a<br>b</p>');
    expect(decorateSlideBody('<h2>A</h2><p>a<br>b</p>', { ...ctx, slide: at(talk, 'y-1') })).toContain('<p>a<wbr>b</p>');
    expect(decorateSlideBody('<h2>山下 健一さん</h2>', { ...ctx, slide: at(talk, 'y-1') })).toBe(
      '<p class="section-label"><span class="section-number">1</span></p>\n<h2>山下 健一さん</h2>',
    );
    // The opening has no number: nothing is left to show.
    const opener = { section: opening, sections, lang: 'en' as const, slide: at(opening, 'agenda') };
    expect(decorateSlideBody('<h2>Opening</h2>', opener)).toBe('<h2>Opening</h2>');
  });
});
