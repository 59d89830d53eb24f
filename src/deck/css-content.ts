import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Postcss from 'postcss';

const require = createRequire(import.meta.url);

/**
 * Text the deck's stylesheets draw themselves: the string literals of `content:` declarations
 * (e.g. the `›` between a section's name and its part). Generated content is not in any slide's
 * HTML, so without this the font subset lacks it and the browser, and every PDF, draws it in a
 * system font. Parsed with PostCSS, not matched with a regex, so comments and escapes are right.
 */
export function cssContentText(stylesDir: string): string {
  const out: string[] = [];
  for (const file of readdirSync(stylesDir).filter((f) => f.endsWith('.css'))) {
    out.push(contentOf(readFileSync(join(stylesDir, file), 'utf8')));
  }
  return out.join('\n');
}

// Every save in the dev server loads the deck again; the stylesheets have rarely changed since.
const parsed = new Map<string, string>();

function contentOf(css: string): string {
  const known = parsed.get(css);
  if (known !== undefined) return known;
  const postcss = require('postcss') as typeof Postcss;
  const out: string[] = [];
  postcss.parse(css).walkDecls('content', (decl) => {
    for (const [, single, double] of decl.value.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      out.push(unescapeCss(single ?? double ?? ''));
    }
  });
  const text = out.join('\n');
  parsed.set(css, text);
  return text;
}

/** CSS string escapes: `\203A` (hex code point, optional trailing space) and `\'`. */
function unescapeCss(s: string): string {
  return s.replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/g, (_m, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? ''),
  );
}
