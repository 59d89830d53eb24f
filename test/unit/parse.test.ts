import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';

const FILE = 'slides/03-walti.md';

const SAMPLE = [
  '---', // 1
  'title.ja: 藤崎さんの講演', // 2
  'title.en: Fujisaki’s talk', // 3
  '---', // 4
  '', // 5
  '=== walti-intro', // 6
  'time: 90', // 7
  'class: lead two-col', // 8
  'background: #0b1f3a', // 9
  'fragments: list', // 10
  '', // 11
  '--- ja', // 12
  '', // 13
  '## Walti とは', // 14
  '', // 15
  '--- ja notes', // 16
  '日本語のノート', // 17
  '--- en', // 18
  '## What Walti is', // 19
  '--- en notes', // 20
  '', // 21
  'English notes', // 22
  '', // 23
  '=== second', // 24
  'time: 30', // 25
  '--- ja', // 26
  '## 二枚目', // 27
  '--- ja notes', // 28
  'ノート', // 29
].join('\n');

describe('parseSectionFile', () => {
  test('reads the section title per language and the slug from the file name', () => {
    const { section, diagnostics } = parseSectionFile(SAMPLE, FILE);
    expect(diagnostics).toEqual([]);
    expect(section.file).toBe(FILE);
    expect(section.slug).toBe('walti');
    expect(section.title).toEqual({ ja: '藤崎さんの講演', en: 'Fujisaki’s talk' });
  });

  test('reads slide attributes: time, classes, background, fragments', () => {
    const [first, second] = parseSectionFile(SAMPLE, FILE).section.slides;
    expect(first).toMatchObject({ id: 'walti-intro', time: 90, classes: ['lead', 'two-col'], background: '#0b1f3a', fragments: 'list' });
    expect(second).toMatchObject({ id: 'second', time: 30, classes: [] });
    expect(second?.background).toBeUndefined();
    expect(second?.fragments).toBeUndefined();
  });

  test('keeps one body and notes per language with the line each starts on, blank edges trimmed', () => {
    const [first, second] = parseSectionFile(SAMPLE, FILE).section.slides;
    expect(first?.pos).toEqual({ file: FILE, line: 6 });
    expect(first?.text.ja).toEqual({ body: '## Walti とは', bodyLine: 14, bodyMarkLine: 12, notes: '日本語のノート', notesLine: 17 });
    expect(first?.text.en).toEqual({ body: '## What Walti is', bodyLine: 19, bodyMarkLine: 18, notes: 'English notes', notesLine: 22 });
    expect(second?.pos).toEqual({ file: FILE, line: 24 });
    expect(second?.text).toEqual({ ja: { body: '## 二枚目', bodyLine: 27, bodyMarkLine: 26, notes: 'ノート', notesLine: 29 } });
  });

  test('CRLF and CR line endings and a byte-order mark parse like LF', () => {
    const lf = parseSectionFile(SAMPLE, FILE);
    expect(parseSectionFile(SAMPLE.replace(/\n/g, '\r\n'), FILE)).toEqual(lf);
    expect(parseSectionFile(`\uFEFF${SAMPLE.replace(/\n/g, '\r')}`, FILE)).toEqual(lf);
    expect(lf.section.slides[0]?.text.ja?.body).not.toContain('\r');
  });

  test('a file without front matter has no titles but its slides still parse', () => {
    const { section, diagnostics } = parseSectionFile('=== only\ntime: 5\n--- ja\n# x\n--- ja notes\ny', 'slides/09-end.md');
    expect(diagnostics).toEqual([]);
    expect(section).toMatchObject({ slug: 'end', title: {}, slides: [{ id: 'only', time: 5 }] });
  });

  test('code fences keep "---"-looking lines that are not block markers, and "=====" banners', () => {
    const text = [
      '=== diff', // 1
      'time: 60', // 2
      '--- ja', // 3
      '## 差分', // 4
      '```plaintext', // 5
      '--- a/etc/ssh/sshd_config', // 6
      '+++ b/etc/ssh/sshd_config', // 7
      '---', // 8
      '=====', // 9
      '=== RUN TestLogin', // 10
      '```', // 11
      '--- ja notes', // 12
      'ノート', // 13
    ].join('\n');
    const { section, diagnostics } = parseSectionFile(text, FILE);
    expect(diagnostics).toEqual([]);
    expect(section.slides.map((s) => s.id)).toEqual(['diff']);
    expect(section.slides[0]?.text.ja?.body).toBe(text.split('\n').slice(3, 11).join('\n'));
    expect(section.slides[0]?.text.ja?.notesLine).toBe(13);
  });

  test('a "--- ja"-style marker always ends a block, even inside an open code fence', () => {
    // Documented behaviour: markers are never code, so a forgotten closing fence is reported where it
    // was opened instead of swallowing the rest of the file.
    const text = ['=== a', 'time: 60', '--- ja', '## x', '```bash', 'echo 1', '--- ja notes', 'ノート', '=== b', 'time: 60'].join('\n');
    const { section, diagnostics } = parseSectionFile(text, FILE);
    expect(section.slides.map((s) => s.id)).toEqual(['a', 'b']);
    expect(section.slides[0]?.text.ja).toEqual({
      body: '## x\n```bash\necho 1',
      bodyLine: 4,
      bodyMarkLine: 3,
      notes: 'ノート',
      notesLine: 8,
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['unclosed-fence', 5]]);
    expect(diagnostics[0]?.message).toBe('Unclosed code fence "```" opened at line 5.');
  });

  test('a well-formed "=== id" line inside an open fence starts the next slide', () => {
    const text = ['=== a', 'time: 60', '--- ja', '~~~ini', 'x=1', '=== b', 'time: 60'].join('\n');
    const { section, diagnostics } = parseSectionFile(text, FILE);
    expect(section.slides.map((s) => s.id)).toEqual(['a', 'b']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['unclosed-fence', 4]]);
  });

  test('a closing fence may be longer than the opening one, but not shorter', () => {
    const closed = parseSectionFile('=== a\ntime: 1\n--- ja\n```bash\necho\n````\n--- ja notes\nn', FILE);
    expect(closed.diagnostics).toEqual([]);
    const open = parseSectionFile('=== a\ntime: 1\n--- ja\n````bash\n```\n--- ja notes\nn', FILE);
    expect(open.diagnostics.map((d) => d.code)).toEqual(['unclosed-fence']);
  });

  test('the content after an unknown block marker is skipped, not reported as text outside a slide', () => {
    const { section, diagnostics } = parseSectionFile('=== a\ntime: 1\n--- de\n## Titel\nText\n--- ja\n## x', FILE);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['bad-block-marker', 3]]);
    expect(section.slides[0]?.text.ja?.body).toBe('## x');
  });

  test('"---ja" (no space) is reported as a marker lacking its space, not left as a paragraph; in code it is code', () => {
    const { diagnostics } = parseSectionFile('=== a\ntime: 1\n--- ja\n## x\n---ja notes\nn\n```bash\n---en\n```', FILE);
    expect(diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '5 bad-block-marker Block marker "---ja notes" lacks the space after "---".',
    ]);
  });

  test('a time budget outside 1–1800 s is an error pointing at the value', () => {
    // "t" and "e" also occur in the key: the column still points at the value.
    for (const value of ['0', '1801', '-5', '1.5', '90s', 't', 'e']) {
      const { diagnostics } = parseSectionFile(`=== a\ntime: ${value}\n--- ja\n## x`, FILE);
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'bad-time', line: 2, column: 7 })]);
    }
    expect(parseSectionFile('=== a\ntime: 1800\n', FILE).section.slides[0]?.time).toBe(1800);
  });

  test('a bad slide id is reported at the column where it starts', () => {
    const cols = ['=== Foo', '===Foo', '===   x_y', '==='].map(
      (l) => parseSectionFile(l, FILE).diagnostics.find((d) => d.code === 'bad-slide-id')?.column,
    );
    expect(cols).toEqual([5, 4, 7, 4]);
  });

  test('control characters and U+FFFD (undecodable bytes) are errors at their line and column; a tab is not', () => {
    const text = ['=== a', 'time: 1', '--- ja', '## x\u0000y', '\tok', 'b\u0007\u0007 \u007F', '\uFFFD', '--- ja notes', 'n\u009B'].join(
      '\r\n',
    );
    const found = parseSectionFile(text, FILE).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(found).toEqual([
      '4:5 bad-character Control character U+0000 ("\\u0000", invisible) in the text.',
      '6:2 bad-character Control character U+0007 ("\\u0007", invisible) in the text.',
      '7:1 bad-character Character "\uFFFD" (U+FFFD): the file is probably not valid UTF-8 here.',
      '9:2 bad-character Control character U+009B ("\\u009B", invisible) in the text.',
    ]);
  });

  test('every C0 and C1 control but the tab, DEL and U+FFFD is found; ordinary and no-break spaces are not', () => {
    const bad = ['\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\u007F', '\u0080', '\u009F', '\uFFFD'];
    const good = ['\t', ' ', '~', '\u00A0', '\u00A1', '\uFFFC', '\u0020'];
    const lines = [...bad, ...good].map((c) => `a${c}`);
    const found = parseSectionFile(['=== a', 'time: 1', '--- ja', ...lines].join('\n'), FILE).diagnostics;
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(bad.map((_, i) => `${i + 4}:2`));
  });

  test('never throws, whatever the input', () => {
    for (const text of ['', '---', '===', '--- ja', '\u0000\n\r\n===\n---\n```', '=== a\n'.repeat(3)]) {
      expect(() => parseSectionFile(text, FILE)).not.toThrow();
    }
  });
});
