import { describe, expect, test } from 'vitest';
import { closesFence, parseArgs, parseMarkdown, splitAttrs } from '../../src/deck/markdown.ts';

const parse = (lines: string[], firstLine = 10): ReturnType<typeof parseMarkdown> => parseMarkdown(lines.join('\n'), 'x.md', firstLine);

describe('parseMarkdown', () => {
  test('parses each block kind with the file line it starts on', () => {
    const { blocks, diagnostics } = parse([
      '## 見出し {.fragment}', // 10
      '', // 11
      '一行目', // 12
      '二行目', // 13
      '', // 14
      '> 引用 {.muted}', // 15
      '', // 16
      '```bash 確認 {.code-tight}', // 17
      'echo 1', // 18
      '```', // 19
      '![図](images/a.svg) {.small}', // 20
      '::: ranking step only="3,5"', // 21
    ]);
    expect(diagnostics).toEqual([]);
    expect(blocks).toEqual([
      { type: 'heading', line: 10, level: 2, text: '見出し', attrs: { classes: ['fragment'] } },
      { type: 'paragraph', line: 12, text: '一行目\n二行目', attrs: { classes: [] } },
      { type: 'quote', line: 15, text: '引用', attrs: { classes: ['muted'] } },
      { type: 'code', line: 17, lang: 'bash', title: '確認', code: 'echo 1', attrs: { classes: ['code-tight'] } },
      { type: 'image', line: 20, alt: '図', src: 'images/a.svg', attrs: { classes: ['small'] } },
      { type: 'component', line: 21, name: 'ranking', args: { step: 'true', only: '3,5' }, attrs: { classes: [] } },
    ]);
  });

  test('lists: ordered or not, nested by indentation, continuation lines joined to the last item', () => {
    const { blocks } = parse(['1. 一つ目', '  - 子', '    続き', '2. 二つ目 {.fragment}']);
    expect(blocks).toEqual([
      {
        type: 'list',
        line: 10,
        ordered: true,
        items: [
          {
            line: 10,
            text: '一つ目',
            attrs: { classes: [] },
            children: [{ line: 11, text: '子\n続き', attrs: { classes: [] }, children: [] }],
          },
          { line: 13, text: '二つ目', attrs: { classes: ['fragment'] }, children: [] },
        ],
        attrs: { classes: [] },
      },
    ]);
  });

  test('a line of only {.classes} gives them to the block below: lists and components too', () => {
    const { blocks } = parse(['{.checklist .small}', '- a', '', '{.dense}', '::: agenda', '{.muted}', 'text {.small}']);
    expect(blocks.map((b) => [b.type, b.line, 'attrs' in b ? b.attrs.classes : []])).toEqual([
      ['list', 11, ['checklist', 'small']],
      ['component', 14, ['dense']],
      ['paragraph', 16, ['muted', 'small']],
    ]);
  });

  test('a fence, heading or component straight after a list item is its own block', () => {
    const { blocks } = parse(['- a', '```bash', 'ls', '```', '- b', '## h', '- c', '::: agenda']);
    expect(blocks.map((b) => [b.type, b.line])).toEqual([
      ['list', 10],
      ['code', 11],
      ['list', 14],
      ['heading', 15],
      ['list', 16],
      ['component', 17],
    ]);
  });

  test('code keeps its text verbatim, including Markdown-looking lines and a longer closing fence', () => {
    const { blocks } = parse(['~~~ini', '# comment', '- not a list', '```', '~~~~']);
    expect(blocks).toEqual([
      { type: 'code', line: 10, lang: 'ini', title: '', code: '# comment\n- not a list\n```', attrs: { classes: [] } },
    ]);
  });

  test('an unclosed fence is reported at its file line', () => {
    const { diagnostics } = parse(['## h', '', '```bash', 'echo'], 20);
    expect(diagnostics).toEqual([
      {
        file: 'x.md',
        line: 22,
        severity: 'error',
        code: 'unclosed-fence',
        message: 'Unclosed code fence "```" opened at line 22.',
        hint: 'Close it with a line holding only "```".',
      },
    ]);
  });
});

describe('helpers', () => {
  test('splitAttrs takes a trailing {.a .b} only', () => {
    expect(splitAttrs('本文 {.fragment .small}')).toEqual({ text: '本文', attrs: { classes: ['fragment', 'small'] } });
    expect(splitAttrs('{.x} in the middle')).toEqual({ text: '{.x} in the middle', attrs: { classes: [] } });
  });

  test('parseArgs reads flags, key=value and quoted values', () => {
    expect(parseArgs(' step only=3 label="a b"')).toEqual({ step: 'true', only: '3', label: 'a b' });
  });

  test('closesFence: same character, at least as long, nothing else', () => {
    expect(closesFence('```', '```')).toBe(true);
    expect(closesFence('  ````  ', '```')).toBe(true);
    expect(closesFence('```', '````')).toBe(false);
    expect(closesFence('~~~', '```')).toBe(false);
    expect(closesFence('```bash', '```')).toBe(false);
  });
});
