import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSubsets, fontFaceCss, type CharsByRole, type FontSubset } from '../../src/deck/fonts.ts';

/**
 * How the Japanese face is cut into parts (src/deck/fonts.ts): the first view's characters, the
 * reading view's first screen's, and the rest, with unicode-ranges that make a browser fetch a
 * part only for a character it holds. Real subsetting of the real font, on a few characters.
 */
const cache = mkdtempSync(join(tmpdir(), 'font-parts-'));
const chars: CharsByRole = {
  regular: [...'あいうえかき'],
  bold: [...'あうか'],
  // 「お」 is only in notes, and the reading view's first screen shows it (a transcript); 「く」 is not shown.
  notes: [...'おく'],
  code: [...'ab'],
  first: [...'あい'],
  firstBold: [...'あ'],
  reading: [...'うえお'],
  readingBold: [...'う'],
};
let subsets: FontSubset[];
let css: string;

beforeAll(async () => {
  subsets = await buildSubsets(chars, cache);
  css = fontFaceCss(subsets, (s) => s.fileName);
}, 60_000);
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const part = (role: string, name: string): string => subsets.find((s) => s.source.role === role && s.part === name)?.chars.join('') ?? '';

/** The code points a unicode-range descriptor covers. */
function covered(range: string): (ch: string) => boolean {
  const spans = range.split(',').map((r) =>
    r
      .replace('U+', '')
      .split('-')
      .map((h) => parseInt(h, 16)),
  );
  return (ch) => spans.some(([a = 0, b = a]) => (ch.codePointAt(0) ?? 0) >= a && (ch.codePointAt(0) ?? 0) <= b);
}

function rangeOf(file: string): string {
  const rule = css.split('\n').find((r) => r.includes(file)) ?? '';
  return /unicode-range:([^;}]+)/.exec(rule)?.[1] ?? '';
}

describe('the face in parts', () => {
  test('each weight splits into first view, reading view and rest; the notes face keeps what no screen shows first', () => {
    expect([part('regular', 'first'), part('regular', 'reading'), part('regular', 'rest')]).toEqual(['あい', 'うえお', 'かき']);
    expect([part('bold', 'first'), part('bold', 'reading'), part('bold', 'rest')]).toEqual(['あ', 'う', 'か']);
    expect(part('notes', 'first')).toBe('く');
    expect(subsets.map((s) => s.fileName)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^noto-sans-jp-regular-reading-[0-9a-f]{8}\.woff2$/)]),
    );
  });

  test('no on-demand range reaches a first-view character; the reading part is declared after the rest', () => {
    const file = (role: string, name: string): string => subsets.find((s) => s.source.role === role && s.part === name)?.fileName ?? '';
    for (const [role, name] of [
      ['regular', 'reading'],
      ['regular', 'rest'],
      ['bold', 'reading'],
      ['bold', 'rest'],
    ] as const) {
      const inRange = covered(rangeOf(file(role, name)));
      expect([...'あい'].filter(inRange), `${role}-${name}`).toEqual([]);
      expect([...part(role, name)].every(inRange), `${role}-${name}`).toBe(true);
    }
    // The regular weight's first part has no range: it is the fallback for any character.
    expect(rangeOf(file('regular', 'first'))).toBe('');
    // Where the regular parts' ranges overlap, the browser tries the face declared last first.
    expect(css.indexOf(file('regular', 'reading'))).toBeGreaterThan(css.indexOf(file('regular', 'rest')));
    // Bold stays exact: 「い」 has no bold glyph and must fall back to the regular face, synthesised.
    expect(covered(rangeOf(file('bold', 'rest')))('い')).toBe(false);
  });
});
