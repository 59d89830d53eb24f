import { diag } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

/**
 * Characters no slide means to hold: C0 and C1 controls other than the tab, DEL, and U+FFFD, which
 * is what a file that is not UTF-8 decodes to. The browser drops or garbles them and most editors
 * do not show them, so each one is reported where it sits instead of reaching the page.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

/** One diagnostic per line holding such a character, at the first one's column. */
export function checkCharacters(lines: readonly string[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  lines.forEach((text, i) => {
    const m = BAD.exec(text);
    if (!m) return;
    const ch = m[0];
    const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const code = `U+${hex}`;
    const replaced = ch === '\uFFFD';
    out.push(
      diag(
        { file, line: i + 1, column: m.index + 1 },
        'bad-character',
        replaced
          ? `Character "\uFFFD" (${code}): the file is probably not valid UTF-8 here.`
          : `Control character ${code} ("\\u${hex}", invisible) in the text.`,
        replaced
          ? 'Save the file as UTF-8 (or retype the text around this column).'
          : 'Delete it: it is invisible in most editors, and the browser drops or garbles it.',
      ),
    );
  });
  return out;
}
