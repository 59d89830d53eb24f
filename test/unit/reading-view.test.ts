import { describe, expect, test } from 'vitest';
import { slideIdOf } from '../../src/runtime/reading/navigation.ts';
import { readingViewRequested, viewUrl } from '../../src/runtime/reading/view-choice.ts';

describe('which view a page load gets', () => {
  test('phones read, wider screens get the slides, ?view decides either way', () => {
    expect(readingViewRequested('', 390)).toBe(true);
    expect(readingViewRequested('', 600)).toBe(true);
    expect(readingViewRequested('', 601)).toBe(false);
    expect(readingViewRequested('?view=read', 1920)).toBe(true);
    expect(readingViewRequested('?view=slides', 360)).toBe(false);
    expect(readingViewRequested('?lang=en&view=read', 1280)).toBe(true);
  });

  test('the print view, the speaker view, its previews and the live audience stay the deck on any width', () => {
    for (const search of ['?print-pdf', '?view=speaker', '?receiver', '?receiver=1&lang=en', '?live=abc']) {
      expect(readingViewRequested(search, 360), search).toBe(false);
    }
  });

  test('the other view keeps the other parameters and the slide', () => {
    const url = new URL(viewUrl('slides', 'walti-time', 'https://example.org/deck/?view=read&lang=en&theme=light#/title'));
    expect(url.searchParams.get('view')).toBe('slides');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('theme')).toBe('light');
    expect(url.pathname).toBe('/deck/');
    expect(url.hash).toBe('#/walti-time');
    expect(new URL(viewUrl('read', undefined, 'https://example.org/?lang=ja#/ipa-rank5/2')).hash).toBe('#/ipa-rank5/2');
  });
});

describe('deep links', () => {
  test('#/slide-id names the slide, with or without reveal’s fragment index', () => {
    expect(slideIdOf('#/walti-time')).toBe('walti-time');
    expect(slideIdOf('#/walti-time/2')).toBe('walti-time');
    expect(slideIdOf('#/%E3%81%82')).toBe('あ');
    expect(slideIdOf('#walti-time')).toBeUndefined();
    expect(slideIdOf('')).toBeUndefined();
    expect(slideIdOf('#/%E3')).toBeUndefined();
  });
});
