import { describe, expect, test } from 'vitest';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { renderText, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

const FILE = 'slides/05-x.md';

/** Renders a Japanese body (first body line: line 4) and returns compact HTML and diagnostics. */
function md(...body: string[]): { html: string; problems: string[]; messages: string[] } {
  const text = ['=== s', 'time: 60', '--- ja', ...body, '--- ja notes', 'n'].join('\n');
  const { section } = parseSectionFile(text, FILE);
  const diagnostics: Diagnostic[] = [];
  const ctx: RenderContext = {
    sections: [section],
    assets: { image: (src) => (src === 'images/a.svg' ? '/slides/images/a.svg' : undefined) },
    diagnostics,
  };
  const slide = section.slides[0];
  if (!slide) throw new Error('no slide');
  const { html } = renderText(slide, 'ja', 'body', ctx);
  return {
    html: html.replace(/>\n/g, '>').replace(/\n</g, '<'),
    problems: diagnostics.map((d) => `${d.line} ${d.code}`),
    messages: diagnostics.map((d) => `${d.message} | ${d.hint ?? ''}`),
  };
}

const messages = (...body: string[]): string[] => md(...body).messages;

describe('CommonMark constructs the old subset garbled are rendered', () => {
  test('an ordered list keeps its start number; lists nest to any depth', () => {
    expect(md('3. c', '4. d').html).toBe('<ol start="3"><li>c</li><li>d</li></ol>');
    expect(md('- a', '  - b', '    - c', '      - d').html).toBe(
      '<ul><li>a<ul><li>b<ul><li>c<ul><li>d</li></ul></li></ul></li></ul></li></ul>',
    );
    expect(md('10. ten', '11. eleven').html).toBe('<ol start="10"><li>ten</li><li>eleven</li></ol>');
  });

  test('tables, rules, escapes, entities, setext headings, autolinks, reference links', () => {
    expect(md('| a | b |', '|---|--:|', '| 1 | 2 |').html).toBe(
      '<table><thead><tr><th>a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td>1</td><td style="text-align:right">2</td></tr></tbody></table>',
    );
    expect(md('\\*not em\\* &copy;').html).toBe('<p>*not em* ©</p>');
    expect(md('Title', '-----').html).toBe('<h2>Title</h2>');
    expect(md('<https://example.org/>').html).toBe(
      '<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">https://example.org/</a></p>',
    );
    expect(md('[x][r]', '', '[r]: https://example.org/ "t"').html).toBe(
      '<p><a href="https://example.org/" title="t" target="_blank" rel="noopener noreferrer">x</a></p>',
    );
    expect(md('C# and F# are languages').html).toBe('<p>C# and F# are languages</p>');
    expect(md('Intro:', '- a').html).toBe('<p>Intro:</p><ul><li>a</li></ul>');
  });

  test('emphasis works next to Japanese punctuation; a line break between Japanese characters adds no space', () => {
    expect(md('**「Walti」**の診断').html).toBe('<p><strong>「Walti」</strong>の診断</p>');
    expect(md('**two words** and *em words*').html).toBe('<p><strong>two words</strong> and <em>em words</em></p>');
    expect(md('一行目', '二行目').html).toBe('<p>一行目二行目</p>');
  });

  test('" \\ " breaks a line; a backslash elsewhere is CommonMark', () => {
    expect(md('a \\ b').html).toBe('<p>a<br>b</p>');
    expect(md('a\\', 'b').html).toBe('<p>a<br>b</p>');
    expect(md('a\\b `c \\ d`').html).toBe('<p>a\\b <code>c \\ d</code></p>');
  });
});

describe('what the deck does not render is an error at its line', () => {
  test('raw HTML, indented code, deep headings', () => {
    expect(md('x', '', '<div>', 'y', '</div>').problems).toEqual(['6 raw-html']);
    expect(md('a <!-- c --> b').problems).toEqual(['4 raw-html']);
    expect(md('x', '', '    code').problems).toEqual(['6 indented-code']);
    expect(md('#### h4').problems).toEqual(['4 heading-level']);
  });

  test('a line "---" is neither a slide break nor a rule; rules are not part of the format', () => {
    expect(md('a', '', '---', '', 'b').problems).toEqual(['6 lone-dashes']);
    expect(md('a', '---').problems).toEqual(['5 lone-dashes']);
    expect(md('a', '', '  ---  ').problems).toEqual(['6 lone-dashes']);
    expect(md('***').problems).toEqual(['4 thematic-break']);
    expect(md('- - -').problems).toEqual(['4 thematic-break']);
    expect(md('x', '', '> ---').problems).toEqual(['6 thematic-break']);
    // Longer underlines are setext headings, as CommonMark says.
    expect(md('Title', '-----').problems).toEqual([]);
    expect(md('```plaintext', '---', '```').problems).toEqual([]);
    expect(messages('x', '', '---')).toEqual([
      'A line "---" inside a slide is neither a slide break nor a block marker. | Start a slide with "=== <id>" and a block with "--- ja", "--- ja notes", "--- en" or "--- en notes"; write a heading as "## Heading".',
    ]);
    expect(messages('x', '---')[0]).toMatch(
      /^A line "---" under text makes that text a heading; it does not start a new slide or block\. \| Start a slide/,
    );
    expect(messages('___')).toEqual([
      'A horizontal rule ("___") is not part of the deck\'s format. | A slide is one screen: start the next one with "=== <id>"; blocks are spaced by the theme, so just leave a blank line.',
    ]);
  });

  test('attributes: unknown classes, other attributes, and a {.class} left in the text', () => {
    expect(md('a {.nope}').problems).toEqual(['4 unknown-class']);
    expect(md('a {#id}').problems).toEqual(['4 unknown-block-attribute']);
    expect(md('a {.lead} b').problems).toEqual(['4 stray-attributes']);
    expect(md('- a', '- b', '{.checklist}').html).toBe('<ul class="checklist"><li>a</li><li>b</li></ul>');
  });

  test('links: unsafe schemes (shown as text, not links), empty text, dead slide links', () => {
    const bad = md('[x](javascript:alert(1)//https://x)');
    expect(bad.problems).toEqual(['4 unsafe-link']);
    expect(bad.html).toBe('<p>x</p>');
    expect(md('[](https://example.org/)').problems).toEqual(['4 empty-link']);
    expect(md('a', 'b [c](#/nope)').problems).toEqual(['5 dead-link']);
    expect(md('[c](#/s)').problems).toEqual([]);
    expect(md('```plaintext', '[c](#/nope)', '```').problems).toEqual([]);
  });

  test('images: resolved, with title; remote or missing ones are errors', () => {
    expect(md('![図](images/a.svg "t") {.small}').html).toBe(
      '<img class="small" src="/slides/images/a.svg" alt="図" title="t" decoding="async">',
    );
    expect(md('![図](https://example.org/a.png)').problems).toEqual(['4 remote-image']);
    expect(md('text ![図](images/none.svg)').problems).toEqual(['4 missing-image']);
  });

  test('components: closed, known, with known arguments, and no content', () => {
    expect(md('::: agenda', ':::').problems).toEqual([]);
    expect(md('::: agenda').problems).toEqual(['4 unclosed-component']);
    expect(md('::: agenda', 'text', ':::').problems).toEqual(['5 component-content']);
    expect(md(':::', ':::').problems).toEqual(['4 unknown-component']);
    expect(md('::: ranking only=3 only=5', ':::').problems).toEqual(['4 bad-component-arg']);
    expect(md('::: ranking only="3', ':::').problems).toEqual(['4 bad-component-arg']);
    expect(md('::: ranking only=3 {.fragment}', ':::').html).toMatch(
      /^<div class="component fragment"><p class="ranking-legend">.*<\/p><ol class="ranking ranking-picked">/,
    );
  });

  test('nesting deeper than the engine allows is reported, not dropped silently', () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- ${i}`);
    expect(md(...deep).problems).toEqual([expect.stringMatching(/^\d+ too-deep$/)]);
  });
});
