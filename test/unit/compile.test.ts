import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDeck, textOf, type SlideFile } from '../../src/deck/compile.ts';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { fileAssets, loadSlideFiles } from '../../src/deck/load.ts';
import type { Lang } from '../../src/deck/types.ts';

const ROOT = resolve('test/fixtures/valid-deck');
const FILES = loadSlideFiles(ROOT, 'slides');
const compile = (files: readonly SlideFile[], langs: readonly Lang[]) => compileDeck(files, { langs, assets: fileAssets(ROOT) });

describe('compileDeck on the valid fixture deck', () => {
  const deck = compile(FILES, ['ja', 'en']);

  test('has no diagnostics in either language set', () => {
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(compile(FILES, ['ja']).diagnostics).toEqual([]);
  });

  test('sections, slides, ids, titles and timings come from the files in order', () => {
    expect(FILES.map((f) => f.path)).toEqual(['slides/01-opening.md', 'slides/02-threats.md', 'slides/03-walti.md']);
    expect(deck.sections.map((s) => [s.slug, s.file, s.title])).toEqual([
      ['opening', 'slides/01-opening.md', { ja: 'はじめに', en: 'Opening' }],
      ['threats', 'slides/02-threats.md', { ja: '10大脅威', en: 'Ten major threats' }],
      ['walti', 'slides/03-walti.md', { ja: 'Walti', en: 'Walti' }],
    ]);
    const slides = deck.sections.flatMap((s) => s.slides);
    expect(slides.map((s) => [s.id, s.time, s.title.ja, s.title.en])).toEqual([
      ['title', 300, 'セキュリティの夕べ', 'An Evening of Security'],
      ['agenda', 300, '今日の流れ', 'Today'],
      ['threats', 600, '注目した脅威', 'The threats that matter'],
      ['ranking', 300, '情報セキュリティ10大脅威 2016【組織】', 'Information Security 10 Major Threats 2016'],
      ['walti-scan', 300, 'スキャンの設定', 'Setting up a scan'],
    ]);
    expect(deck.totalSeconds).toBe(1800);
  });

  test('each slide is a <section> with id, data-timing, classes, background and l10n divs; notes apart', () => {
    const title = deck.sections[0]?.slides[0]?.html ?? '';
    expect(title).toMatch(/^<section id="title" data-timing="300" class="title-slide" data-background-color="#0b1f3a">\n/);
    expect(title).toContain('<div class="l10n" lang="ja">\n<h1>セキュリティの夕べ</h1>');
    expect(title).toContain('<div class="l10n" lang="en" hidden>\n<h1>An Evening of Security</h1>');
    expect(title).toMatch(/<\/div>\n<\/section>$/);
    // Notes are not in the page: they ship in their own chunk (deck.notesHtml), keyed by slide.
    expect(deck.sections[0]?.slides[0]?.notes).toBe(
      '<div class="l10n" lang="ja"><p>これから振り返ります。</p></div><div class="l10n" lang="en" hidden><p>Let us look back at the evening.</p></div>',
    );
    expect(deck.notesHtml).toContain('<aside class="notes" data-slide="title"><div class="l10n" lang="ja">');
    for (const slide of deck.sections.flatMap((s) => s.slides)) {
      expect(slide.html).toMatch(new RegExp(`^<section id="${slide.id}" data-timing="${slide.time}"`));
      expect(slide.html).toContain('<div class="l10n" lang="ja">');
      expect(slide.html).not.toContain('<aside');
      expect(slide.notes).toContain('<div class="l10n" lang="ja"><p>');
    }
  });

  test('the deck HTML wraps each file in a section holding its slides as vertical slides', () => {
    expect(deck.html.match(/<section class="deck-section" data-section="(\w+)">/g)).toHaveLength(3);
    expect(deck.html).toContain('<section class="deck-section" data-section="threats">\n<section id="threats"');
    expect(deck.html).toContain('<a class="agenda-item" href="#/threats"><span class="agenda-title">10大脅威</span>');
    expect(deck.html).toContain('<img src="/slides/images/scan.svg" alt="スキャン結果の画面" decoding="async">');
    expect(deck.html).toContain('<li class="fragment">ウェブサイトの改ざん</li>');
  });

  test('the text for the font subset has the visible characters, unescaped, without tags', () => {
    expect(deck.text).toContain('セキュリティの夕べ');
    expect(deck.text).toContain('藤崎さんが注目した三つです。');
    expect(deck.text).not.toMatch(/<section|&quot;/);
    expect(textOf('<p>a &lt;b&gt; &amp;amp; &quot;c&quot; &#39;d&#39;</p>')).toBe(' a <b> &amp; "c" \'d\' ');
  });
});

