import { describe, expect, test } from 'vitest';
import { asDeckMessage, asSpeakerCommand, speakerViewRequested } from '../../src/runtime/speaker-protocol.ts';

/**
 * The deck and its speaker views share a BroadcastChannel with whatever else this origin runs:
 * only well-formed messages are acted on, anything else is dropped.
 */
const state = {
  kind: 'state',
  deck: '1-2',
  slides: [{ id: 'title', budget: 55, title: { ja: 'a', en: 'a' }, sectionNumber: '', section: { ja: '', en: '' } }],
  index: 0,
  step: { h: 0, v: 0, f: -1 },
  next: null,
  langs: ['ja', 'en'],
  slidesLang: 'ja',
  notesLang: 'ja',
  theme: 'dark',
  timer: { bankedMs: 0, sinceMs: null },
  slideStartMs: 0,
};

describe('speaker channel messages', () => {
  test('a view’s presence and requests pass; each needs the id that says who it is for', () => {
    expect(asSpeakerCommand({ kind: 'hello', view: 'v' })).toEqual({ kind: 'hello', view: 'v' });
    expect(asSpeakerCommand({ kind: 'nav', deck: 'd', action: 'next' })).toBeDefined();
    expect(asSpeakerCommand({ kind: 'timer', deck: 'd', action: 'reset' })).toBeDefined();
    expect(asSpeakerCommand({ kind: 'lang', deck: 'd', which: 'notes' })).toBeDefined();
    expect(asSpeakerCommand({ kind: 'nav', action: 'next' })).toBeUndefined(); // no deck
    expect(asSpeakerCommand({ kind: 'hello' })).toBeUndefined(); // no view
  });

  test('anything else is dropped: unknown kinds and actions, wrong types, oversized ids, non-objects', () => {
    for (const bad of [
      null,
      'hello',
      42,
      { kind: 'nav', deck: 'd', action: 'slide' },
      { kind: 'timer', deck: 'd', action: 'stop' },
      { kind: 'lang', deck: 'd', which: 'code' },
      { kind: 'eval', deck: 'd' },
      { kind: 'nav', deck: 7, action: 'next' },
      { kind: 'hello', view: 'x'.repeat(200) },
      { kind: 'hello', view: '' },
    ]) {
      expect(asSpeakerCommand(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  test('a deck’s state passes only whole: an index inside its slides, a known scheme', () => {
    expect(asDeckMessage(state)).toBe(state);
    expect(asDeckMessage({ kind: 'bye', deck: '1-2' })).toBeDefined();
    expect(asDeckMessage({ ...state, index: 1 })).toBeUndefined();
    expect(asDeckMessage({ ...state, index: -1 })).toBeUndefined();
    expect(asDeckMessage({ ...state, index: 0.5 })).toBeUndefined();
    expect(asDeckMessage({ ...state, slides: 'x' })).toBeUndefined();
    expect(asDeckMessage({ ...state, theme: 'sepia' })).toBeUndefined();
    expect(asDeckMessage({ ...state, deck: undefined })).toBeUndefined();
    expect(asDeckMessage({ ...state, kind: 'nav' })).toBeUndefined();
  });

  test('the speaker view is ?view=speaker or a page marked data-view="speaker"', () => {
    const page = (view?: string): HTMLElement => ({ dataset: view ? { view } : {} }) as unknown as HTMLElement;
    expect(speakerViewRequested('?view=speaker', page())).toBe(true);
    expect(speakerViewRequested('', page('speaker'))).toBe(true);
    expect(speakerViewRequested('?view=scroll', page())).toBe(false);
    expect(speakerViewRequested('?receiver', page())).toBe(false);
  });
});
