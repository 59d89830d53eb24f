import type { Token } from 'markdown-it';
import { KNOWN_CLASSES, isKnownClass } from './classes.ts';
import { readComponentCall } from './component-args.ts';
import { diag } from './diagnostics.ts';
import { KNOWN_LANGUAGES, resolveLanguage } from './highlight.ts';
import { checkImage, checkLink } from './link-checks.ts';
import { COMPONENT_CLOSE, COMPONENT_OPEN, deckMeta, MAX_NESTING, type ParseEnv } from './markdown.ts';
import type { Diagnostic } from './types.ts';

/** Where a parsed body or notes text sits, and what the checks may consult. */
export interface TextSource {
  file: string;
  /** File line of the text's first line. */
  firstLine: number;
  /** The text's lines, to read a closing ":::" back. */
  lines: readonly string[];
  /** Every slide id of the deck, for `#/id` links. */
  ids: ReadonlySet<string>;
  /** URL of an image path written in the slide, or undefined when there is no such file. */
  image(src: string): string | undefined;
  /** Why an existing image may not ship (see svg-safety.ts). */
  imageProblem?(src: string): string | undefined;
  diagnostics: Diagnostic[];
}

const CLOSING_MARK = /^[\s>]*:{3,}\s*$/;

/**
 * Checks one text's tokens: everything the deck does not render is reported here with its line
 * (token.map), so nothing reaches a slide as raw Markdown or raw HTML. Marks tokens the renderer
 * must leave out (content inside a component, links that were rejected) instead of throwing.
 */
export function checkTokens(tokens: Token[], src: TextSource, env: ParseEnv): void {
  const report: Report = (line, code, message, hint, column) => {
    src.diagnostics.push(diag({ file: src.file, line, ...(column ? { column } : {}) }, code, message, hint));
  };
  let line = src.firstLine;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.map) line = src.firstLine + t.map[0];
    checkAttributes(t, line, report);
    switch (t.type) {
      case 'html_block':
        report(line, 'raw-html', `Raw HTML "${clip(t.content)}" is not allowed.`, RAW_HTML_HINT);
        break;
      case 'code_block':
        report(
          line,
          'indented-code',
          'An indented code block (4 spaces or a tab) is not allowed.',
          'Use a fenced block with its language (```bash … ```), or remove the indentation if this is text.',
        );
        break;
      case 'fence': {
        const lang = t.info.trim().split(/\s+/)[0] ?? '';
        if (!resolveLanguage(lang)) {
          report(
            line,
            'unknown-language',
            `Unknown code language "${lang || '(none)'}" in ${src.file}:${line}.`,
            `Known: ${KNOWN_LANGUAGES.join(', ')}. Write \`\`\`plaintext for unhighlighted text.`,
          );
        }
        break;
      }
      case 'hr':
        checkRule(t, line, src, report);
        break;
      case 'heading_open':
        // A setext heading whose underline is "---": most likely meant as a break, not a heading.
        if (t.markup === '-' && t.map && isLoneDashes(src.lines[t.map[1] - 1]))
          reportLoneDashes(src.firstLine + t.map[1] - 1, true, report);
        if (Number(t.tag.slice(1)) > 3) {
          report(
            line,
            'heading-level',
            `Heading level ${t.tag.slice(1)} ("${t.markup}") is not part of the deck's format.`,
            'A slide has one "#" or "##" heading (and "###" below it); use **bold** text for a smaller heading.',
          );
        }
        break;
      case COMPONENT_OPEN:
        checkComponent(tokens, i, line, src, report);
        break;
      case 'inline':
        checkInline(t.children ?? [], line, src, report);
        break;
    }
  }
  if (env.tooDeep !== undefined) {
    report(
      src.firstLine + env.tooDeep,
      'too-deep',
      `Blocks nest deeper than ${MAX_NESTING / 2} levels here.`,
      'Flatten the list or quote: nothing that deep can be read on a slide.',
    );
  }
}

/**
 * A thematic break is not part of the deck's design: a slide is one screen, and blocks are spaced
 * by the theme. A line "---" in particular is what Marp, Slidev and front matter use as a
 * separator, and the author most likely meant a new slide or block.
 */
