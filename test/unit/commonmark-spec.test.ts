import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { renderText, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic, SlideSource } from '../../src/deck/types.ts';

/**
 * The CommonMark spec's examples through the slide renderer: each one renders as the reference
 * HTML (modulo the deck's own wrappers: link targets, the code figure, image decoding) or is
 * rejected with a diagnostic. Never shown differently without a word.
 */
const { tests } = createRequire(import.meta.url)('commonmark-spec') as {
  tests: { markdown: string; html: string; section: string; number: number }[];
};

/** Sections where most examples are rejected on purpose, and why. */
export const REJECTED_BY_DESIGN: Record<string, string> = {
  'HTML blocks': 'raw HTML is an error (raw-html)',
  'Raw HTML': 'raw HTML is an error (raw-html)',
  'Indented code blocks': 'code needs a fenced block with a language (indented-code)',
  Tabs: 'most examples are indented code (indented-code)',
  'Fenced code blocks': 'code needs one of the highlighted languages (unknown-language)',
  'Thematic breaks': 'a slide has no horizontal rules (thematic-break); a line "---" reads as a slide break (lone-dashes)',
  'Setext headings': 'the examples mostly underline with "---", which reads as a slide break (lone-dashes); "===" starts a slide',
  Links: 'links go to https:, http:, mailto: or #/slide-id only; the spec links to "/uri" (unsafe-link)',
  'Link reference definitions': 'the same: relative URLs such as "/url" (unsafe-link)',
};

function render(markdown: string): { html: string; diagnostics: Diagnostic[] } {
  const slide: SlideSource = {
    id: 's',
    pos: { file: 'spec.md', line: 1 },
    time: 1,
    classes: [],
    text: { ja: { body: markdown.replace(/→/g, '\t'), bodyLine: 1, bodyMarkLine: 0, notes: '', notesLine: 0 } },
  };
  const diagnostics: Diagnostic[] = [];
  const ctx: RenderContext = {
    sections: [{ file: 'spec.md', slug: 's', title: {}, slides: [slide] }],
    assets: { image: (src) => src },
    diagnostics,
  };
  return { html: renderText(slide, 'ja', 'body', ctx).html, diagnostics };
}

const normalize = (html: string): string =>
  html
    .replace(/ target="_blank" rel="noopener noreferrer"| decoding="async"/g, '')
    .replace(
      /<figure class="code"><pre tabindex="0"><code class="hljs language-(\w+)">([\s\S]*?)<\/code><\/pre><\/figure>/g,
      '<pre><code class="language-$1">$2\n</code></pre>',
    )
    .replace(/ \/>/g, '>')
    .replace(/→/g, '\t')
    .replace(/>\n+</g, '><')
    .replace(/\n+/g, '\n')
    .trim();

describe('CommonMark 0.31.2 spec examples', () => {
  const bySection = new Map<string, { matched: number; rejected: number; differ: number[] }>();
  for (const ex of tests) {
    const { html, diagnostics } = render(ex.markdown);
    const s = bySection.get(ex.section) ?? { matched: 0, rejected: 0, differ: [] };
    if (diagnostics.length) s.rejected++;
    else if (normalize(html) === normalize(ex.html).replace(/<p>(<img[^>]*>)<\/p>/g, '$1')) s.matched++;
    else s.differ.push(ex.number);
    bySection.set(ex.section, s);
  }

  test('every example matches the reference HTML or yields a diagnostic', () => {
    const differ = [...bySection].flatMap(([section, s]) => s.differ.map((n) => `${section} #${n}`));
    expect(differ).toEqual([]);
  });

  test('the sections rejected by design are the listed ones', () => {
    const table = [...bySection].map(([section, s]) => `${section}: ${s.matched} matched, ${s.rejected} rejected`);
    console.log(table.join('\n'));
    const mostlyRejected = [...bySection].filter(([, s]) => s.rejected > s.matched).map(([section]) => section);
    expect(mostlyRejected.sort()).toEqual(Object.keys(REJECTED_BY_DESIGN).sort());
  });
});
