import { describe, expect, test } from 'vitest';
import { createMarkdown } from '../../src/deck/markdown.ts';
import { highlightsOf, MAX_HIGHLIGHTS } from '../../src/deck/highlights.ts';

const md = createMarkdown();
const phrases = (...lines: string[]): string[] => highlightsOf(md.parse(lines.join('\n'), {}), 10).map((h) => `${h.line} ${h.text}`);

describe('at most two highlights per slide', () => {
  test('phrases are the outermost **…** and *…*, each at the file line where it starts', () => {
    expect(phrases('**a** and *b c*', '', '- ***d***', '- x **e', 'f** \\ **g**')).toEqual(['10 a', '10 b c', '12 d', '13 e f', '14 g']);
    expect(phrases('`**not**` \\*no\\*', '', '```bash', '**no**', '```')).toEqual([]);
    // A real hard break (two spaces, or a backslash, at a line's end) is a source line; " \\ " is not.
    expect(phrases('a  ', 'b\\', '**c**', '', '*d*')).toEqual(['12 c', '14 d']);
    expect(MAX_HIGHLIGHTS).toBe(2);
  });
});
