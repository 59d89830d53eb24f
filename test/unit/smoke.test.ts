import { expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';
test('parses', () => {
  expect(parseSectionFile('=== a\ntime: 1\n--- ja\n## x\n--- ja notes\ny', 'x.md').diagnostics).toEqual([]);
});
