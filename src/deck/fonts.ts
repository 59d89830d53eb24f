import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { diag } from './diagnostics.ts';
import { fontCache } from './font-cache.ts';
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

/**
 * Which part of a weight a subset holds. `first`: the characters of the first view (slide 1 in every
 * language, and the UI), preloaded; `reading`: those the reading view's first screen adds (a phone's
 * first view: see readingViewChars in load.ts); `rest`: every other character of that weight. The
 * last two declare a unicode-range, so the browser fetches each only when one of its characters is
 * drawn. Notes and code faces are one part.
 */
export type SubsetPart = 'first' | 'reading' | 'rest';

export interface FontSubset {
  source: FontSource;
  part: SubsetPart;
  /** The font file (WOFF2, or the TrueType source itself in the dev server: see fullFaces). */
  /** `noto-sans-jp-regular-<hash>.woff2` (`…-regular-rest-<hash>…`): content-addressed, cacheable forever. */
  fileName: string;
  woff2: Buffer;
  /** The characters it covers. */
  chars: string[];
}

/**
 * Characters per role: what each weight's subset must cover; `first` lists the characters of the
 * first view, of any weight, which split the regular face (see SubsetPart), and `firstBold` those the
 * first view draws in bold, which split the bold face; `reading` and `readingBold` likewise for the
 * reading view's first screen (`reading` includes its transcript: those notes characters move from
 * the notes face into the regular one).
 */
export type CharsByRole = Record<FontSource['role'] | 'first' | 'firstBold' | 'reading' | 'readingBold', readonly string[]>;

const require = createRequire(import.meta.url);

/** Characters the subset always carries: printable ASCII, so URLs, numbers and code never fall back. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The set of characters to keep: the text plus ASCII (or `extra`), without controls. */
export function charactersOf(text: string, extra = ASCII): string[] {
  // Deduplicated first: the deck's text is ~100 K characters of a few hundred distinct ones.
  return [...new Set(text + extra)].filter((ch) => !CONTROL.test(ch)).sort();
}

const CONTROL = /\p{Cc}/u;

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
  // CommonMark replaces a NUL with U+FFFD: that one is found where the NUL was written.
  // eslint-disable-next-line no-control-regex -- the NUL is what is looked for
  const find = (line: string): number => (ch === '\uFFFD' ? line.search(/[\u0000\uFFFD]/) : line.indexOf(ch));
  for (const f of files) {
    const lines = f.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const col = find(lines[i] ?? '');
      if (col >= 0) return { file: f.path, line: i + 1, column: col + 1 };
    }
  }
  return undefined;
}

/** One subset to cut: a source face and the characters of one of its parts. */
interface SubsetPlan {
  source: FontSource;
  part: SubsetPart;
  chars: string[];
}

/**
 * Regular and bold split into the first view's characters, the reading view's first screen's and
 * the rest (the parts that are non-empty; one `first` part if the first view draws none of the
 * weight); notes and code stay whole. Code keeps only what the Latin monospace face has: the rest of
 * code's text falls back to the Japanese face.
 */
async function plan(charsByRole: CharsByRole): Promise<SubsetPlan[]> {
  const firstOf = { regular: new Set(charsByRole.first), bold: new Set(charsByRole.firstBold) };
  const readingOf = { regular: new Set(charsByRole.reading), bold: new Set(charsByRole.readingBold) };
  // The transcript on the reading view's first screen is drawn from the regular face's reading part.
  const readNotes = charsByRole.notes.filter((c) => readingOf.regular.has(c));
  const out: SubsetPlan[] = [];
  for (const source of FONT_SOURCES) {
    const covered = source.role === 'code' ? unicodesOf(await toSfnt(loadFont(source))) : undefined;
    const all =
      source.role === 'regular'
        ? [...charsByRole.regular, ...readNotes].sort()
        : source.role === 'notes'
          ? charsByRole.notes.filter((c) => !readingOf.regular.has(c))
          : charsByRole[source.role];
    const chars = all.filter((c) => !covered || covered.has(c.codePointAt(0) ?? 0));
    if (!chars.length) continue;
    if (source.role !== 'regular' && source.role !== 'bold') {
      out.push({ source, part: 'first', chars });
      continue;
    }
    const first = firstOf[source.role];
    const reading = readingOf[source.role];
    const head = chars.filter((c) => first.has(c));
    if (!head.length) {
      out.push({ source, part: 'first', chars });
      continue;
    }
    // The reading part last: where its range overlaps the rest's, it is the one tried first (spanned).
    const parts: [SubsetPart, string[]][] = [
      ['first', head],
      ['rest', chars.filter((c) => !first.has(c) && !reading.has(c))],
      ['reading', chars.filter((c) => !first.has(c) && reading.has(c))],
    ];
    for (const [part, list] of parts) if (list.length) out.push({ source, part, chars: list });
  }
  return out;
}

