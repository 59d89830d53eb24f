import { KNOWN_CLASSES } from './classes.ts';
import { diag } from './diagnostics.ts';
import type { Diagnostic, SlideSource } from './types.ts';

/** The lines between "=== id" and a slide's first "--- <lang>" block: one "key: value" each. */
export const SLIDE_ATTRIBUTES = ['time', 'class', 'background', 'fragments'] as const;

export const ATTR = /^([A-Za-z][\w.-]*)\s*:\s*(.*)$/;

/** Reads one "key: value" line into the slide; returns the key it read. */
export function parseAttribute(slide: SlideSource, raw: string, line: number, out: Diagnostic[]): string | undefined {
  const file = slide.pos.file;
  const m = ATTR.exec(raw);
  if (!m) {
    out.push(
      diag(
        { file, line },
        'bad-attribute',
        `Cannot read attribute line "${clip(raw.trim())}".`,
        'Write attributes as "key: value", then start the text with "--- ja".',
      ),
    );
    return;
  }
  const key = m[1] ?? '';
  const value = (m[2] ?? '').trim();
  switch (key) {
    case 'time': {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n <= 0 || n > 1800) {
        out.push(
          diag(
            { file, line, column: valueColumn(raw, value) },
            'bad-time',
            `Invalid time budget "${value}" for slide "${slide.id}".`,
            'Give whole seconds between 1 and 1800, e.g. "time: 90".',
          ),
        );
      } else slide.time = n;
      return key;
    }
    case 'class':
      slide.classes = value.split(/\s+/).filter(Boolean);
      for (const c of slide.classes) {
        if (!(KNOWN_CLASSES as readonly string[]).includes(c)) {
          out.push(
            diag(
              { file, line, column: valueColumn(raw, c) },
              'unknown-class',
              `Unknown class "${c}" on slide "${slide.id}".`,
              `Known: ${KNOWN_CLASSES.join(', ')}.`,
            ),
          );
        }
      }
      return key;
    case 'background':
      slide.background = value;
      return key;
    case 'fragments':
      if (value !== 'list') {
        out.push(
          diag(
            { file, line },
            'bad-fragments',
            `Invalid fragments value "${value}".`,
            'The only value is "list" (each top-level list item appears in turn); mark single blocks with {.fragment}.',
          ),
        );
      } else slide.fragments = 'list';
      return key;
    default:
      out.push(
        diag(
          { file, line },
          'unknown-attribute',
          `Unknown attribute "${key}" on slide "${slide.id}".`,
          `Known: ${SLIDE_ATTRIBUTES.join(', ')}.`,
        ),
      );
  }
}

/** The 1-based column of `part` in the value of a "key: value" line. */
function valueColumn(raw: string, part: string): number {
  return raw.indexOf(part, raw.indexOf(':') + 1) + 1;
}

export function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
