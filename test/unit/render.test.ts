import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { KNOWN_CLASSES, renderText, type AssetResolver, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

const FILE = 'slides/02-yamashita.md';
const assets: AssetResolver = { image: (src) => (src === 'images/botnet.svg' ? '/slides/images/botnet.svg' : undefined) };

/** Renders the Japanese body (or notes) of a one-slide file whose body starts at line 4. */
function render(body: string[], opts: { attrs?: string[]; kind?: 'body' | 'notes' } = {}) {
  const text = ['=== s', 'time: 60', ...(opts.attrs ?? []), '--- ja', ...body, '--- ja notes', ...body].join('\n');
  const { section } = parseSectionFile(text, FILE);
  const diagnostics: Diagnostic[] = [];
  const ctx: RenderContext = { sections: [section], assets, diagnostics };
  const slide = section.slides[0];
  if (!slide) throw new Error('no slide');
  const { html, headings } = renderText(slide, 'ja', opts.kind ?? 'body', ctx);
  return { html: compact(html), headings, diagnostics };
}

/** markdown-it puts a newline after each block tag; the tests compare the markup without them. */
const compact = (html: string): string => html.replace(/>\n/g, '>').replace(/\n</g, '<');

describe('renderText', () => {
  test('headings are rendered and collected as the slide title, without markup', () => {
    const { html, headings } = render(['## **Walti** の診断']);
    expect(html).toBe('<h2><strong>Walti</strong> の診断</h2>');
    expect(headings).toEqual(['Walti の診断']);
  });

  test('paragraphs join Japanese lines without a space and Latin lines with one', () => {
    expect(render(['ボットネットに', '組み込まれた']).html).toBe('<p>ボットネットに組み込まれた</p>');
    expect(render(['a UDP', 'flood']).html).toBe('<p>a UDP\nflood</p>');
  });

  test('lists: nested and ordered', () => {
    expect(render(['- 一', '  - 一の一', '- 二']).html).toBe('<ul><li>一<ul><li>一の一</li></ul></li><li>二</li></ul>');
    expect(render(['1. 調査', '2. 対応']).html).toBe('<ol><li>調査</li><li>対応</li></ol>');
    expect(render(['- 手順', '  1. 調査', '  2. 対応']).html).toBe('<ul><li>手順<ol><li>調査</li><li>対応</li></ol></li></ul>');
  });

  test('"fragments: list" makes top-level items fragments, not nested ones, and only in the body', () => {
    const attrs = ['fragments: list'];
    expect(render(['- 一', '  - 子', '- 二 {.muted}'], { attrs }).html).toBe(
      '<ul><li class="fragment">一<ul><li>子</li></ul></li><li class="fragment muted">二</li></ul>',
    );
    expect(render(['- 一'], { attrs, kind: 'notes' }).html).toBe('<ul><li>一</li></ul>');
  });

  test('{.fragment} and other block classes land on the block', () => {
    expect(render(['本文 {.fragment .small}']).html).toBe('<p class="fragment small">本文</p>');
    expect(render(['## 見出し {.lead}']).html).toBe('<h2 class="lead">見出し</h2>');
    expect(render(['> 引用 {.callout}']).html).toBe('<blockquote><p class="callout">引用</p></blockquote>');
  });

  test('every known class is accepted; an unknown one is an error', () => {
    expect(render([`x {${KNOWN_CLASSES.map((c) => `.${c}`).join(' ')}}`]).diagnostics).toEqual([]);
    expect(render(['x {.shiny}']).diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-class', line: 4, message: 'Unknown class ".shiny".' }),
    ]);
  });

  test('quotes and links', () => {
    expect(render(['> 通信の秘密', '> を守る']).html).toBe('<blockquote><p>通信の秘密を守る</p></blockquote>');
    expect(render(['[IPA](https://www.ipa.go.jp/) と [次へ](#/ranking)']).html).toBe(
      '<p><a href="https://www.ipa.go.jp/" target="_blank" rel="noopener noreferrer">IPA</a> と <a href="#/ranking">次へ</a></p>',
    );
  });

  test('HTML written in a slide is escaped: no raw HTML reaches the page', () => {
    const { html } = render(['<script>alert(1)</script>', '', '## <img src=x onerror=alert(1)>', '', '- <iframe>']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('<li>&lt;iframe&gt;</li>');
    expect(render(['<b>x</b> <!-- c -->']).diagnostics.map((d) => d.code)).toEqual(['raw-html', 'raw-html', 'raw-html']);
    expect(html).not.toMatch(/<(script|img|iframe)/);
  });

  test('" \\ " is a hard break; inline code is escaped', () => {
    expect(render(['一行目 \\ 二行目 `a<b>&c`']).html).toBe('<p>一行目<br>二行目 <code>a&lt;b&gt;&amp;c</code></p>');
  });

  test('code is highlighted at build time, with its title and a focusable <pre>', () => {
    const { html, diagnostics } = render(['```sh 設定の確認 {.code-tight}', 'echo "x" # c', '```']);
    expect(diagnostics).toEqual([]);
    expect(html).toBe(
      '<figure class="code code-tight" style="--code-size:30px"><figcaption class="code-title">設定の確認</figcaption><pre tabindex="0"><code class="hljs language-bash">' +
        '<span class="line"><span class="hljs-built_in">echo</span> <span class="hljs-string">&quot;x&quot;</span> <span class="hljs-comment"># c</span></span></code></pre></figure>',
    );
  });

  test('an unknown or missing code language is an error naming it, file:line and the known ones; the code is escaped', () => {
    const { html, diagnostics } = render(['```python', 'print("<x>")', '```', '', '```', 'plain', '```']);
    expect(html).toContain('<code class="hljs language-plaintext"><span class="line">print(&quot;&lt;x&gt;&quot;)</span></code>');
    expect(diagnostics.map((d) => `${d.line} ${d.message} ${d.hint ?? ''}`)).toEqual([
      `4 Unknown code language "python" in ${FILE}:4. Known: bash, ini, plaintext, sh, shell, text. Write \`\`\`plaintext for unhighlighted text.`,
      `8 Unknown code language "(none)" in ${FILE}:8. Known: bash, ini, plaintext, sh, shell, text. Write \`\`\`plaintext for unhighlighted text.`,
    ]);
  });

  test('images are resolved through the AssetResolver and need alt text', () => {
    expect(render(['![ボットネットの図](images/botnet.svg) {.small}']).html).toBe(
      '<img class="small" src="/slides/images/botnet.svg" alt="ボットネットの図" decoding="async">',
    );
    const missing = render(['![図](images/nope.svg)']);
    expect(missing.html).toBe('');
    expect(missing.diagnostics).toEqual([expect.objectContaining({ code: 'missing-image', line: 4 })]);
    expect(render(['![ ](images/botnet.svg)']).diagnostics).toEqual([expect.objectContaining({ code: 'missing-alt', line: 4 })]);
  });

  test('components are dispatched by name; unknown names and arguments are errors', () => {
    expect(render(['::: responsibility', ':::']).html).toMatch(/^<figure class="stack">/);
    for (const name of ['timeline', 'constructor', 'toString']) {
      const { html, diagnostics } = render([`::: ${name}`, ':::']);
      expect(html).toBe('');
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'unknown-component', message: `Unknown component "${name}".` })]);
    }
    expect(render(['::: agenda x=1', ':::']).diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-component-arg', hint: 'It takes no arguments.' }),
    ]);
  });

  test('an empty or absent text renders nothing', () => {
    const { section } = parseSectionFile('=== s\ntime: 1\n--- ja\n## x', FILE);
    const slide = section.slides[0];
    if (!slide) throw new Error('no slide');
    const ctx: RenderContext = { sections: [section], assets, diagnostics: [] };
    expect(renderText(slide, 'ja', 'notes', ctx)).toEqual({ html: '', headings: [], highlights: [] });
    expect(renderText(slide, 'en', 'body', ctx)).toEqual({ html: '', headings: [], highlights: [] });
  });
});
