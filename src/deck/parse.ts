import { checkCharacters } from './bad-characters.ts';
import { diag } from './diagnostics.ts';
import { ATTR, clip, parseAttribute } from './slide-attributes.ts';
import { LANGS, type Diagnostic, type Lang, type SectionSource, type SlideSource } from './types.ts';

/**
 * Slide file format (one file per top-level section):
 *
 *   ---                      front matter: the section's title per language
 *   title.ja: 山下 健一さんの講演
 *   title.en: Yamashita Kenichi's talk
 *   ---
 *   === slide-id             a slide; its id is the deep link (#/slide-id)
 *   time: 90                 attributes, one per line, until the first block
 *   --- ja                   the slide's Japanese body (Markdown subset)
 *   --- ja notes             its speaker notes
 *   --- en                   English body and notes: same shape, added per language
 *   --- en notes
 */
export const SECTION_ATTRIBUTES = LANGS.map((l) => `title.${l}`);

// `===` then the id; a longer run of "=" is a setext heading's underline, Markdown of the body.
const SLIDE_MARK = /^===(?!=)\s*(.*)$/;
const BLOCK_MARK = /^---\s+(\S+)(?:\s+(\S+))?\s*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FENCE = /^\s*(```+|~~~+)/;

export interface ParseResult {
  section: SectionSource;
  diagnostics: Diagnostic[];
}

type Block = { lang: Lang; kind: 'body' | 'notes'; line: number; lines: string[] };

/** Parses one slide file. Pure: text in, model and diagnostics out; never throws. */
export function parseSectionFile(text: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  diagnostics.push(...checkCharacters(lines, file));
  const slug = (file.split('/').pop() ?? file).replace(/\.md$/, '').replace(/^\d+-/, '');
  const section: SectionSource = { file, slug, title: {}, slides: [] };
  let i = 0;

  if (lines[0]?.trim() === '---') {
    i = 1;
    // A slide line ends an unclosed front matter, so the slides after it are still read.
    for (; i < lines.length && lines[i]?.trim() !== '---' && !SLIDE_MARK.test(lines[i] ?? ''); i++) {
      const raw = lines[i] ?? '';
      if (!raw.trim()) continue;
      const m = ATTR.exec(raw);
      const key = m?.[1] ?? '';
      if (!m || !SECTION_ATTRIBUTES.includes(key)) {
        diagnostics.push(
          diag(
            { file, line: i + 1 },
            'unknown-section-attribute',
            `Unknown section attribute "${m ? key : raw.trim()}" in front matter.`,
            `Known: ${SECTION_ATTRIBUTES.join(', ')}.`,
          ),
        );
        continue;
      }
      section.title[key.slice('title.'.length) as Lang] = (m[2] ?? '').trim();
    }
    if (lines[i]?.trim() === '---') i++;
    else {
      diagnostics.push(
        diag(
          { file, line: 1 },
          'unclosed-front-matter',
          'Front matter opened with "---" is never closed.',
          'End it with a line holding only "---".',
        ),
      );
    }
  }

  let slide: SlideSource | undefined;
  let block: Block | undefined;
  let inAttrs = false;
  let fenceLine = 0;
  let fence = '';
  /** After an unknown block marker: its lines belong to no block and are skipped, not reported again. */
  let skipping = false;
  /** Whether the open slide has a "time:" line, valid or not: a bad value is reported once, not also as missing. */
  let hasTime = false;

  const closeBlock = (): void => {
    if (!block || !slide) return;
    if (fence) {
      diagnostics.push(
        diag(
          { file, line: fenceLine },
          'unclosed-fence',
          `Unclosed code fence "${fence}" opened at line ${fenceLine}.`,
          `Close it with a line holding only "${fence}" before the next "--- <lang>" or "=== <id>" line.`,
        ),
      );
      fence = '';
    }
    const content = trimBlankEdges(block.lines, block.line + 1);
    const entry = (slide.text[block.lang] ??= { body: '', bodyLine: 0, bodyMarkLine: 0, notes: '', notesLine: 0 });
    if (block.kind === 'body') Object.assign(entry, { body: content.text, bodyLine: content.line, bodyMarkLine: block.line });
    else Object.assign(entry, { notes: content.text, notesLine: content.line });
    block = undefined;
  };
  const closeSlide = (): void => {
    closeBlock();
    if (slide && !hasTime) checkSlide(slide, diagnostics);
    slide = undefined;
  };

  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    let slideMark = SLIDE_MARK.exec(raw);
    let blockMark = slideMark ? null : BLOCK_MARK.exec(raw);
    // Inside an open code fence only a well-formed marker ends the block, so code may hold lines
    // like "--- a/etc/ssh/sshd_config" (a diff) or "=====" (a banner).
    if (block && fence) {
      if (slideMark && !ID.test((slideMark[1] ?? '').trim())) slideMark = null;
      if (blockMark && !isBlockMarker(blockMark)) blockMark = null;
    }
    if (slideMark) {
      skipping = false;
      closeSlide();
      hasTime = false;
      const id = (slideMark[1] ?? '').trim();
      if (!ID.test(id)) {
        diagnostics.push(
          diag(
            { file, line, column: raw.indexOf(id, 3) + 1 },
            'bad-slide-id',
            `Invalid slide id "${id}".`,
            'Use lowercase letters, digits and single hyphens, e.g. "=== phishing-targets".',
          ),
        );
      }
      slide = { id, pos: { file, line }, time: 0, classes: [], text: {} };
      section.slides.push(slide);
      inAttrs = true;
      continue;
    }
    if (blockMark && slide) {
      closeBlock();
      inAttrs = false;
      skipping = false;
      const lang = blockMark[1] as Lang;
      const kind = blockMark[2];
      if (!isBlockMarker(blockMark)) {
        skipping = true;
        diagnostics.push(
          diag(
            { file, line },
            'bad-block-marker',
            `Unknown block marker "${raw.trim()}".`,
            `Use "--- <lang>" or "--- <lang> notes" with a language of: ${LANGS.join(', ')}.`,
          ),
        );
        continue;
      }
      const k = kind === 'notes' ? 'notes' : 'body';
      const existing = slide.text[lang];
      if (existing && (k === 'body' ? existing.bodyLine : existing.notesLine)) {
        diagnostics.push(
          diag(
            { file, line },
            'duplicate-block',
            `Slide "${slide.id}" has a second "${raw.trim()}" block.`,
            'Each slide has at most one body and one notes block per language.',
          ),
        );
      }
      block = { lang, kind: k, line, lines: [] };
      continue;
    }
    if (block) {
      // "---ja" or "---en notes": a marker without its space would be a paragraph "---ja".
      if (!fence && /^---[A-Za-z]/.test(raw)) {
        diagnostics.push(
          diag(
            { file, line },
            'bad-block-marker',
            `Block marker "${clip(raw.trim())}" lacks the space after "---".`,
            `Write "--- <lang>" or "--- <lang> notes" with a language of: ${LANGS.join(', ')}.`,
          ),
        );
      }
      const f = FENCE.exec(raw);
      if (f) {
        const mark = f[1] ?? '';
        if (!fence) [fence, fenceLine] = [mark, line];
        else if (closesFence(raw, fence)) fence = '';
      }
      block.lines.push(raw);
      continue;
    }
    if (skipping) continue;
    if (slide && inAttrs) {
      if (!raw.trim()) continue;
      if (parseAttribute(slide, raw, line, diagnostics) === 'time') hasTime = true;
      continue;
    }
    if (raw.trim()) {
      diagnostics.push(
        diag(
          { file, line },
          'text-outside-slide',
          `Text outside any slide: "${clip(raw.trim())}".`,
          'Start a slide with "=== <id>" and put text in a "--- ja" block.',
        ),
      );
    }
  }
  closeSlide();
  if (section.slides.length === 0) {
    diagnostics.push(diag({ file, line: 1 }, 'empty-section', 'This file holds no slide.', 'Add one with "=== <id>".'));
  }
  return { section, diagnostics };
}

/**
 * Whether `line` closes a fence opened with `mark`: only the same character, at least as many of
 * it, and nothing else on the line (so "```" inside a "````" fence is code).
 */
export function closesFence(line: string, mark: string): boolean {
  const t = line.trim();
  return t.length >= mark.length && t === (mark[0] ?? '`').repeat(t.length);
}

function isBlockMarker(m: RegExpExecArray): boolean {
  return LANGS.includes(m[1] as Lang) && (m[2] === undefined || m[2] === 'notes');
}

function checkSlide(slide: SlideSource, out: Diagnostic[]): void {
  if (!slide.time) {
    out.push(
      diag(
        slide.pos,
        'missing-time',
        `Slide "${slide.id}" has no time budget.`,
        'Add "time: <seconds>" under its "===" line; the speaker view paces by it.',
      ),
    );
  }
}

function trimBlankEdges(lines: string[], firstLine: number): { text: string; line: number } {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]?.trim()) start++;
  while (end > start && !lines[end - 1]?.trim()) end--;
  // An empty block is at its marker line, never past the end of the file.
  return { text: lines.slice(start, end).join('\n'), line: start < end ? firstLine + start : firstLine - 1 };
}
