import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CompileCache } from '../../src/deck/compile-cache.ts';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { loadDeck, type LoadedDeck } from '../../src/deck/load.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixture deck to edit. */
function copyOfFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-cache-'));
  dirs.push(root);
  cpSync(resolve('test/fixtures/valid-deck'), root, { recursive: true });
  return root;
}

const edit = (root: string, file: string, change: (text: string) => string): void => {
  const path = join(root, 'slides', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

/** Everything a compile hands on: the page, the notes, the font's characters and the problems. */
const outcome = (l: LoadedDeck) => ({
  html: l.deck.html,
  notes: l.deck.notesHtml,
  chars: l.chars,
  diagnostics: l.deck.diagnostics.map(formatDiagnostic),
});

/** Compiles through the cache and without one, and expects the same outcome. */
function same(root: string, cache: CompileCache): LoadedDeck {
  const cached = loadDeck(root, { cache });
  expect(outcome(cached)).toEqual(outcome(loadDeck(root)));
  return cached;
}

describe('the dev server’s compile cache', () => {
  test('after edits, a compile through the cache is the compile from scratch', () => {
    const root = copyOfFixture();
    const cache = new CompileCache();
    same(root, cache);
    edit(root, '02-threats.md', (t) => t.replace(/\n## (.+)\n/, '\n## $1（改）\n'));
    const edited = same(root, cache);
    expect(edited.deck.html).toContain('（改）');
    // A new character on one slide reaches the font subset.
    edit(root, '03-walti.md', (t) => t.replace(/\n## (.+)\n/, '\n## $1 鬱\n'));
    expect(same(root, cache).chars.regular).toContain('鬱');
  });

  test('a kept slide reports its problems again on every compile, and not once they are fixed', () => {
    const root = copyOfFixture();
    const cache = new CompileCache();
    // 02-threats.md has no image, so its slides are kept (03-walti.md's are not, see below).
    edit(root, '02-threats.md', (t) => t.replace(/\n## (.+)\n/, '\n## $1\n\n[壊れたリンク](#/no-such-slide)\n'));
    const first = same(root, cache).deck.diagnostics.filter((d) => d.code === 'dead-link');
    expect(first).toHaveLength(1);
    // Another file changes; the broken slide comes from the cache and still says so.
    edit(root, '01-opening.md', (t) => `${t}\n`);
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'dead-link')).toEqual(first);
    edit(root, '02-threats.md', (t) => t.replace('#/no-such-slide', '#/ranking'));
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'dead-link')).toEqual([]);
  });

  test('a link is checked again when the slide it points to is renamed in another file', () => {
    const root = copyOfFixture();
    const cache = new CompileCache();
    const ids = [...readFileSync(join(root, 'slides', '01-opening.md'), 'utf8').matchAll(/^=== (\S+)/gm)].map((m) => m[1]);
    const target = ids.at(-1) ?? '';
    edit(root, '02-threats.md', (t) => t.replace(/\n## (.+)\n/, `\n## $1\n\n[前へ](#/${target})\n`));
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'dead-link')).toEqual([]);
    edit(root, '01-opening.md', (t) => t.replace(`=== ${target}\n`, `=== ${target}-renamed\n`));
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'dead-link')).toHaveLength(1);
  });

  test('a slide with an image is never kept: the file appearing clears its error with the text unchanged', () => {
    const root = copyOfFixture();
    const cache = new CompileCache();
    edit(root, '03-walti.md', (t) => t.replace(/\n## (.+)\n/, '\n## $1\n\n![図](images/later.svg)\n'));
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'missing-image')).toHaveLength(1);
    writeFileSync(join(root, 'slides', 'images', 'later.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    expect(same(root, cache).deck.diagnostics.filter((d) => d.code === 'missing-image')).toEqual([]);
  });

  test('it holds one deck: 50 saves of new text leave as many entries as the first compile', () => {
    const root = copyOfFixture();
    const cache = new CompileCache();
    loadDeck(root, { cache });
    const entries = cache.size;
    expect(entries).toBeGreaterThan(10);
    for (let i = 0; i < 50; i++) {
      edit(root, '02-threats.md', (t) => t.replace(/\n## (.+?)( \d+)?\n/, `\n## $1 ${i}\n`));
      loadDeck(root, { cache });
    }
    expect(cache.size).toBe(entries);
  });
});
