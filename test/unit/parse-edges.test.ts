import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';

/** The slide-file layer's corners: each case is one a plausible slip in the parser would get wrong. */
const FILE = 'slides/03-walti.md';
const parse = (...lines: string[]) => parseSectionFile(lines.join('\n'), FILE);
const found = (...lines: string[]): string[] =>
  parse(...lines).diagnostics.map((d) => `${d.line}${d.column ? `:${d.column}` : ''} ${d.code}`);
const messages = (...lines: string[]): string[] => parse(...lines).diagnostics.map((d) => d.message);

describe('front matter', () => {
  test('blank lines, padded markers and padded values are fine', () => {
    const { section, diagnostics } = parse('  ---  ', '', 'title.ja:   章の名前  ', '', 'title.en: Part', ' --- ', '=== a', 'time: 1');
    expect(diagnostics).toEqual([]);
    expect(section.title).toEqual({ ja: '章の名前', en: 'Part' });
    expect(section.slides.map((s) => s.id)).toEqual(['a']);
  });

  test('an unknown key is named; a line that is no "key: value" is quoted whole', () => {
    expect(messages('---', 'author: 私', 'just some text', 'title.fr: x', '---', '=== a', 'time: 1')).toEqual([
      'Unknown section attribute "author" in front matter.',
      'Unknown section attribute "just some text" in front matter.',
      'Unknown section attribute "title.fr" in front matter.',
    ]);
  });

  test('left open, it ends at the first slide, whose lines are still read', () => {
    const { section, diagnostics } = parse('---', 'title.ja: 章', '=== a', 'time: 5', '--- ja', '## x');
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['1 unclosed-front-matter']);
    expect(section.title).toEqual({ ja: '章' });
    expect(section.slides[0]).toMatchObject({ id: 'a', time: 5, text: { ja: { body: '## x', bodyLine: 6 } } });
  });

  test('"---" below the first line is not front matter', () => {
    expect(found('', '---', 'title.ja: 章', '---', '=== a', 'time: 1')).toEqual([
      '2 text-outside-slide',
      '3 text-outside-slide',
      '4 text-outside-slide',
    ]);
  });
});

describe('slides and blocks', () => {
  test('the slug drops the directory, the number and ".md" only where they are', () => {
    const slug = (file: string): string => parseSectionFile('=== a\ntime: 1', file).section.slug;
    expect(slug('slides/10-x-y.md')).toBe('x-y');
    expect(slug('a.md')).toBe('a');
    expect(slug('slides/ab-12-x.md')).toBe('ab-12-x');
    expect(slug('slides/01-md.md.md')).toBe('md.md');
  });

  test('a bad id is reported at its own column, even when it repeats the marker', () => {
    expect(found('=== ==', 'time: 1')).toEqual(['1:5 bad-slide-id']);
    expect(found('===  a_b', 'time: 1')).toEqual(['1:6 bad-slide-id']);
  });

  test('every slide needs its own time line; a bad one counts as written', () => {
    expect(found('=== a', 'time: 5', '=== b', '', '=== c', 'time: 0')).toEqual(['3 missing-time', '6:7 bad-time']);
  });

  test('a marker outside a slide is text outside a slide; long text is clipped in the message', () => {
    expect(found('--- ja', '## x')).toEqual(['1 text-outside-slide', '2 text-outside-slide', '1 empty-section']);
    expect(messages(`${'あ'.repeat(45)}`, '=== a', 'time: 1')).toEqual([`Text outside any slide: "${'あ'.repeat(40)}…".`]);
  });

  test('"--- ja" with anything but "notes" after it is an unknown marker; the next slide is read again', () => {
    const { section, diagnostics } = parse('=== a', 'time: 1', '--- ja extra', '## skipped', '=== b', 'time: x', '--- en', '## b');
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['3 bad-block-marker', '6 bad-time']);
    expect(diagnostics[0]?.message).toBe('Unknown block marker "--- ja extra".');
    expect(section.slides[0]?.text).toEqual({});
    expect(section.slides[1]?.text.en?.body).toBe('## b');
  });

  test('notes may come before the body; a second notes block is a duplicate, and so is a second body', () => {
    expect(found('=== a', 'time: 1', '--- ja notes', 'n', '--- ja', '## x')).toEqual([]);
    expect(found('=== a', 'time: 1', '--- ja', '## x', '--- ja notes', 'n', '--- ja notes', 'm')).toEqual(['7 duplicate-block']);
    expect(found('=== a', 'time: 1', '--- en', '## x', '--- en', '## y')).toEqual(['5 duplicate-block']);
    expect(messages('=== a', 'time: 1', '--- en', '## x', '--- en', '## y')).toEqual(['Slide "a" has a second "--- en" block.']);
  });
});

