import { expect, test } from 'vitest';
import { readDeckUrl } from '../../src/deck/deck-url.ts';

test('a public http(s) address is taken, normalised to a folder', () => {
  expect(readDeckUrl('https://example.org/deck')).toEqual({ url: 'https://example.org/deck/', diagnostics: [] });
  expect(readDeckUrl(undefined)).toEqual({ diagnostics: [] });
});

test.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/', 'example.org/deck', 'data:text/html,x'])(
  'a non-http(s) DECK_URL is refused: %s',
  (raw) => {
    const r = readDeckUrl(raw);
    expect(r.url).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('bad-deck-url');
    expect(r.diagnostics[0]?.severity).toBe('error');
  },
);

test('credentials in DECK_URL are refused, and the message does not repeat them', () => {
  const r = readDeckUrl('https://alice:s3cret@example.org/deck/');
  expect(r.url).toBeUndefined();
  expect(r.diagnostics[0]?.code).toBe('bad-deck-url');
  expect(r.diagnostics[0]?.message).not.toContain('s3cret');
  expect(r.diagnostics[0]?.message).not.toContain('alice');
  expect(readDeckUrl('https://user@example.org/').url).toBeUndefined();
});
