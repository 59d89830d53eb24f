import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.ts';
import { svgProblem } from '../../src/deck/svg-safety.ts';

const SAFE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><text>ok</text></svg>';

test('shapes, text, gradients and references inside the file are fine', () => {
  expect(svgProblem(SAFE)).toBeUndefined();
});

test.each([
  ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '<script>'],
  ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'event handler'],
  ['embedded HTML', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>', '<foreignObject>'],
  ['an external image', '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>', 'outside the file'],
  [
    'a javascript: link',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    'outside the file',
  ],
  [
    'a stylesheet import',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>',
    'stylesheet',
  ],
  ['entities', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>', 'DOCTYPE'],
  ['broken XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'does not parse'],
])('%s is rejected', (_name, svg, named) => {
  expect(svgProblem(svg)).toContain(named);
});

const root = mkdtempSync(join(tmpdir(), 'svg-deck-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the build rejects a slide image that carries script, at the line that uses it', () => {
  cpSync(resolve('test/fixtures/valid-deck'), root, { recursive: true });
  writeFileSync(join(root, 'slides/images/scan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(1)"><rect/></svg>');
  const { deck } = loadDeck(root, { langs: ['ja', 'en'] });
  const bad = deck.diagnostics.filter((d) => d.code === 'unsafe-svg');
  const text = readFileSync(join(root, 'slides/03-walti.md'), 'utf8').split('\n');
  expect(bad.length).toBeGreaterThan(0);
  for (const d of bad) {
    expect(d.severity).toBe('error');
    expect(d.file).toBe('slides/03-walti.md');
    expect(text[d.line - 1]).toContain('images/scan.svg');
    expect(d.message).toContain('event handler');
  }
});
