import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { diag } from './diagnostics.ts';
import type { SlideFile } from './compile.ts';
import type { Diagnostic } from './types.ts';

/** A weight of the deck's Japanese face, with the OFL-licensed TrueType file it is cut from. */
export interface FontSource {
  family: string;
  weight: number;
  /**
   * `regular`: every character on the slides; `bold`: those rendered bold; `notes`: those only in
   * speaker notes (see text-weights.ts). Bold and notes faces declare a unicode-range.
   */
  role: 'regular' | 'bold' | 'notes' | 'code';
  /** Stem of the emitted file name. */
  slug: string;
  /** Module path of the full font, resolved from node_modules. */
  module: string;
}

export const FONT_FAMILY = 'Deck Noto Sans JP';
/** Code's face: JetBrains Mono (OFL), Latin only; Japanese in code falls back to FONT_FAMILY. */
export const MONO_FAMILY = 'Deck Mono';

export const FONT_SOURCES: readonly FontSource[] = [
  {
    family: FONT_FAMILY,
    slug: 'noto-sans-jp',
    weight: 400,
    role: 'regular',
    module: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  },
  {
    family: FONT_FAMILY,
    slug: 'noto-sans-jp',
    weight: 700,
    role: 'bold',
    module: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
  {
    family: FONT_FAMILY,
    slug: 'noto-sans-jp',
    weight: 400,
    role: 'notes',
    module: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  },
  {
    family: MONO_FAMILY,
    slug: 'jetbrains-mono',
    weight: 400,
    role: 'code',
    module: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
  },
];

export interface FontSubset {
  source: FontSource;
  /** `noto-sans-jp-regular-<hash>.woff2`: content-addressed so it can be cached forever. */
  fileName: string;
  woff2: Buffer;
  /** The characters it covers. */
  chars: string[];
}

/** Characters per role: what each weight's subset must cover. */
export type CharsByRole = Record<FontSource['role'], readonly string[]>;

const require = createRequire(import.meta.url);

/** Characters the subset always carries: printable ASCII, so URLs, numbers and code never fall back. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The set of characters to keep: the text plus ASCII (or `extra`), without controls. */
export function charactersOf(text: string, extra = ASCII): string[] {
  const set = new Set<string>();
  for (const ch of text + extra) {
    if (/\p{Cc}/u.test(ch)) continue;
    set.add(ch);
  }
  return [...set].sort();
}

function loadFont(source: FontSource): Buffer {
  return readFileSync(require.resolve(source.module));
}

async function toSfnt(font: Buffer): Promise<Buffer> {
  // Copied out at once: the WOFF2 decoder's result lives in its wasm heap until the next call.
  return Buffer.from(await convert(font, 'sfnt'));
}

function unicodesOf(font: Buffer): Set<number> {
  return new Set(new Face(new Blob(font)).collectUnicodes());
}

/**
 * Code points of a source font, read once per process: every compile (each save in the dev
 * server) checks coverage, and the regular and notes faces share one 5 MB file.
 */
const sourceCmaps = new Map<string, Set<number>>();
function sourceUnicodes(source: FontSource): Set<number> {
  let cmap = sourceCmaps.get(source.module);
  if (!cmap) sourceCmaps.set(source.module, (cmap = unicodesOf(loadFont(source))));
  return cmap;
}

/**
 * Finds characters the source fonts cannot draw, and points at the first place each appears in the
 * slide files, so the build can fail with `file:line` instead of shipping tofu.
 */
export function checkCoverage(chars: readonly string[], files: readonly SlideFile[], extraText: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const source of FONT_SOURCES.filter((s) => s.role !== 'code')) {
    const covered = sourceUnicodes(source);
    for (const ch of chars) {
      const cp = ch.codePointAt(0) ?? 0;
      if (covered.has(cp)) continue;
      const where = locate(ch, files) ?? { file: 'src/runtime/ui-strings.ts', line: 1 };
      const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      if (!out.some((d) => d.message.includes(code))) {
        out.push(
          diag(
            where,
            'missing-glyph',
            `Character "${ch}" (${code}) is not in ${FONT_FAMILY} ${source.weight}.`,
            `Replace it with a character the font has${extraText.includes(ch) ? ' (it comes from the UI strings)' : ''}; it would render as tofu.`,
          ),
        );
      }
    }
  }
  return out;
}

