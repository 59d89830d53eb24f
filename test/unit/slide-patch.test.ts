import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.ts';
import { slidePatch } from '../../src/deck/plugins/slide-patch.ts';
import type { Deck } from '../../src/deck/types.ts';

const deck = (): Deck => loadDeck(resolve('test/fixtures/valid-deck'), { langs: ['ja'] }).deck;

test('an unchanged deck needs no slides sent', () => {
  expect(slidePatch(deck(), deck())).toEqual({ slides: [] });
});

test('a changed slide is sent alone, with its new HTML', () => {
  const before = deck();
  const after = deck();
  const slide = after.sections[1]?.slides[0];
  if (!slide) throw new Error('fixture has no second section');
  slide.html = slide.html.replace('</section>', '<p>new</p></section>');
  expect(slidePatch(before, after)).toEqual({ slides: [{ id: slide.id, html: slide.html }] });
});

test('added, removed, moved or renamed slides reload the page', () => {
  const before = deck();
  const renamed = deck();
  const first = renamed.sections[0]?.slides[0];
  if (!first) throw new Error('fixture has no slide');
  first.id = 'renamed';
  expect(slidePatch(before, renamed)).toBe('reload');
  const removed = deck();
  removed.sections[0]?.slides.pop();
  expect(slidePatch(before, removed)).toBe('reload');
  const moved = deck();
  moved.sections.reverse();
  expect(slidePatch(before, moved)).toBe('reload');
});