/**
 * Cuts each weight down to exactly its characters, as WOFF2, and verifies the result covers every
 * one of them. Results are cached on disk by content (see font-cache.ts).
 */
export async function buildSubsets(charsByRole: CharsByRole, cacheDir: string): Promise<FontSubset[]> {
  const cache = fontCache(cacheDir);
  const out: FontSubset[] = [];
  // One at a time: subset-font and fontverter share WOFF2 wasm heaps whose results are views.
  for (const { source, part, chars } of await plan(charsByRole)) {
    const text = chars.join('');
    const key = `${source.role}-${createHash('sha256').update(`${source.module}\n${text}`).digest('hex').slice(0, 16)}`;
    let woff2 = cache.get(key);
    if (!woff2) {
      const font = loadFont(source);
      // Layout closure would pull in every alternate form (vertical, ligatures): ~2× the bytes for
      // glyphs horizontal Japanese text never uses.
      woff2 = Buffer.from(await subsetFont(font, text, { noLayoutClosure: true, targetFormat: 'woff2' }));
      const have = unicodesOf(await toSfnt(woff2));
      const lost = chars.filter((c) => !have.has(c.codePointAt(0) ?? 0));
      if (lost.length)
        throw new Error(`Font subset for weight ${source.weight} lost ${lost.length} characters: "${lost.slice(0, 20).join('')}"`);
      cache.set(key, woff2);
    }
    const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 8);
    const stem = part === 'first' ? `${source.slug}-${source.role}` : `${source.slug}-${source.role}-${part}`;
    out.push({ source, part, woff2, chars: [...chars], fileName: `${stem}-${hash}.woff2` });
  }
  return out;
}

/**
 * The source fonts themselves, for the dev server: an edit that brings a new character then
 * never waits for subsetting (or shows it in a fallback font until a reload). Regular, bold and
 * code; the notes' characters are all in the full regular face.
 */
export function fullFaces(): FontSubset[] {
  return FONT_SOURCES.filter((s) => s.role !== 'notes').map((source) => {
    const ext = source.module.slice(source.module.lastIndexOf('.'));
    return { source, part: 'first', woff2: loadFont(source), chars: [], fileName: `${source.slug}-${source.role}-full${ext}` };
  });
}

/**
 * The @font-face rules for the subsets, each at the URL `url` gives it. Only the regular face's
 * first part has no unicode-range: every other face declares exactly the characters it has, so
 * for a character in none of them the browser uses the regular face (synthesised bold) rather than
 * a system font that may lack Japanese; and a face whose characters are not on screen (the rest of
 * the deck, the notes, code) is not downloaded until they are.
 */
export function fontFaceCss(subsets: readonly FontSubset[], url: (s: FontSubset) => string): string {
  return subsets
    .map((s) => {
      const whole = (s.source.role === 'regular' && s.part === 'first') || !s.chars.length;
      const range = whole ? '' : `;unicode-range:${unicodeRange(s.chars, spanned(s, subsets))}`;
      const src = `src:url("${url(s)}") format("${s.fileName.endsWith('.ttf') ? 'truetype' : 'woff2'}")`;
      return `@font-face{font-family:"${s.source.family}";font-style:normal;font-weight:${s.source.weight};font-display:swap;${src}${range}}`;
    })
    .join('\n');
}

/**
 * Code points a face's range may span without listing them, for the regular weight's on-demand
 * parts: any but the first part's. Where ranges overlap, the face declared last is tried first:
 * the reading part (see plan), so a reading character never fetches the rest; a rest character
 * may fetch the small reading part before the rest, which the first view never does. A character
 * in no face at all then costs a download (and falls back as before), while the ranges shrink
 * from ~1.5 KB to ~0.5 KB gzip of index.html. Bold must stay exact: a character outside its
 * ranges is drawn by the regular face, synthesised.
 */
function spanned(s: FontSubset, all: readonly FontSubset[]): ((from: number, to: number) => boolean) | undefined {
  if (s.source.role !== 'regular' || s.part === 'first') return undefined;
  const first = all.find((o) => o.source === s.source && o.part === 'first');
  const taken = (first?.chars ?? []).map((c) => c.codePointAt(0) ?? 0);
  return (from, to) => !taken.some((cp) => cp > from && cp < to);
}

/**
 * `U+20-7E,U+3042,…`: code points merged into ranges. `bridge(a, b)` says whether the code points
 * strictly between two neighbours may be covered too; by default only adjacent ones merge.
 */
export function unicodeRange(chars: readonly string[], bridge?: (from: number, to: number) => boolean): string {
  const cps = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const hex = (n: number | undefined): string => (n ?? 0).toString(16).toUpperCase();
  const joins = (a: number, b: number): boolean => b === a + 1 || (bridge?.(a, b) ?? false);
  const parts: string[] = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && joins(cps[j] ?? 0, cps[j + 1] ?? 0)) j++;
    parts.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}
