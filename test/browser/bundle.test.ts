/**
 * What the built deck ships to a reader's browser: code is highlighted and Markdown compiled at
 * build time, so neither highlight.js nor a Markdown parser may reach the page, and reveal's
 * notes plugin (which bundles `marked`) is gone: the speaker view is the deck's own, a chunk
 * fetched only when the presenter opens it. Lives with the browser tests: it needs the built dist/.
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
/** The title reveal's notes plugin gives its window. */
const REVEAL_NOTES = 'reveal.js - Speaker View';
const MARKDOWN_PARSER = [/markedjs/, /marked\(\)/, /Please report this to https:\/\/github\.com\/markedjs/, /markdown-it/, /micromark/];

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const assets = join(DIST, 'assets');
const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
// The slides after slide 1 are a chunk of HTML (src/runtime/deck-slides.ts): the build's highlighted
// code in it carries class="hljs …" and "hljs-attr", as index.html did; those classes are not highlight.js.
const read = (file: string): string => readFileSync(join(assets, file), 'utf8').replace(/class=\\?"hljs[^"\\]*\\?"/g, '');
const hits = (source: string, patterns: RegExp[]): string[] => patterns.filter((p) => p.test(source)).map(String);

/** The chunk index.html loads: `<script type="module" src="./assets/index-….js">`. */
function entryChunk(): string {
  const srcs = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(srcs, 'index.html loads exactly one module script').toHaveLength(1);
  return (srcs[0] ?? '').replace(/^.*\//, '');
}

/** The speaker view's chunk, recognised by the class names of the page it builds. */
function speakerChunk(): string {
  const found = chunks.filter((f) => read(f).includes('speaker-notes-text'));
  expect(found, 'one chunk holds the speaker view').toHaveLength(1);
  return found[0] ?? '';
}

describe('browser bundle', () => {
  test('the signatures find what they look for (so a clean result means something)', () => {
    const require = createRequire(import.meta.url);
    const hljs = readFileSync(require.resolve('highlight.js/lib/core'), 'utf8');
    expect(hits(hljs, HIGHLIGHT_JS).length).toBeGreaterThan(2);
    // reveal's notes plugin bundles `marked`, and says who it is.
    const notesPlugin = readFileSync(require.resolve('reveal.js/plugin/notes'), 'utf8');
    expect(hits(notesPlugin, MARKDOWN_PARSER).length).toBeGreaterThan(0);
    expect(notesPlugin).toContain(REVEAL_NOTES);
  });

  test('no chunk contains highlight.js, a Markdown parser or reveal’s notes plugin', () => {
    expect(chunks.length).toBeGreaterThan(0);
    const found = chunks.flatMap((f) =>
      [...hits(read(f), [...HIGHLIGHT_JS, ...MARKDOWN_PARSER]), ...(read(f).includes(REVEAL_NOTES) ? [REVEAL_NOTES] : [])].map(
        (h) => `${f}: ${h}`,
      ),
    );
    expect(found).toEqual([]);
  });

  test('the speaker view is loaded lazily: not in the entry, not referenced or modulepreloaded by index.html', () => {
    const entry = entryChunk();
    expect(chunks).toContain(entry);
    const speaker = speakerChunk();
    expect(speaker).not.toBe(entry);
    expect(html).not.toContain(speaker);
    const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => m[0]);
    expect(preloads.filter((l) => l.includes(speaker))).toEqual([]);
    // The entry reaches it only through a dynamic import().
    const source = read(entry);
    expect(source).toMatch(new RegExp(`import\\(\\s*["'\`][^"'\`]*${speaker.replace(/[.]/g, '\\.')}`));
    expect(source).not.toMatch(new RegExp(`(?:^|[;}\\s])import\\s*[^(;]*?from\\s*["'\`][^"'\`]*${speaker.replace(/[.]/g, '\\.')}`));
  });
});
