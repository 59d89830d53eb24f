import { expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/deck/csp.ts';

const directives = (csp: string): Record<string, string> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k = '', ...v]) => [k, v.join(' ')]),
  );

test('the single-file CSP allows nothing it does not need: no self but its own frames, no connections', () => {
  const d = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-x'"], self: false, inline: true }, true));
  expect(d['script-src']).not.toContain("'self'");
  expect(d['script-src']).not.toContain('unsafe-inline');
  expect(d['style-src']).toBe("'unsafe-inline'");
  expect(d['img-src']).toBe('data:');
  expect(d['font-src']).toBe('data:');
  expect(d['connect-src']).toBe("'none'");
  expect(d['frame-src']).toBe("'self'");
  expect(d['frame-ancestors']).toBeUndefined(); // meta CSPs cannot carry it
});

test('the served deck keeps its own origin for scripts, styles, fonts, the live relay and frames', () => {
  const d = directives(contentSecurityPolicy());
  // Exactly 'self': no hash for reveal's notes window any more (the speaker view is speaker.html).
  expect(d['script-src']).toBe("'self'");
  expect(d['script-src']).not.toContain('unsafe-inline');
  expect(d['connect-src']).toBe("'self'");
  expect(d['frame-ancestors']).toBe("'self'");
});
