import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileDeck, type SlideFile } from '../../src/deck/compile.ts';

/**
 * Property: whatever a slide file holds, compiling never throws, never takes a second, and every
 * diagnostic names a file of the deck and a line inside it. Inputs: files assembled from the
 * format's own pieces (markers, Markdown, attributes, line endings) and the real slides mutated.
 */
const PIECES = [
  '---',
  'title.ja: 章',
  'title.en: Part',
  '=== a',
  '=== b',
  '=== Bad id',
  'time: 30',
  'time: x',
  'class: dense',
  'class: nope',
  'fragments: list',
  'background: #123456',
  'x: y',
  '--- ja',
  '--- en',
  '--- ja notes',
  '--- en notes',
  '--- fr',
  '',
  '## 見出し',
  '#### h4',
  '# a {.lead}',
  'text {.fragment}',
  'text {.nope} tail',
  '{.checklist}',
  '- item',
  '  - nested',
  '3. three',
  '> quote',
  '> > deeper',
  '```bash',
  '```',
  '~~~',
  '```nope',
  '    indented',
  '::: ranking only=3',
  '::: qr',
  '::: nope',
  ':::',
  '| a | b |',
  '|---|---|',
  '[x](#/a)',
  '[x](#/zzz)',
  '[x](javascript:alert(1))',
  '![図](images/x.svg)',
  '![](x.svg)',
  '<b>html</b>',
  '<!-- c -->',
  'a \\ b',
  '**bold',
  '*',
  '***',
  '=====',
  'Setext',
  '\t- tab',
  '&copy;',
  '😀',
  '\u0000',
];
const EOLS = ['\n', '\r\n', '\r'];

const soup = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 }), fc.constantFrom(...EOLS))
  .map(([lines, eol]) => lines.join(eol));

const REAL = readdirSync('slides')
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(`slides/${f}`, 'utf8'));
const mutated = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...PIECES, '', '\n', '`', '*', '[', '{', ':')), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, cut, insert]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + cut);
    }, text),
  );

function linesOf(text: string): number {
  return text.split(/\r\n?|\n/).length;
}

function compileChecked(texts: string[]): void {
  const files: SlideFile[] = texts.map((text, i) => ({ path: `slides/0${i + 1}-f.md`, text }));
  const started = performance.now();
  const deck = compileDeck(files, { langs: ['ja', 'en'], assets: { image: () => undefined } });
  expect(performance.now() - started).toBeLessThan(1000);
  for (const d of deck.diagnostics) {
    const f = files.find((x) => x.path === d.file);
    expect(f, `${d.file}:${d.line} ${d.code}`).toBeDefined();
    expect(d.line, `${d.file}:${d.line} ${d.code} in ${JSON.stringify(f?.text)}`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.file}:${d.line} ${d.code} in ${JSON.stringify(f?.text)}`).toBeLessThanOrEqual(linesOf(f?.text ?? ''));
  }
}

/** FUZZ_RUNS=3000 for a longer search than the suite's few seconds. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// A wide timeout: the machine is shared, and fast-check runs every case synchronously.
const TIMEOUT_MS = 120_000;

describe('fuzz: compiling any slide file', () => {
  test(
    'files from the format pieces: no throw, < 1 s, every diagnostic inside its file',
    () => {
      fc.assert(
        fc.property(fc.array(soup, { minLength: 1, maxLength: 2 }), (texts) => compileChecked(texts)),
        { numRuns: RUNS, seed: 20261202 },
      );
    },
    TIMEOUT_MS,
  );

  test(
    'the real slides, mutated: the same',
    () => {
      fc.assert(
        fc.property(mutated, (text) => compileChecked([text])),
        { numRuns: Math.ceil(RUNS / 2), seed: 20261202 },
      );
    },
    TIMEOUT_MS,
  );
});
