import { cpSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { slides } from '../../src/deck/vite-plugin.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixture project (index.html, main.js, slides/) in a throwaway folder. */
function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-vite-'));
  dirs.push(root);
  cpSync(resolve('test/fixtures/valid-deck'), root, { recursive: true });
  return root;
}

async function buildDeck(root: string, langs: readonly ('ja' | 'en')[] = ['ja'], lazySlides = false): Promise<Rollup.RollupOutput> {
  // A shared cache dir keeps the font subsets between runs: cutting them takes seconds.
  const cacheDir = resolve('node_modules/.vite/unit-vite-plugin');
  const out = await build({
    root,
    cacheDir,
    configFile: false,
    plugins: [slides({ langs, lazySlides })],
    logLevel: 'silent',
    build: { write: false, assetsInlineLimit: 0 },
  });
  if (Array.isArray(out) || !('output' in out)) throw new Error('expected one build output');
  return out;
}

interface PluginError {
  message: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
  id?: string;
  plugin?: string;
  /** Vite 8 (Rolldown) rejects with "Build failed with N error(s)" and the plugin's errors here. */
  errors?: PluginError[];
}

describe('the slides Vite plugin', { timeout: 60_000 }, () => {
  test('a valid deck builds into index.html with its sections, fonts and CSP', async () => {
    const out = await buildDeck(fixtureProject());
    const page = out.output.find((o) => o.fileName === 'index.html');
    const html = page?.type === 'asset' ? String(page.source) : '';
    expect(html).not.toContain('<!--deck:slides-->');
    expect(html.match(/<section class="deck-section"/g)).toHaveLength(3);
    expect(html).toContain('<section id="threats" data-timing="600">');
    expect(html).toContain('<h2>今日の流れ</h2>');
    // Highlighted at build time; sudo is drawn quiet (src/deck/highlight.ts), the command after it highlighted.
    expect(html).toContain('<span class="code-quiet">sudo</span>');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/<link rel="preload" href="[^"]*noto-sans-jp-[^"]+\.woff2" as="font"/);
    expect(out.output.some((o) => o.fileName.endsWith('.woff2'))).toBe(true);
    // Images are root-relative in the slide HTML, so Vite picks them up and fingerprints them.
    const image = out.output.find((o) => /^assets\/scan-[\w-]+\.svg$/.test(o.fileName));
    expect(html).toContain(`<img src="/${image?.fileName ?? 'missing'}" alt="スキャン結果の画面" decoding="async">`);
  });

  test('with lazySlides, index.html carries slide 1 and a chunk the rest, its images fingerprinted', async () => {
    const root = fixtureProject();
    writeFileSync(join(root, 'main.js'), "import('virtual:deck-slides').then((m) => { window.rest = m; });\n");
    const out = await buildDeck(root, ['ja'], true);
    const page = out.output.find((o) => o.fileName === 'index.html');
    const html = page?.type === 'asset' ? String(page.source) : '';
    expect(html.match(/<section class="deck-section"/g)).toHaveLength(1);
    expect(html).toContain('<section id="title"');
    expect(html).not.toContain('<section id="agenda"');
    expect(html).not.toContain('<section id="threats"');
    const chunk = out.output.find((o) => o.type === 'chunk' && o.moduleIds.includes('\0virtual:deck-slides'));
    const code = chunk?.type === 'chunk' ? chunk.code : '';
    // The chunk as the browser runs it (it imports nothing: the image's URL is a string in it).
    const rest = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { inFirst: string; after: string };
    expect(rest.inFirst).toContain('<section id="agenda"');
    expect(rest.after).toContain('<section id="threats" data-timing="600">');
    const image = out.output.find((o) => /^assets\/scan-[\w-]+\.svg$/.test(o.fileName));
    expect(image, 'the image in a later slide is emitted').toBeDefined();
    expect(rest.after).toContain(`<img src="/${image?.fileName ?? 'missing'}" alt="スキャン結果の画面"`);
    expect(rest.after).not.toContain('images/scan.svg');
  });

  test('a broken slide fails the build with file:line, the message, loc and a code frame', async () => {
    const root = fixtureProject();
    const path = join(root, 'slides/02-threats.md');
    const text = `---\ntitle.ja: 10大脅威\n---\n\n=== threats\ntime: 600\n\n--- ja\n## 見出し\n\n\`\`\`python\nprint(1)\n\`\`\`\n\n--- ja notes\nノート\n\n=== ranking\ntime: 300\nlayout: wide\n\n--- ja\n## 二枚目\n\n--- ja notes\nノート\n`;
    writeFileSync(path, text);
    const failure: PluginError = await buildDeck(root).then(
      () => ({ message: 'the build did not fail' }),
      (e: unknown) => e as PluginError,
    );
    const err = failure.errors?.[0] ?? failure;
    // The terminal prints the outer message, the overlay the plugin's: both list every problem.
    for (const message of [failure.message, err.message]) {
      expect(message).toContain('2 problem(s) in the slides:');
      expect(message).toContain(
        'slides/02-threats.md:11 error: Unknown code language "python" in slides/02-threats.md:11. [unknown-language]',
      );
      expect(message).toContain('slides/02-threats.md:20 error: Unknown attribute "layout" on slide "ranking". [unknown-attribute]');
    }
    expect(err.plugin).toBe('deck:slides');
    expect(err.id).toBe(path);
    expect(err.loc).toEqual({ file: path, line: 11, column: 1 });
    expect(err.frame).toBe(['   9 | ## 見出し', '  10 | ', '> 11 | ```python', '     | ^', '  12 | print(1)', '  13 | ```'].join('\n'));
  });

  test('with English required, a slide missing its translation fails the build at its file:line', async () => {
    const root = fixtureProject();
    const path = join(root, 'slides/03-walti.md');
    const text = readFileSync(path, 'utf8');
    // Drop the English notes of the first slide: the body stays, the notes are missing.
    writeFileSync(path, text.replace(/--- en notes\n[\s\S]*?(?=\n===|$)/, ''));
    const failure: PluginError = await buildDeck(root, ['ja', 'en']).then(
      () => ({ message: 'the build did not fail' }),
      (e: unknown) => e as PluginError,
    );
    const err = failure.errors?.[0] ?? failure;
    expect(err.message).toMatch(/slides\/03-walti\.md:\d+ error: Slide "[\w-]+" has no "--- en notes"\. \[missing-notes\]/);
    expect(err.loc?.file).toBe(path);
  });
});