function checkRule(t: Token, line: number, src: TextSource, report: Report): void {
  if (isLoneDashes(src.lines[t.map?.[0] ?? -1])) reportLoneDashes(line, false, report);
  else {
    report(
      line,
      'thematic-break',
      `A horizontal rule ("${t.markup}") is not part of the deck's format.`,
      'A slide is one screen: start the next one with "=== <id>"; blocks are spaced by the theme, so just leave a blank line.',
    );
  }
}

const isLoneDashes = (text: string | undefined): boolean => text?.trim() === '---';

function reportLoneDashes(line: number, underline: boolean, report: Report): void {
  report(
    line,
    'lone-dashes',
    underline
      ? 'A line "---" under text makes that text a heading; it does not start a new slide or block.'
      : 'A line "---" inside a slide is neither a slide break nor a block marker.',
    'Start a slide with "=== <id>" and a block with "--- ja", "--- ja notes", "--- en" or "--- en notes"; write a heading as "## Heading".',
  );
}

export type Report = (line: number, code: string, message: string, hint: string, column?: number) => void;

const RAW_HTML_HINT =
  'Write Markdown instead (**bold**, *em*, a {.class}). A comment is not hidden either: put remarks in the notes block.';

/** Attributes written with `{…}`: classes must be known ones, and nothing else is supported. */
function checkAttributes(t: Token, line: number, report: Report): void {
  const own = deckMeta(t).ownAttrs ?? [];
  for (const [name, value] of t.attrs ?? []) {
    if (own.includes(name)) continue;
    if (name === 'class') {
      for (const c of String(value).split(/\s+/).filter(Boolean)) {
        if (!isKnownClass(c)) report(line, 'unknown-class', `Unknown class ".${c}".`, `Known: ${KNOWN_CLASSES.join(', ')}.`);
      }
    } else {
      report(
        line,
        'unknown-block-attribute',
        `Attribute "${name}" is not supported in "{…}".`,
        'Only classes are: {.fragment .small}. A slide\'s id comes from its "=== id" line.',
      );
    }
  }
}

function checkInline(children: Token[], first: number, src: TextSource, report: Report): void {
  let line = first;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as Token;
    checkAttributes(c, line, report);
    switch (c.type) {
      case 'softbreak':
        line++;
        break;
      case 'hardbreak':
        if (!deckMeta(c).spacedBreak) line++;
        break;
      case 'html_inline':
        report(line, 'raw-html', `Raw HTML "${clip(c.content)}" is not allowed.`, RAW_HTML_HINT);
        break;
      case 'link_open':
        checkLink(children, i, line, src, report);
        break;
      case 'image':
        checkImage(c, line, src, report);
        break;
      case 'text':
        if (/\{\s*[.#][\w-]/.test(c.content)) {
          report(
            line,
            'stray-attributes',
            `"${clip(c.content.slice(c.content.indexOf('{')))}" is not at the end of a block, so it would show as text.`,
            'Put {.class} at the end of a paragraph, heading or list item, or on its own line right below the block.',
          );
        }
        break;
    }
  }
}

/** `::: name args` … `:::`: a known component with known arguments, closed, with nothing inside. */
function checkComponent(tokens: Token[], i: number, line: number, src: TextSource, report: Report): void {
  const open = tokens[i] as Token;
  const call = readComponentCall(open.info);
  deckMeta(open).component = call;
  // The info string starts right after the ":::" that opens the line (in a quote or list, not at column 1).
  const start = (src.lines[open.map?.[0] ?? -1] ?? '').indexOf(open.markup) + open.markup.length;
  for (const p of call.problems) report(line, p.code, p.message, p.hint, start + p.at + 1);
  const end = open.map?.[1] ?? 0;
  if (!CLOSING_MARK.test(src.lines[end] ?? '')) {
    report(
      line,
      'unclosed-component',
      `Component "${call.name}" is not closed.`,
      `End it with a line holding only ":::" right below "${open.markup} ${open.info.trim()}".`,
    );
  }
  let close = i + 1;
  while (close < tokens.length && !(tokens[close]?.type === COMPONENT_CLOSE && tokens[close]?.level === open.level)) close++;
  if (close > i + 1) {
    const inner = tokens[i + 1]?.map?.[0];
    report(
      inner === undefined ? line : src.firstLine + inner,
      'component-content',
      `Component "${call.name}" takes no content, but text follows its line.`,
      'Close the component with ":::" on the line right below it; put the text after that.',
    );
    tokens.splice(i + 1, close - i - 1);
  }
}

export function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
