import { compileDeck, type SlideFile } from '../deck/compile.ts';
import { median } from './measure-load.ts';

/**
 * Compile time on inputs far larger than a real deck, to hold the slide compiler to linear time
 * (the old hand-written parser took 14 s on one line of 100,000 spaces and overflowed the stack on
 * 8,000 bold spans). Each input is measured at its size and at half of it: linear time gives a
 * ratio near 2, quadratic near 4.
 */
// About 10× what an idle machine takes (0.8 s and 0.17 s): the budget catches a complexity bug, not noise.
export const COMPILE_BUDGETS_MS = { bigFile: 8000, longLine: 2000 } as const;
/** Time for the full size over time for half of it; above this the growth is not linear. */
export const MAX_GROWTH = 3;

export interface CompileScaleResult {
  name: keyof typeof COMPILE_BUDGETS_MS;
  bytes: number;
  ms: number;
  halfMs: number;
  ok: boolean;
}

const SLIDE_BODY = [
  '## 見出し **強調** と `code`',
  '',
  '段落は*強調*と[リンク](https://example.org/)を含み、日本語の行が',
  '続きます。 \\ Latin words follow here.',
  '',
  '- 項目 {.fragment}',
  '  - 入れ子',
  '3. 番号',
  '',
  '| a | b |',
  '|---|--:|',
  '| 1 | 2 |',
  '',
  '```bash',
  'echo "x"',
  '```',
].join('\n');

/** One file of about `bytes`, made of many ordinary slides. */
export function bigFile(bytes: number): string {
  const slides: string[] = ['---', 'title.ja: 大きなファイル', 'title.en: Big file', '---'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const s = `=== s${i}\ntime: 1\n--- ja\n${SLIDE_BODY}\n--- ja notes\nノート\n--- en\n${SLIDE_BODY}\n--- en notes\nNotes\n`;
    slides.push(s);
    size += Buffer.byteLength(s);
  }
  return slides.join('\n');
}

/** One slide whose paragraph is a single line of about `bytes`: the runs regex parsers choke on. */
export function longLine(bytes: number): string {
  const unit = '**a** `b` [c ' + ' '.repeat(20) + '*d \\ ';
  const line = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return `---\ntitle.ja: 長い行\ntitle.en: Long line\n---\n=== s\ntime: 1\n--- ja\n## 長い行\n\n${line}\n--- ja notes\nノート\n`;
}

function timeCompile(text: string, runs: number): number {
  const files: SlideFile[] = [{ path: 'slides/01-bench.md', text }];
  // One untimed run first: the half-size case must not pay for the JIT warming up.
  compileDeck(files, { langs: ['ja'], assets: { image: () => undefined } });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    compileDeck(files, { langs: ['ja'], assets: { image: () => undefined } });
    times.push(performance.now() - started);
  }
  return median(times);
}

export function measureCompileScale(runs = 3): CompileScaleResult[] {
  const cases = [
    { name: 'bigFile', make: bigFile, bytes: 1024 * 1024 },
    { name: 'longLine', make: longLine, bytes: 200 * 1024 },
  ] as const;
  return cases.map(({ name, make, bytes }) => {
    const halfMs = timeCompile(make(bytes / 2), runs);
    const ms = timeCompile(make(bytes), runs);
    return { name, bytes, ms, halfMs, ok: ms <= COMPILE_BUDGETS_MS[name] && ms / Math.max(halfMs, 1) <= MAX_GROWTH };
  });
}
