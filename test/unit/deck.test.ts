import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { loadDeck } from '../../src/deck/load.ts';

/**
 * `npm run check` on the real slides: the same call, asserted to find nothing. What the slides say
 * is the browser tests' business; here only that the sources compile cleanly and completely.
 */
describe('the real deck (npm run check)', () => {
  const { deck, files } = loadDeck(process.cwd(), { strictTotal: true });

  test('reports no problem at all', () => {
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  test('reads every .md file in slides/ (a misnamed one would be skipped silently), one section each', () => {
    const onDisk = readdirSync('slides').filter((f) => f.endsWith('.md'));
    expect(files.map((f) => f.path)).toEqual(onDisk.sort().map((f) => `slides/${f}`));
    expect(deck.sections).toHaveLength(files.length);
    for (const section of deck.sections) expect(section.slides.length, section.file).toBeGreaterThan(0);
  });
});