describe('languages', () => {
  const jaOnly: SlideFile = {
    path: 'slides/01-ja.md',
    text: '---\ntitle.ja: 日本語だけ\n---\n=== only-ja\ntime: 60\n--- ja\n## 見出し\n--- ja notes\nノート\n\n=== half\ntime: 60\n--- ja\n## 半分\n--- ja notes\nノート\n--- en\n## Half\n',
  };

  test("langs ['ja'] needs only Japanese; the slide's title falls back to it", () => {
    const deck = compile([jaOnly], ['ja']);
    expect(deck.diagnostics).toEqual([]);
    expect(deck.sections[0]?.title).toEqual({ ja: '日本語だけ', en: '日本語だけ' });
    expect(deck.sections[0]?.slides[0]?.title).toEqual({ ja: '見出し', en: '見出し' });
  });

  test("langs ['ja', 'en'] requires English text, notes and section title", () => {
    // missing-notes points at the "--- en" line (17) whose block lacks its notes.
    const deck = compile([jaOnly], ['ja', 'en']);
    expect(deck.diagnostics.map((d) => `${d.line} ${d.code}: ${d.message}`)).toEqual([
      '1 missing-section-title: Section "ja" has no "title.en".',
      '4 missing-text: Slide "only-ja" has no "--- en" text.',
      '17 missing-notes: Slide "half" has no "--- en notes".',
    ]);
  });
});

describe('deck-wide checks', () => {
  const slide = (id: string, extra = ''): string => `=== ${id}\ntime: 60\n${extra}--- ja\n## ${id}\n--- ja notes\nn\n`;

  test('duplicate ids are found across files and within one', () => {
    const deck = compile(
      [
        { path: 'slides/01-a.md', text: `---\ntitle.ja: A\n---\n${slide('intro')}` },
        { path: 'slides/02-b.md', text: `---\ntitle.ja: B\n---\n${slide('x')}${slide('x')}${slide('intro')}` },
      ],
      ['ja'],
    );
    expect(deck.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'slides/02-b.md:10 Duplicate slide id "x" (first used at slides/02-b.md:4).',
      'slides/02-b.md:16 Duplicate slide id "intro" (first used at slides/01-a.md:4).',
    ]);
  });

  test('background must be a hex colour; a valid one becomes data-background-color', () => {
    const text = `---\ntitle.ja: A\n---\n${slide('a', 'background: #FFF\n')}${slide('b', 'background: red; x\n')}`;
    const deck = compile([{ path: 'slides/01-a.md', text }], ['ja']);
    expect(deck.sections[0]?.slides[0]?.html).toContain('data-background-color="#FFF"');
    expect(deck.sections[0]?.slides[1]?.html).not.toContain('data-background');
    expect(deck.diagnostics.map((d) => [d.code, d.line])).toEqual([['bad-background', 11]]);
  });

  test('missing notes are reported at the "--- ja" line, even with blank lines below it; empty notes at their own block', () => {
    const text = `---\ntitle.ja: A\n---\n=== a\ntime: 60\n--- ja\n\n\n## a\n=== b\ntime: 60\n--- ja\n## b\n--- ja notes\n\n`;
    const deck = compile([{ path: 'slides/01-a.md', text }], ['ja']);
    expect(deck.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '6 missing-notes Slide "a" has no "--- ja notes".',
      '14 missing-notes Slide "b" has an empty "--- ja notes" block.',
    ]);
  });

  test('an empty deck compiles to nothing without throwing', () => {
    expect(compile([], ['ja'])).toEqual({ sections: [], html: '', notesHtml: '', text: '\n', totalSeconds: 0, diagnostics: [] });
  });
});
