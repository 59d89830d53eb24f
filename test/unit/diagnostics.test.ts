import { describe, expect, test } from 'vitest';
import { codeFrame, diag, formatDiagnostic, formatPos, hasErrors, sortDiagnostics } from '../../src/deck/diagnostics.ts';

describe('diagnostics', () => {
  test('diag builds an error by default and leaves out an absent hint', () => {
    expect(diag({ file: 'a.md', line: 3 }, 'x', 'Message.')).toEqual({
      file: 'a.md',
      line: 3,
      severity: 'error',
      code: 'x',
      message: 'Message.',
    });
    expect(diag({ file: 'a.md', line: 3, column: 2 }, 'x', 'M.', 'H.', 'warning')).toEqual({
      file: 'a.md',
      line: 3,
      column: 2,
      severity: 'warning',
      code: 'x',
      message: 'M.',
      hint: 'H.',
    });
  });

  test('formatDiagnostic: `file:line[:col] severity: message [code]`, then the hint indented', () => {
    expect(formatPos({ file: 'slides/04-walti.md', line: 20 })).toBe('slides/04-walti.md:20');
    expect(formatPos({ file: 'slides/04-walti.md', line: 20, column: 5 })).toBe('slides/04-walti.md:20:5');
    expect(formatDiagnostic(diag({ file: 's.md', line: 2, column: 7 }, 'bad-time', 'Invalid.', 'Give seconds.'))).toBe(
      's.md:2:7 error: Invalid. [bad-time]\n    hint: Give seconds.',
    );
    expect(formatDiagnostic(diag({ file: 's.md', line: 1 }, 'w', 'Careful.', undefined, 'warning'))).toBe('s.md:1 warning: Careful. [w]');
  });

  test('hasErrors ignores warnings', () => {
    expect(hasErrors([diag({ file: 'a', line: 1 }, 'w', 'w', undefined, 'warning')])).toBe(false);
    expect(hasErrors([diag({ file: 'a', line: 1 }, 'e', 'e')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  test('sortDiagnostics orders by file, line, column without changing its input', () => {
    const input = [
      diag({ file: 'slides/02-b.md', line: 1 }, 'a', 'a'),
      diag({ file: 'slides/01-a.md', line: 10 }, 'b', 'b'),
      diag({ file: 'slides/01-a.md', line: 2, column: 9 }, 'c', 'c'),
      diag({ file: 'slides/01-a.md', line: 2 }, 'd', 'd'),
    ];
    expect(sortDiagnostics(input).map((d) => d.code)).toEqual(['d', 'c', 'b', 'a']);
    expect(input.map((d) => d.code)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('codeFrame shows two lines around the line, marks it and points at the column', () => {
    const source = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].join('\n');
    expect(codeFrame(source, 9, 3)).toBe(['   7 | seven', '   8 | eight', '>  9 | nine', '     |   ^', '  10 | ten'].join('\n'));
    expect(codeFrame('a\nb', 1)).toBe(['> 1 | a', '    | ^', '  2 | b'].join('\n'));
  });
});