describe('code fences inside a block', () => {
  test('inline code with two backticks opens no fence; an indented fence does', () => {
    expect(found('=== a', 'time: 1', '--- ja', '``a``', '--- ja notes', 'n')).toEqual([]);
    expect(found('=== a', 'time: 1', '--- ja', '- x', '  ```bash', '  echo', '--- ja notes', 'n')).toEqual(['5 unclosed-fence']);
  });

  test('a fence closes only with its own character, and a line with more after the marks is code', () => {
    expect(found('=== a', 'time: 1', '--- ja', '~~~ini', '```', '--- ja notes', 'n')).toEqual(['4 unclosed-fence']);
    expect(found('=== a', 'time: 1', '--- ja', '```bash', '```bash', '--- ja notes', 'n')).toEqual(['4 unclosed-fence']);
    expect(found('=== a', 'time: 1', '--- ja', '```bash', '  ```  ', '--- ja notes', 'n')).toEqual([]);
  });

  test('inside a fence, "=== id" with trailing spaces still starts the next slide', () => {
    const { section, diagnostics } = parse('=== a', 'time: 1', '--- ja', '```bash', '=== b   ', 'time: 1');
    expect(section.slides.map((s) => s.id)).toEqual(['a', 'b']);
    expect(diagnostics.map((d) => d.code)).toEqual(['unclosed-fence']);
  });

  test('the fence is forgotten with its block: the next block starts outside any fence', () => {
    const { diagnostics } = parse('=== a', 'time: 1', '--- ja', '```bash', '--- ja notes', '---en');
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['4 unclosed-fence', '6 bad-block-marker']);
  });
});

describe('slide attributes', () => {
  test('values are trimmed; classes split on any run of spaces', () => {
    const { section, diagnostics } = parse(
      '=== a',
      'time:   90  ',
      'class:   lead    dense ',
      'background:  #123456 ',
      'fragments:  list ',
    );
    expect(diagnostics).toEqual([]);
    expect(section.slides[0]).toMatchObject({ time: 90, classes: ['lead', 'dense'], background: '#123456', fragments: 'list' });
  });

  test('each unknown class at its own column, even when its text also occurs in the key', () => {
    expect(found('=== a', 'time: 1', 'class: lead c cl nope')).toEqual(['3:13 unknown-class', '3:15 unknown-class', '3:18 unknown-class']);
  });

  test('messages name the value and the known choices', () => {
    const d = parse('=== a', 'time: 1', 'layout: wide', 'fragments: all', `## ${'x'.repeat(50)}`).diagnostics;
    expect(d.map((x) => `${x.message} | ${x.hint}`)).toEqual([
      'Unknown attribute "layout" on slide "a". | Known: time, class, background, fragments.',
      'Invalid fragments value "all". | The only value is "list" (each top-level list item appears in turn); mark single blocks with {.fragment}.',
      `Cannot read attribute line "## ${'x'.repeat(37)}…". | Write attributes as "key: value", then start the text with "--- ja".`,
    ]);
  });
});
