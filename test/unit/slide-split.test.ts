import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.ts';
import { joinSlides, slidesModule, splitSlides } from '../../src/deck/slide-split.ts';
import { startsWithAllSlides } from '../../src/runtime/deck-slides.ts';

const deck = loadDeck(process.cwd()).deck;

describe('slide 1 apart from the rest (lazySlides)', () => {
  test('the parts put together are the deck’s HTML, and index.html’s part is slide 1 alone', () => {
    const split = splitSlides(deck.sections);
    expect(joinSlides(split)).toBe(deck.html);
    const first = deck.sections[0]?.slides[0];
    expect(split.first).toContain(first?.html ?? 'missing');
    expect(split.first.match(/<section id=/g)).toHaveLength(1);
    expect(split.inFirst + split.after).not.toContain(first?.html ?? 'missing');
    expect(split.after.match(/<section class="deck-section"/g)).toHaveLength(deck.sections.length - 1);
  });

  test('a deck of one slide, and of none, splits into nothing to load', () => {
    const [head] = deck.sections;
    if (!head) throw new Error('the deck has no sections');
    const one = splitSlides([{ ...head, slides: head.slides.slice(0, 1) }]);
    expect([one.inFirst, one.after]).toEqual(['', '']);
    expect(joinSlides(one)).toContain(head.slides[0]?.html ?? 'missing');
    expect(splitSlides([])).toEqual({ first: '', inFirst: '', after: '' });
  });

  test('the module is the two strings, each image URL an import that Vite resolves', async () => {
    const split = { inFirst: '<img src="/slides/a.svg" alt="">', after: '<p>"quoted" \\ </p><img src="/slides/a.svg" alt="">' };
    const code = slidesModule(split, ['/slides/a.svg', '/slides/unused.svg']);
    expect(code.match(/^import /gm)).toHaveLength(1);
    expect(code).toContain('import image0 from "/slides/a.svg?url";');
    // Evaluated with the import replaced, the strings are the HTML with the built URL in place.
    const body = code.replace(/^import image0 from .*$/m, 'const image0 = "/assets/a-123.svg";').replace(/export const /g, 'out.');
    const out: Record<string, string> = {};
    new Function('out', body)(out);
    expect(out).toEqual({
      inFirst: '<img src="/assets/a-123.svg" alt="">',
      after: '<p>"quoted" \\ </p><img src="/assets/a-123.svg" alt="">',
    });
  });
});

describe('when reveal needs every slide at start', () => {
  const url = (s: string): URL => new URL(`https://deck.example/${s}`);
  test.each(['', '#', '#/', '#/title', '#/title/2', '#/0', '#/0/0', '#/0/0/1', '?lang=en#/title'])('not on slide 1: %s', (s) => {
    expect(startsWithAllSlides({ allAtOnce: false, firstId: 'title' }, url(s))).toBe(false);
  });
  test.each(['#/agenda', '#/1', '#/0/1', '#/2/0', '#/unknown', '?receiver#/title', '?receiver'])(
    'on a later slide, or a preview: %s',
    (s) => {
      expect(startsWithAllSlides({ allAtOnce: false, firstId: 'title' }, url(s))).toBe(true);
    },
  );
  test('the print and scroll views lay every slide out', () => {
    expect(startsWithAllSlides({ allAtOnce: true, firstId: 'title' }, url(''))).toBe(true);
  });
});
