import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { trimRevealCss } from '../../src/deck/plugins/reveal-css-trim.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('reveal.js/reveal.css'), 'utf8');
const trimmed = await trimRevealCss(css);

test('what the deck uses stays: fade, fragments, print view, overview, scroll view, help overlay', () => {
  for (const kept of [
    '.reveal .fragment.visible',
    '.reveal .fragment:not(.custom)',
    'data-transition=fade',
    'html.reveal-print',
    '.reveal.overview',
    '.reveal-viewport.reveal-scroll',
    '.r-overlay-help',
    '.speaker-notes-pdf',
    '.reveal .controls',
    '.reveal .slide-number',
  ])
    expect(trimmed, kept).toContain(kept);
});

test('what the deck cannot use goes: other transitions and fragment effects, rtl, jump-to, playback', () => {
  for (const gone of [
    'data-transition=convex',
    '.reveal.zoom',
    '.fragment.grow',
    '.fragment.highlight-red',
    '.rtl',
    '.jump-to-slide',
    '.playback',
  ])
    expect(trimmed, gone).not.toContain(gone);
  expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(css).length - 1200);
});

test('a rule with one selector that may match keeps that selector only', async () => {
  expect(await trimRevealCss('.a .fragment.grow, .a .fragment.visible { opacity: 1 }')).toBe('.a .fragment.visible { opacity: 1 }');
  expect((await trimRevealCss('@media print { .reveal .playback { display: none } }')).trim()).toBe('');
});
