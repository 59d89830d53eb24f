import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DECK_CONFIG } from '../../src/deck-config.ts';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { fileAssets, loadDeck, loadSlideFiles } from '../../src/deck/load.ts';
import { readSlideDir } from '../../src/deck/slide-files.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throwaway project root holding `slides/<name>` files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-load-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, 'slides', name, '..'), { recursive: true });
    writeFileSync(join(root, 'slides', name), text);
  }
  return root;
}

const slide = (id: string, time: number, body = `## ${id}`): string => `=== ${id}\ntime: ${time}\n--- ja\n${body}\n--- ja notes\nノート\n`;
/** The temp decks are Japanese only; English is required only of the real deck. */
const JA = { langs: ['ja'] } as const;
const file = (...slides: string[]): string => `---\ntitle.ja: 章\n---\n${slides.join('\n')}`;

describe('loadDeck', () => {
  test('the talk is 30 minutes: the budget the slides must add up to', () => {
    expect(DECK_CONFIG.totalMinutes * 60).toBe(1800);
  });

  test('the valid fixture deck loads without any diagnostic', () => {
    const { deck, files, chars } = loadDeck(resolve('test/fixtures/valid-deck'), { strictTotal: true });
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['slides/01-opening.md', 'slides/02-threats.md', 'slides/03-walti.md']);
    expect(deck.totalSeconds).toBe(1800);
    expect(chars.regular).toEqual(expect.arrayContaining(['セ', '夕', 'A', '~']));
  });

  test('budgets that do not add up to the talk: a warning by default, an error with strictTotal, naming both numbers', () => {
    const root = project({ '01-a.md': file(slide('a', 500), slide('b', 100)), '02-b.md': file(slide('c', 30)) });
    const expected = [
      'slides/01-a.md:1 SEVERITY: The slides\' time budgets add up to 630 s ("10:30"), not the talk\'s 1800 s. [time-total]',
      '    hint: Adjust "time:" lines by 1170 s in all, or change totalMinutes in src/deck-config.ts (and README).',
    ].join('\n');
    expect(loadDeck(root, JA).deck.diagnostics.map(formatDiagnostic)).toEqual([expected.replace('SEVERITY', 'warning')]);
    expect(loadDeck(root, { ...JA, strictTotal: true }).deck.diagnostics.map(formatDiagnostic)).toEqual([
      expected.replace('SEVERITY', 'error'),
    ]);
  });

  test('a link to a slide id that does not exist is an error at its file:line, with near ids', () => {
    const root = project({
      '01-a.md': file(slide('agenda', 900, '## 目次\n\n[次へ](#/walti-time) と [戻る](#/agnda)')),
      '02-b.md': file(slide('walti-time', 900)),
    });
    expect(loadDeck(root, JA).deck.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/01-a.md:9 error: Link to slide "#/agnda" points at no slide. [dead-link]\n    hint: Did you mean one of: agenda?',
    ]);
  });

  test('budgets adding up to exactly 1800 s pass', () => {
    const root = project({ '01-a.md': file(slide('a', 1000)), '02-b.md': file(slide('b', 800)) });
    expect(loadDeck(root, { ...JA, strictTotal: true }).deck.diagnostics).toEqual([]);
  });

  test('a character the font lacks is an error at the file:line:column where it first appears', () => {
    const root = project({
      '01-a.md': file(slide('a', 900)),
      '02-b.md': file(slide('b', 900, '## 顔文字\n\n笑顔 😀 です\n\nもう一度 😀')),
    });
    expect(loadDeck(root, JA).deck.diagnostics.map(formatDiagnostic)).toEqual([
      'slides/02-b.md:9:4 error: Character "😀" (U+1F600) is not in Deck Noto Sans JP 400. [missing-glyph]\n' +
        '    hint: Replace it with a character the font has; it would render as tofu.',
    ]);
  });

  test('only NN-name.md files are slides, read in file-name order', () => {
    const root = project({ '02-b.md': 'x', '01-a.md': 'x', 'README.md': 'x', '3-c.md': 'x', '04-D.md': 'x', 'images/05-e.md': 'x' });
    expect(loadSlideFiles(root, 'slides').map((f) => f.path)).toEqual(['slides/01-a.md', 'slides/02-b.md']);
  });

  test('every other entry of slides/ is reported by its path, never skipped silently or thrown', () => {
    const root = project({
      '01-a.md': file(slide('a', 1800)),
      '08-Upper.md': 'x',
      '8-x.md': 'x',
      'x.MD': 'x',
      '100-x.md': 'x',
      'notes.txt': 'x',
      '.hidden.md': 'x',
      'images/a.svg': '<svg/>',
    });
    mkdirSync(join(root, 'slides', '09-dir.md'));
    symlinkSync(join(root, 'nowhere.md'), join(root, 'slides', '10-link.md'));
    writeFileSync(join(root, 'slides', '11-locked.md'), 'x', { mode: 0o000 });
    const problems = readSlideDir(root, 'slides').diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`);
    const locked = process.getuid?.() === 0 ? [] : ['slides/11-locked.md:1 unreadable-slide-file'];
    expect(problems).toEqual([
      'slides/08-Upper.md:1 bad-slide-file-name',
      'slides/09-dir.md:1 unreadable-slide-file',
      'slides/10-link.md:1 unreadable-slide-file',
      'slides/100-x.md:1 bad-slide-file-name',
      ...locked,
      'slides/8-x.md:1 bad-slide-file-name',
      'slides/notes.txt:1 bad-slide-file-name',
      'slides/x.MD:1 bad-slide-file-name',
    ]);
    expect(loadDeck(root, JA).deck.diagnostics.some((d) => d.file === 'slides/8-x.md' && d.severity === 'error')).toBe(true);
  });

  test('a missing or empty slides folder is a diagnostic naming it', () => {
    const root = project({});
    expect(readSlideDir(root, 'slides').diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^slides:1 error: Cannot read the slides folder "slides": no such file or folder \(ENOENT\)\. \[no-slides-dir\]/,
      ),
    ]);
    mkdirSync(join(root, 'slides', 'images'), { recursive: true });
    expect(readSlideDir(root, 'slides').diagnostics.map((d) => d.code)).toEqual(['no-slides']);
  });

  test('CR-only and CRLF files, with or without a byte-order mark, report the right line and column', () => {
    const text = (eol: string) =>
      file(slide('a', 1800, '## a\n\n[x](#/nope) 😀'))
        .replace('title.ja: 章', 'title.ja: 章😀')
        .split('\n')
        .join(eol);
    for (const eol of ['\r', '\r\n', '\n']) {
      for (const bom of ['', '\uFEFF']) {
        const root = project({ '01-a.md': bom + text(eol) });
        const found = loadDeck(root, JA).deck.diagnostics.map((d) => `${d.line}:${d.column ?? ''} ${d.code}`);
        expect(found, JSON.stringify(bom + eol)).toEqual(['2:12 missing-glyph', '9: dead-link']);
      }
    }
  });

  test('a NUL byte is reported where it is, also as the U+FFFD the Markdown engine turns it into', () => {
    const root = project({ '01-a.md': file(slide('a', 1800, '## a\n\nx\u0000y')) });
    const found = loadDeck(root, JA).deck.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
    expect(found).toEqual(['slides/01-a.md:9:2 bad-character', 'slides/01-a.md:9:2 missing-glyph']);
  });

  test('images resolve next to the slide file, never outside the root or to URLs', () => {
    const root = project({ '01-a.md': 'x', 'images/a.svg': '<svg/>' });
    const assets = fileAssets(root);
    expect(assets.image('images/a.svg', 'slides/01-a.md')).toBe('/slides/images/a.svg');
    expect(assets.image('images/none.svg', 'slides/01-a.md')).toBeUndefined();
    expect(assets.image('../../etc/passwd', 'slides/01-a.md')).toBeUndefined();
    expect(assets.image('https://example.jp/a.svg', 'slides/01-a.md')).toBeUndefined();
    expect(assets.image('/slides/images/a.svg', 'slides/01-a.md')).toBeUndefined();
  });
});
