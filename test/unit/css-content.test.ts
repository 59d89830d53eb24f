import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cssContentText } from '../../src/deck/css-content.ts';
import { loadDeck } from '../../src/deck/load.ts';

test('the text of content: declarations, quotes and escapes decoded, comments and other properties ignored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'css-content-'));
  writeFileSync(
    join(dir, 'a.css'),
    `.a::before { content: '›'; }\n.b::after { content: "\\203A  x" ; }\n/* content: 'not me' */\n.c { align-content: start; content: counter(n) '・'; }\n.d::before { content: 'it\\'s'; }`,
  );
  writeFileSync(join(dir, 'notes.txt'), `content: 'not a stylesheet'`);
  expect(cssContentText(dir).split('\n')).toEqual(['›', '› x', '・', "it's"]);
});

test("the deck's font subsets carry the characters its stylesheets draw (the section label's ›), in both weights", () => {
  const { chars } = loadDeck(process.cwd());
  expect(chars.regular).toContain('›');
  expect(chars.bold).toContain('›');
});