function locate(ch: string, files: readonly SlideFile[]): { file: string; line: number; column: number } | undefined {
  for (const f of files) {
    const lines = f.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const col = lines[i]?.indexOf(ch) ?? -1;
      if (col >= 0) return { file: f.path, line: i + 1, column: col + 1 };
    }
  }
  return undefined;
}

/**
 * Cuts each weight down to exactly `chars`, as WOFF2, and verifies the result covers every one of
 * them. Results are cached on disk by content hash: subsetting a 5 MB font takes a few hundred ms.
 */
export async function buildSubsets(charsByRole: CharsByRole, cacheDir: string): Promise<FontSubset[]> {
  mkdirSync(cacheDir, { recursive: true });
  const out: FontSubset[] = [];
  // One at a time: subset-font and fontverter share WOFF2 wasm heaps whose results are views.
  for (const source of FONT_SOURCES.filter((s) => charsByRole[s.role].length > 0)) {
    out.push(
      await (async (): Promise<FontSubset> => {
        // Code keeps only what the Latin monospace face has; the rest falls back to the Japanese face.
        const covered = source.role === 'code' ? unicodesOf(await toSfnt(loadFont(source))) : undefined;
        const chars = charsByRole[source.role].filter((c) => !covered || covered.has(c.codePointAt(0) ?? 0));
        const text = chars.join('');
        const key = createHash('sha256').update(`${source.module}\n${text}`).digest('hex').slice(0, 16);
        const cached = join(cacheDir, `${source.role}-${key}.woff2`);
        let woff2: Buffer;
        if (existsSync(cached)) woff2 = readFileSync(cached);
        else {
          const font = loadFont(source);
          // Layout closure would pull in every alternate form (vertical, ligatures): ~2× the bytes for
          // glyphs horizontal Japanese text never uses.
          const options = { noLayoutClosure: true } as const;
          const sfnt = await subsetFont(font, text, { ...options, targetFormat: 'sfnt' });
          const have = unicodesOf(sfnt);
          const lost = chars.filter((c) => !have.has(c.codePointAt(0) ?? 0));
          if (lost.length)
            throw new Error(`Font subset for weight ${source.weight} lost ${lost.length} characters: "${lost.slice(0, 20).join('')}"`);
          woff2 = await subsetFont(font, text, { ...options, targetFormat: 'woff2' });
          writeFileSync(cached, woff2);
        }
        const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 8);
        return { source, woff2, chars: [...chars], fileName: `${source.slug}-${source.role}-${hash}.woff2` };
      })(),
    );
  }
  return out;
}

/**
 * The @font-face rules for the subsets, each at the URL `url` gives it. The bold face declares exactly
 * the characters it has as its unicode-range: for any other, the browser uses the regular face
 * (with synthesised bold) rather than falling back to a system font that may lack Japanese. The
 * notes face's range makes the browser fetch it only when notes are drawn (the PDF handout).
 */
export function fontFaceCss(subsets: readonly FontSubset[], url: (s: FontSubset) => string): string {
  return subsets
    .map((s) => {
      const range = s.source.role === 'regular' ? '' : `;unicode-range:${unicodeRange(s.chars)}`;
      const src = `src:url("${url(s)}") format("woff2")`;
      return `@font-face{font-family:"${s.source.family}";font-style:normal;font-weight:${s.source.weight};font-display:swap;${src}${range}}`;
    })
    .join('\n');
}

/** `U+20-7E,U+3042,…`: code points merged into ranges. */
export function unicodeRange(chars: readonly string[]): string {
  const cps = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const hex = (n: number | undefined): string => (n ?? 0).toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === (cps[j] ?? 0) + 1) j++;
    parts.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}
