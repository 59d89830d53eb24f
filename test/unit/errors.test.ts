import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileDeck, type SlideFile } from '../../src/deck/compile.ts';
import { COMPONENTS } from '../../src/deck/components/index.ts';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { fileAssets } from '../../src/deck/load.ts';

/** Every broken slide file and the exact messages `npm run check` prints for it, nothing more. */
const DIR = 'test/fixtures/broken';
const KNOWN_CLASSES_HINT =
  '    hint: Known: fragment, title-slide, section-title, center, dense, roomy, two-col, lead, small, muted, big-number, coupon, callout, warning, checklist, code-tight.';
const NOTES_HINT = '    hint: Every slide needs speaker notes: 2–6 sentences a presenter can read aloud.';
const HEADING_HINT =
  '    hint: Give each slide exactly one "#" or "##" heading: it is the slide\'s title for screen readers, the PDF and the page title.';
const LINK_HINT = '    hint: Links may use https:, http:, mailto: or "#/<slide-id>".';
const TIME_HINT = '    hint: Give whole seconds between 1 and 1800, e.g. "time: 90".';

const EXPECTED: Record<string, string[]> = {
  'unclosed-fence.md': [
    'unclosed-fence.md:13 error: Unclosed code fence "```" opened at line 13. [unclosed-fence]',
    '    hint: Close it with a line holding only "```" before the next "--- <lang>" or "=== <id>" line.',
  ],
  'unknown-language.md': [
    `unknown-language.md:11 error: Unknown code language "python" in ${DIR}/unknown-language.md:11. [unknown-language]`,
    '    hint: Known: bash, ini, plaintext, sh, shell, text. Write ```plaintext for unhighlighted text.',
  ],
  'missing-notes.md': ['missing-notes.md:8 error: Slide "broken" has no "--- ja notes". [missing-notes]', NOTES_HINT],
  'empty-notes.md': ['empty-notes.md:13 error: Slide "broken" has an empty "--- ja notes" block. [missing-notes]', NOTES_HINT],
  'too-many-highlights.md': [
    'too-many-highlights.md:12 warning: Slide "broken" (ja) highlights 3 phrases: "一つ目", "二つ目", "三つ目". [too-many-highlights]',
    '    hint: Keep **…** or *…* for at most 2 phrases a slide; with more, none of them stands out.',
  ],
  'missing-time.md': [
    'missing-time.md:5 error: Slide "broken" has no time budget. [missing-time]',
    '    hint: Add "time: <seconds>" under its "===" line; the speaker view paces by it.',
  ],
  'bad-time.md': ['bad-time.md:6:7 error: Invalid time budget "1m30s" for slide "broken". [bad-time]', TIME_HINT],
  'missing-image.md': [
    'missing-image.md:11 error: Image "images/botnet.svg" does not exist. [missing-image]',
    '    hint: Paths are relative to the slide file, e.g. images/botnet.svg for slides/images/botnet.svg.',
  ],
  'missing-alt.md': [
    'missing-alt.md:11 error: Image "images/pixel.svg" has no alt text. [missing-alt]',
    '    hint: Describe it: ![what the image shows](path).',
  ],
  'unknown-attribute.md': [
    'unknown-attribute.md:7 error: Unknown attribute "layout" on slide "broken". [unknown-attribute]',
    '    hint: Known: time, class, background, fragments.',
  ],
  'unknown-section-attribute.md': [
    'unknown-section-attribute.md:3 error: Unknown section attribute "author" in front matter. [unknown-section-attribute]',
    '    hint: Known: title.ja, title.en.',
  ],
  'unclosed-front-matter.md': [
    'unclosed-front-matter.md:1 error: Front matter opened with "---" is never closed. [unclosed-front-matter]',
    '    hint: End it with a line holding only "---".',
  ],
  'missing-section-title.md': [
    'missing-section-title.md:1 error: Section "missing-section-title" has no "title.ja". [missing-section-title]',
    '    hint: Add "title.ja: …" to the front matter.',
  ],
  'bad-block-marker.md': [
    'bad-block-marker.md:14 error: Unknown block marker "--- fr". [bad-block-marker]',
    '    hint: Use "--- <lang>" or "--- <lang> notes" with a language of: ja, en.',
  ],
  'duplicate-block.md': [
    'duplicate-block.md:16 error: Slide "broken" has a second "--- ja" block. [duplicate-block]',
    '    hint: Each slide has at most one body and one notes block per language.',
  ],
  'text-outside-slide.md': [
    'text-outside-slide.md:5 error: Text outside any slide: "ここは地の文です。". [text-outside-slide]',
    '    hint: Start a slide with "=== <id>" and put text in a "--- ja" block.',
  ],
  'bad-attribute.md': [
    'bad-attribute.md:7 error: Cannot read attribute line "## 見出しを属性の場所に". [bad-attribute]',
    '    hint: Write attributes as "key: value", then start the text with "--- ja".',
  ],
  'unknown-class.md': ['unknown-class.md:11 error: Unknown class ".shiny". [unknown-class]', KNOWN_CLASSES_HINT],
  'unknown-slide-class.md': [
    'unknown-slide-class.md:7:13 error: Unknown class "wide" on slide "broken". [unknown-class]',
    KNOWN_CLASSES_HINT,
  ],
  'unknown-component.md': [
    'unknown-component.md:11:5 error: Unknown component "timeline". [unknown-component]',
    // The list grows with the registry; components.test.ts checks the deck's own components are in it.
    `    hint: Known: ${Object.keys(COMPONENTS).join(', ')}.`,
  ],
  'unknown-component-arg.md': [
    'unknown-component-arg.md:11:13 error: Unknown argument "top" for component "ranking". [unknown-component-arg]',
    '    hint: Known: step, only.',
  ],
  'bad-component-arg.md': [
    'bad-component-arg.md:11:13 error: Unknown value "11" in only="3,11" (component "ranking"). [bad-component-arg]',
    '    hint: Accepted: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10; comma-separated, each once, e.g. only=1,2.',
  ],
  'bad-slide-id.md': [
    'bad-slide-id.md:5:5 error: Invalid slide id "Phishing_Targets". [bad-slide-id]',
    '    hint: Use lowercase letters, digits and single hyphens, e.g. "=== phishing-targets".',
  ],
  'no-heading.md': ['no-heading.md:9 error: Slide "broken" (ja) has 0 headings. [heading-count]', HEADING_HINT],
  'two-headings.md': ['two-headings.md:9 error: Slide "broken" (ja) has 2 headings. [heading-count]', HEADING_HINT],
  'missing-text.md': [
    'missing-text.md:5 error: Slide "broken" has no "--- ja" text. [missing-text]',
    '    hint: Add a "--- ja" block with its heading and content.',
  ],
  'unsafe-link.md': ['unsafe-link.md:11 error: Link to "javascript:alert(1)" is not allowed. [unsafe-link]', LINK_HINT],
  'bad-background.md': [
    'bad-background.md:5 error: Invalid background "navy" on slide "broken". [bad-background]',
    '    hint: Use a hex colour such as #0b1f3a.',
  ],
  'bad-fragments.md': [
    'bad-fragments.md:7 error: Invalid fragments value "all". [bad-fragments]',
    '    hint: The only value is "list" (each top-level list item appears in turn); mark single blocks with {.fragment}.',
  ],
  'empty.md': [
    'empty.md:1 error: This file holds no slide. [empty-section]',
    '    hint: Add one with "=== <id>".',
    'empty.md:1 error: Section "empty" has no "title.ja". [missing-section-title]',
    '    hint: Add "title.ja: …" to the front matter.',
  ],
  // Several problems in one file: all of them, in line order, in one run.
  'many-errors.md': [
    'many-errors.md:5:5 error: Invalid slide id "Bad_Id". [bad-slide-id]',
    '    hint: Use lowercase letters, digits and single hyphens, e.g. "=== phishing-targets".',
    'many-errors.md:6:7 error: Invalid time budget "soon" for slide "Bad_Id". [bad-time]',
    TIME_HINT,
    'many-errors.md:7:8 error: Unknown class "shiny" on slide "Bad_Id". [unknown-class]',
    KNOWN_CLASSES_HINT,
    'many-errors.md:9 error: Slide "Bad_Id" has no "--- ja notes". [missing-notes]',
    NOTES_HINT,
    'many-errors.md:10 error: Slide "Bad_Id" (ja) has 0 headings. [heading-count]',
    HEADING_HINT,
    `many-errors.md:12 error: Unknown code language "ruby" in ${DIR}/many-errors.md:12. [unknown-language]`,
    '    hint: Known: bash, ini, plaintext, sh, shell, text. Write ```plaintext for unhighlighted text.',
    'many-errors.md:19 error: Slide "second" has no "--- ja notes". [missing-notes]',
    NOTES_HINT,
    'many-errors.md:22 error: Link to "javascript:void(0)" is not allowed. [unsafe-link]',
    LINK_HINT,
  ],
};

