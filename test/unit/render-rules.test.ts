import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { renderText, type AssetResolver, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

/**
 * The render rules (render-rules.ts) asserted on their exact output and positions: code fences
 * with titles and focus, indented code, raw HTML as text, images, links, components. The body
 * starts on line 5 of the file, so every position below is a file line.
 */
const FILE = 'slides/09-rules.md';
const ASSETS: AssetResolver = { image: (src) => `/s/${src}`, imageProblem: () => undefined };

function render(body: string[]) {
  const text = ['', '=== s', 'time: 60', '--- ja', ...body, '--- ja notes', 'n'].join('\n');
  const { section } = parseSectionFile(text, FILE);
  const diagnostics: Diagnostic[] = [];
  const ctx: RenderContext = { sections: [section], assets: ASSETS, diagnostics };
  const slide = section.slides[0];
  if (!slide) throw new Error('no slide');
  const { html } = renderText(slide, 'ja', 'body', ctx);
  return { html, found: diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`) };
}

describe('code fences', () => {
  test('the title is every word after the language, joined by one space; no trailing newline in the code', () => {
    const { html } = render(['## h', '', '```ini   /etc/a.conf   b  ', 'x = 1', '```']);
    expect(html).toContain('<figcaption class="code-title">/etc/a.conf b</figcaption>');
    expect(html).toMatch(/<code class="hljs language-ini">[^]*x[^]*1[^]*<\/code>/);
    expect(html).not.toMatch(/\n<\/code>/);
    expect(html).toMatch(/^<h2>h<\/h2>\n<figure class="code"/);
  });

  test('a block that does not fit names its own file line, counted from the body’s first line', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `echo ${i}`);
    const { found } = render(['## h', '', 'text', '', '```bash', ...lines, '```']);
    expect(found).toEqual([`${FILE}:9 code-too-long`]);
  });

  test('a line focus after the title marks those lines and dims the rest (not read as an attribute)', () => {
    const { html, found } = render(['## h', '```bash ufw {2,3-3}', 'a', 'b', 'c', '```']);
    expect(found).toEqual([]);
    expect(html).toContain('<figcaption class="code-title">ufw</figcaption>');
    expect(html.match(/class="line is-\w+"/g)).toEqual(['class="line is-dim"', 'class="line is-focus"', 'class="line is-focus"']);
    // Without a title too.
    expect(render(['## h', '```bash {1}', 'a', 'b', '```']).html.match(/is-focus/g)).toHaveLength(1);
  });

  test('a bad line focus is reported at the fence, with the file', () => {
    const { found } = render(['## h', '```bash t {9}', 'a', '```']);
    expect(found).toEqual([`${FILE}:6 bad-line-focus`]);
  });

  test('a fence with a class keeps both classes on its figure', () => {
    const { html } = render(['## h', '', '```bash', 'a', '```', '{.small}']);
    expect(html).toMatch(/<figure class="code( small)?"/);
  });

  test('indented code is an error, and escaped text in pre/code, verbatim', () => {
    const { html, found } = render(['## h', '', '    <b>&', '    x']);
    expect(html).toContain('<pre><code>&lt;b&gt;&amp;\nx\n</code></pre>');
    expect(found).toEqual([`${FILE}:7 indented-code`]);
  });
});

describe('images, links, raw HTML', () => {
  test('an image’s alt is the text of all its children, its title kept', () => {
    const { html } = render(['## h', '', '![a *b* c](images/x.svg "T") and text']);
    expect(html).toContain('<img src="/s/images/x.svg" alt="a b c" title="T" decoding="async">');
  });

  test('external links open a new tab without opener; slide links do not', () => {
    const { html } = render(['## h', '', '[a](https://example.com/) [b](#/s)']);
    expect(html).toContain('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="#/s">b</a>');
  });

  test('raw HTML, inline or block, comes out as text (and is an error)', () => {
    const { html, found } = render(['## h', '', 'x <b>y</b>', '', '<div>', 'z', '</div>']);
    expect(html).toContain('x &lt;b&gt;y&lt;/b&gt;');
    expect(html).toContain('&lt;div&gt;');
    expect(html).not.toMatch(/<(b|div)>/);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('the spaced backslash break and components', () => {
  const body = (line: string): string =>
    render(['## h', '', line])
      .html.replace(/^<h2>h<\/h2>\n/, '')
      .trim();

  test('" \\ " between blanks is a break with no blanks kept around it; anything else stays a backslash', () => {
    expect(body('一行目 \\ 二行目')).toBe('<p>一行目<br>\n二行目</p>');
    expect(body('a \t \\ \t  b')).toBe('<p>a<br>\nb</p>');
    expect(body('a \\b')).toBe('<p>a \\b</p>');
    expect(body('a\\ b')).toBe('<p>a\\ b</p>');
    expect(body('\\ b')).toBe('<p>\\ b</p>');
    expect(body('a \\ ')).toBe('<p>a \\</p>');
  });

  test('a component’s problem is reported at its own line', () => {
    const { found } = render(['## h', '', 'text', '', '::: ranking only=11', ':::']);
    expect(found).toEqual([`${FILE}:9 bad-component-arg`]);
  });
});
