import { diag } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

/**
 * The Markdown subset slides are written in, parsed at build time into blocks that keep their line.
 * Raw HTML is not part of it: text is always escaped, so a slide cannot break the page or its CSP.
 */
export type MdBlock =
  | { type: 'heading'; line: number; level: number; text: string; attrs: BlockAttrs }
  | { type: 'paragraph'; line: number; text: string; attrs: BlockAttrs }
  | { type: 'list'; line: number; ordered: boolean; items: MdListItem[]; attrs: BlockAttrs }
  | { type: 'quote'; line: number; text: string; attrs: BlockAttrs }
  | { type: 'code'; line: number; lang: string; title: string; code: string; attrs: BlockAttrs }
  | { type: 'image'; line: number; alt: string; src: string; attrs: BlockAttrs }
  | { type: 'component'; line: number; name: string; args: Record<string, string>; attrs: BlockAttrs };

export interface MdListItem {
  line: number;
  text: string;
  attrs: BlockAttrs;
  children: MdListItem[];
  /** Set when the nested list is numbered ("  1. …"); its first item decides. */
  childrenOrdered?: boolean;
}

/** `{.fragment .small}` after a block: classes for that block. */
export interface BlockAttrs {
  classes: string[];
}

const STANDALONE_ATTRS = /^\{(?:\s*\.[\w-]+)+\s*\}$/;
const ATTRS = /\s*\{((?:\s*\.[\w-]+)+)\s*\}\s*$/;
const HEADING = /^(#{1,3})\s+(.+)$/;
const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;
const FENCE_OPEN = /^(```+|~~~+)\s*([\w+-]*)\s*(.*)$/;
const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;
const COMPONENT = /^:::\s*([\w-]+)(.*)$/;

/**
 * Whether `line` closes a fence opened with `mark`: only the same character, at least as many of
 * it, and nothing else on the line (so "```" inside a "````" fence is code).
 */
export function closesFence(line: string, mark: string): boolean {
  const t = line.trim();
  return t.length >= mark.length && t === (mark[0] ?? '`').repeat(t.length);
}

export function splitAttrs(text: string): { text: string; attrs: BlockAttrs } {
  const m = ATTRS.exec(text);
  if (!m) return { text, attrs: { classes: [] } };
  const classes = (m[1] ?? '')
    .trim()
    .split(/\s+/)
    .map((c) => c.slice(1));
  return { text: text.slice(0, m.index), attrs: { classes } };
}

export function parseArgs(raw: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const m of raw.matchAll(/([\w-]+)(?:=("[^"]*"|\S+))?/g)) {
    args[m[1] ?? ''] = (m[2] ?? 'true').replace(/^"|"$/g, '');
  }
  return args;
}

/** Parses a body or notes text whose first line is line `firstLine` of `file`. */
export function parseMarkdown(source: string, file: string, firstLine: number): { blocks: MdBlock[]; diagnostics: Diagnostic[] } {
  const lines = source.split('\n');
  const blocks: MdBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  const at = (n: number): number => firstLine + n;

  // A line holding only `{.class …}` gives its classes to the block below it: the way to class a
  // list or a component, whose own lines have no end to put them at.
  let pending: BlockAttrs | undefined;
  const take = (attrs: BlockAttrs = { classes: [] }): BlockAttrs => {
    const merged = { classes: [...(pending?.classes ?? []), ...attrs.classes] };
    pending = undefined;
    return merged;
  };

  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    if (STANDALONE_ATTRS.test(trimmed)) {
      pending = splitAttrs(trimmed).attrs;
      i++;
      continue;
    }
    const fence = FENCE_OPEN.exec(trimmed);
    if (fence) {
      const mark = fence[1] ?? '```';
      const start = i;
      const body: string[] = [];
      i++;
      while (i < lines.length && !closesFence(lines[i] ?? '', mark)) body.push(lines[i++] ?? '');
      if (i >= lines.length) {
        diagnostics.push(
          diag(
            { file, line: at(start) },
            'unclosed-fence',
            `Unclosed code fence "${mark}" opened at line ${at(start)}.`,
            `Close it with a line holding only "${mark}".`,
          ),
        );
      }
      i++;
      const { text: title, attrs } = splitAttrs(fence[3] ?? '');
      blocks.push({ type: 'code', line: at(start), lang: fence[2] ?? '', title: title.trim(), code: body.join('\n'), attrs: take(attrs) });
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      const { text, attrs } = splitAttrs(heading[2] ?? '');
      blocks.push({ type: 'heading', line: at(i), level: (heading[1] ?? '#').length, text: text.trim(), attrs: take(attrs) });
      i++;
      continue;
    }
    const image = IMAGE.exec(splitAttrs(trimmed).text.trim());
    if (image) {
      blocks.push({ type: 'image', line: at(i), alt: image[1] ?? '', src: image[2] ?? '', attrs: take(splitAttrs(trimmed).attrs) });
      i++;
      continue;
    }
    const component = COMPONENT.exec(trimmed);
    if (component) {
      blocks.push({ type: 'component', line: at(i), name: component[1] ?? '', args: parseArgs(component[2] ?? ''), attrs: take() });
      i++;
      continue;
    }
    if (LIST_ITEM.test(raw)) {
      const start = i;
      const ordered = /^\s*\d+\./.test(raw);
      const items: MdListItem[] = [];
      while (i < lines.length && (lines[i] ?? '').trim()) {
        const t = (lines[i] ?? '').trim();
        const m = LIST_ITEM.exec(lines[i] ?? '');
        // A fence, heading or component right after a list ends it instead of joining its last item.
        if (!m && (FENCE_OPEN.test(t) || HEADING.test(t) || COMPONENT.test(t))) break;
        if (m) {
          const { text, attrs } = splitAttrs(m[3] ?? '');
          const item: MdListItem = { line: at(i), text, attrs, children: [] };
          const parent = items.at(-1);
          if ((m[1] ?? '').length >= 2 && parent) {
            if (!parent.children.length && /\d/.test(m[2] ?? '')) parent.childrenOrdered = true;
            parent.children.push(item);
          } else items.push(item);
        } else {
          // A continuation line belongs to the last item written (child or parent).
          const last = items.at(-1);
          const target = last?.children.at(-1) ?? last;
          if (target) target.text += `\n${(lines[i] ?? '').trim()}`;
        }
        i++;
      }
      blocks.push({ type: 'list', line: at(start), ordered, items, attrs: take() });
      continue;
    }
    const start = i;
    const para: string[] = [];
    const quote = trimmed.startsWith('>');
    while (i < lines.length) {
      const l = lines[i] ?? '';
      const t = l.trim();
      if (!t || (i > start && (HEADING.test(t) || FENCE_OPEN.test(t) || LIST_ITEM.test(l) || COMPONENT.test(t)))) break;
      para.push(quote ? t.replace(/^>\s?/, '') : t);
      i++;
    }
    const { text, attrs } = splitAttrs(para.join('\n'));
    blocks.push({ type: quote ? 'quote' : 'paragraph', line: at(start), text, attrs: take(attrs) });
  }
  return { blocks, diagnostics };
}
