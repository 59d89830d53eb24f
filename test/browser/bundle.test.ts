/**
 * What the built deck ships to a reader's browser: code is highlighted and Markdown compiled at
 * build time, so neither highlight.js nor a Markdown parser may reach the page. The speaker view
 * (reveal's notes plugin, which bundles `marked`) is the one exception: its own chunk, fetched only
 * when the presenter presses S. Lives with the browser tests because it needs the built dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/browser.ts';

/** Strings minification keeps: property names and messages of highlight.js. */
const HIGHLIGHT_JS = [
  /registerLanguage/,
  /highlightAuto/,
  /highlightElement/,
  /listLanguages/,
  // `hljs` as a name or a class prefix; reveal's core only has it inside CSS selectors (`.hljs .hljs-ln-code`).
  /(?<![.\w-])hljs\b/,
];
/** Strings of `marked` (and the telltale error text of other Markdown parsers). */
const MARKDOWN_PARSER = [/markedjs/, /marked\(\)/, /Please report this to https:\/\/github\.com\/markedjs/, /markdown-it/, /micromark/];

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const assets = join(DIST, 'assets');
const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
const read = (file: string): string => readFileSync(join(assets, file), 'utf8');
const hits = (source: string, patterns: RegExp[]): string[] => patterns.filter((p) => p.test(source)).map(String);

/** The chunk index.html loads: `<script type="module" src="./assets/index-….js">`. */
function entryChunk(): string {
  const srcs = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(srcs, 'index.html loads exactly one module script').toHaveLength(1);
  return (srcs[0] ?? '').replace(/^.*\//, '');
}

/** The speaker view's chunk, recognised by the page it writes into its popup. */
function notesChunk(): string {
  const found = chunks.filter((f) => read(f).includes('reveal.js - Speaker View'));
  expect(found, 'one chunk holds the speaker view').toHaveLength(1);
  return found[0] ?? '';
}

describe('browser bundle', () => {
  test('the signatures find what they look for (so a clean result means something)', () => {
    const require = createRequire(import.meta.url);
    const hljs = readFileSync(require.resolve('highlight.js/lib/core'), 'utf8');
    expect(hits(hljs, HIGHLIGHT_JS).length).toBeGreaterThan(2);
    expect(hits(read(notesChunk()), MARKDOWN_PARSER).length).toBeGreaterThan(0);
  });

  test('no chunk contains highlight.js', () => {
    expect(chunks.length).toBeGreaterThan(0);
    const found = chunks.flatMap((f) => hits(read(f), HIGHLIGHT_JS).map((h) => `${f}: ${h}`));
    expect(found).toEqual([]);
  });

  test('the entry chunk contains no Markdown parser and does not include the speaker view', () => {
    const entry = entryChunk();
    expect(chunks).toContain(entry);
    expect(entry).not.toBe(notesChunk());
    expect(hits(read(entry), MARKDOWN_PARSER)).toEqual([]);
    expect(read(entry)).not.toContain('reveal.js - Speaker View');
  });

  test('the speaker view chunk is loaded lazily: not referenced or modulepreloaded by index.html', () => {
    const notes = notesChunk();
    expect(html).not.toContain(notes);
    const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => m[0]);
    expect(preloads.filter((l) => l.includes(notes))).toEqual([]);
    // The entry reaches it only through a dynamic import().
    const entry = read(entryChunk());
    expect(entry).toMatch(new RegExp(`import\\(\\s*["'\`][^"'\`]*${notes.replace(/[.]/g, '\\.')}`));
    expect(entry).not.toMatch(new RegExp(`(?:^|[;}\\s])import\\s*[^(;]*?from\\s*["'\`][^"'\`]*${notes.replace(/[.]/g, '\\.')}`));
  });
});