function read(name: string): SlideFile {
  const path = `${DIR}/${name}`;
  return { path, text: readFileSync(path, 'utf8') };
}

function check(files: SlideFile[]): string[] {
  const deck = compileDeck(files, { langs: ['ja'], assets: fileAssets(process.cwd()) });
  return deck.diagnostics.map(formatDiagnostic).flatMap((d) => d.split('\n'));
}

describe('every broken slide file is reported with file:line, message, code and hint', () => {
  test.each(Object.entries(EXPECTED))('%s', (name, lines) => {
    const expected = lines.map((l) => (l.startsWith(' ') ? l : `${DIR}/${l}`));
    expect(check([read(name)])).toEqual(expected);
  });

  test('a duplicate slide id across two files names the place it was first used', () => {
    const files = ['01-first.md', '02-second.md'].map((f) => read(`duplicate-id/${f}`));
    expect(check(files)).toEqual([
      `${DIR}/duplicate-id/02-second.md:14 error: Duplicate slide id "intro" (first used at ${DIR}/duplicate-id/01-first.md:5). [duplicate-id]`,
      '    hint: Slide ids are deep links and must be unique across the deck.',
    ]);
  });

  test('problems in several files come back together, sorted by file and then line', () => {
    const deck = compileDeck(['unsafe-link.md', 'missing-notes.md', 'bad-time.md'].map(read), {
      langs: ['ja'],
      assets: fileAssets(process.cwd()),
    });
    // All three files hold a slide "broken": the later two are duplicates of the first one read.
    expect(deck.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      `${DIR}/bad-time.md:5 duplicate-id`,
      `${DIR}/bad-time.md:6 bad-time`,
      `${DIR}/missing-notes.md:5 duplicate-id`,
      `${DIR}/missing-notes.md:8 missing-notes`,
      `${DIR}/unsafe-link.md:11 unsafe-link`,
    ]);
  });

  test('every fixture in the folder has its expected messages here', () => {
    const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.md'));
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
