import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { renderText, type AssetResolver, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

/** The renderer's and checks' corners, each asserted on the exact output or message. */
const FILE = 'slides/05-x.md';
const IMAGES: AssetResolver = {
  image: (src) => (src.startsWith('images/') && !src.includes('none') ? `/slides/${src}` : undefined),
  imageProblem: (src) => (src.includes('script') ? 'a <script> element' : undefined),
};

/** Renders a Japanese body that starts at line 4; compact HTML, headings, and the diagnostics. */
function md(body: string[], assets: AssetResolver = IMAGES) {
  const text = ['=== s', 'time: 60', '--- ja', ...body, '--- ja notes', 'n'].join('\n');
  const { section } = parseSectionFile(text, FILE);
  const diagnostics: Diagnostic[] = [];
  const ctx: RenderContext = { sections: [section], assets, diagnostics };
  const slide = section.slides[0];
  if (!slide) throw new Error('no slide');
  const { html, headings } = renderText(slide, 'ja', 'body', ctx);
  return {
    html: html.replace(/>\n/g, '>').replace(/\n</g, '<'),
    headings,
    found: diagnostics.map((d) => `${d.line} ${d.code}: ${d.message}`),
    hints: diagnostics.map((d) => d.hint),
  };
}

describe('headings and images', () => {
  test("a heading's plain text joins its breaks with a space and keeps an image's alt text", () => {
    expect(md(['## 一行目 \\ 二行目']).headings).toEqual(['一行目 二行目']);
    expect(md(['## a ![図](images/a.svg)  b']).headings).toEqual(['a 図 b']);
    expect(md(['# A', 'title', '', '### below']).headings).toEqual(['A', 'below']);
  });

  test('a paragraph of one image becomes the image, with both class lists; two images stay a paragraph', () => {
    expect(md(['![図](images/a.svg "t") {.small}']).html).toBe(
      '<img class="small" src="/slides/images/a.svg" alt="図" title="t" decoding="async">',
    );
    expect(md(['![a](images/a.svg) ![b](images/b.svg)']).html).toBe(
      '<p><img src="/slides/images/a.svg" alt="a" decoding="async"> <img src="/slides/images/b.svg" alt="b" decoding="async"></p>',
    );
    expect(md(['text ![a](images/a.svg)']).html).toBe('<p>text <img src="/slides/images/a.svg" alt="a" decoding="async"></p>');
  });

  test('image problems: missing alt, remote, missing, undecodable path kept as written, unsafe SVG', () => {
    expect(md(['![ ](images/a.svg)']).found).toEqual(['4 missing-alt: Image "images/a.svg" has no alt text.']);
    expect(md(['![a](//cdn.example.org/a.png)', '![b](data:image/png;base64,AA)']).found).toEqual([
      '4 remote-image: Image "//cdn.example.org/a.png" is not a file of the deck.',
      '5 remote-image: Image "data:image/png;base64,AA" is not a file of the deck.',
    ]);
    expect(md(['![a](images/none.svg)']).found).toEqual(['4 missing-image: Image "images/none.svg" does not exist.']);
    expect(md(['![a](images/%E0%A4%A.svg)']).found).toEqual([]);
    expect(md(['![a](images/none%E0%A4.svg)']).found).toEqual(['4 missing-image: Image "images/none%E0%A4.svg" does not exist.']);
    const unsafe = md(['![a](images/script.svg)']);
    expect(unsafe.found).toEqual(['4 unsafe-svg: Image "images/script.svg" contains a <script> element.']);
    expect(unsafe.html).toBe('');
  });
});

describe('links', () => {
  test('only https:, http:, mailto: and #/id are links; a rejected one keeps its text', () => {
    expect(md(['[a](http://example.org/) [m](mailto:x@example.org)']).found).toEqual([]);
    const bad = md(['[top](#top) [f](file:///etc/passwd) [r](/relative)']);
    expect(bad.found).toEqual([
      '4 unsafe-link: Link to "#top" is not allowed.',
      '4 unsafe-link: Link to "file:///etc/passwd" is not allowed.',
      '4 unsafe-link: Link to "/relative" is not allowed.',
    ]);
    expect(bad.html).toBe('<p>top f r</p>');
  });

  test('a dead #/id suggests close ids, or says how to find one', () => {
    const near = md(['[x](#/ss)']);
    expect(near.found).toEqual(['4 dead-link: Link to slide "#/ss" points at no slide.']);
    expect(near.hints).toEqual(['Did you mean one of: s?']);
    expect(md(['[x](#/completely-else)']).hints).toEqual(['Use the id after "===" of an existing slide.']);
    expect(md(['[](#/s)']).found).toEqual(['4 empty-link: Link to "#/s" has no text.']);
  });
});

describe('checks on blocks', () => {
  test('raw HTML is quoted (clipped) in the message and escaped on the page', () => {
    const long = `<div class="${'x'.repeat(60)}">`;
    const r = md([long, '', 'after']);
    expect(r.found).toEqual([`4 raw-html: Raw HTML "${long.slice(0, 40)}…" is not allowed.`]);
    expect(r.html).toContain('&lt;div class=&quot;xxx');
    expect(md(['    <b>code</b>']).html).toBe('<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>');
  });

  test('heading levels 1–3 pass; 4 and deeper name the level and the marks', () => {
    expect(md(['# a', '', '## b', '', '### c']).found).toEqual([]);
    expect(md(['###### f']).found).toEqual(['4 heading-level: Heading level 6 ("######") is not part of the deck\'s format.']);
  });

  test('attributes: the name of an unsupported one, each unknown class, a stray {.x} quoted from its brace', () => {
    expect(md(['a {data-x=1}']).found).toEqual(['4 unknown-block-attribute: Attribute "data-x" is not supported in "{…}".']);
    expect(md(['a {.lead .nope .bad}']).found).toEqual([
      '4 unknown-class: Unknown class ".nope".',
      '4 unknown-class: Unknown class ".bad".',
    ]);
    expect(md(['a', 'b {.lead} c']).found).toEqual([
      '5 stray-attributes: "{.lead} c" is not at the end of a block, so it would show as text.',
    ]);
    expect(md(['a {  .lead } c']).found).toEqual([
      '4 stray-attributes: "{ .lead } c" is not at the end of a block, so it would show as text.',
    ]);
    expect(md(['set {x} and {1} here']).found).toEqual([]);
    expect(md(['set {x} and {1} here']).html).toBe('<p>set {x} and {1} here</p>');
    // At the end of a block, braces are attributes (markdown-it-attrs): reported, not silently eaten.
    expect(md(['the set {1}']).found).toEqual(['4 unknown-block-attribute: Attribute "1" is not supported in "{…}".']);
  });

  test('components: closed inside a quote, content reported at its line and dropped, classes wrap the output', () => {
    expect(md(['> ::: responsibility', '> :::']).found).toEqual([]);
    const inner = md(['::: responsibility', '', 'inside', ':::', 'after']);
    expect(inner.found).toEqual(['6 component-content: Component "responsibility" takes no content, but text follows its line.']);
    expect(inner.html).not.toContain('inside');
    expect(inner.html).toContain('<p>after</p>');
    expect(md(['::: responsibility', 'x']).found).toEqual([
      '4 unclosed-component: Component "responsibility" is not closed.',
      '5 component-content: Component "responsibility" takes no content, but text follows its line.',
    ]);
    expect(md(['::: responsibility {.fragment}', ':::']).html).toMatch(
      /^<div class="component fragment"><figure class="stack">.*<\/figure><\/div>$/,
    );
    expect(md(['::: responsibility', ':::']).html).toMatch(/^<figure class="stack">/);
  });

  test('an engine failure is a diagnostic at the text, never a throw', () => {
    const failing: AssetResolver = {
      image: () => {
        throw new Error('disk gone');
      },
    };
    const r = md(['## x', '', '![a](images/a.svg)'], failing);
    expect(r.found).toEqual(['4 markdown-failed: The Markdown engine failed on this text: "Error: disk gone".']);
    expect(r.html).toBe('');
    expect(r.headings).toEqual([]);
  });
});
