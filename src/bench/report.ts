import type { CompileScaleResult } from './compile-scale.ts';
import type { BudgetResult } from './check-budgets.ts';
import type { KindBytes, ResourceKind } from './measure-load.ts';
import type { ScaleResult } from './scale.ts';

/** What one `npm run bench` run found; written to bench-results.json and summarised in README. */
export interface BenchResults {
  date: string;
  runs: number;
  slide1: Record<ResourceKind | 'total', KindBytes>;
  readyMs: { loopback: number; fast4g: number };
  dist: { files: number; bytes: number; gzipBytes: number };
  buildMs: number;
  pdf: { ms: number; bytes: number; pages: number } | null;
  budgets: BudgetResult[];
  /** Generated decks of other sizes: build time and the dev loop (empty with --budgets-only). */
  scale: ScaleResult[];
  /** Compile time of a generated 1 MB slide file and a 200 KB single line (src/bench/compile-scale.ts). */
  compile?: CompileScaleResult[];
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The results as a Markdown table: printed by the CLI and pasted into README. */
export function markdownTable(r: BenchResults): string {
  const rows: [string, string, string][] = [];
  for (const kind of ['html', 'js', 'css', 'fonts', 'images', 'other', 'total'] as const) {
    const k = r.slide1[kind];
    if (kind !== 'total' && k.requests === 0) continue;
    rows.push([`slide 1: ${kind}`, `${kb(k.transferred)} (${k.requests} req)`, kb(k.raw)]);
  }
  rows.push(['time to ready, loopback', s(r.readyMs.loopback), '']);
  rows.push(['time to ready, Fast 4G', s(r.readyMs.fast4g), '']);
  rows.push(['dist/ total', kb(r.dist.gzipBytes), `${kb(r.dist.bytes)} (${r.dist.files} files)`]);
  rows.push(['build (`vite build` process, warm)', s(r.buildMs), '']);
  if (r.pdf) rows.push(['PDF export', `${s(r.pdf.ms)}, ${r.pdf.pages} pages`, kb(r.pdf.bytes)]);
  for (const x of r.scale) {
    rows.push([`build, ${x.slides} generated slides`, s(x.buildMs), '']);
    if (x.pdf) rows.push([`PDF export, ${x.slides} generated slides`, `${s(x.pdf.ms)}, ${x.pdf.pages} pages`, kb(x.pdf.bytes)]);
    rows.push([
      `dev: save → on screen, ${x.slides} slides`,
      `${x.devMedianMs.toFixed(0)} ms (p95 ${x.devP95Ms.toFixed(0)} ms)`,
      `both cores busy: ${x.busyMedianMs.toFixed(0)} ms; ${x.shown}/${x.saves} saves shown${x.reloaded ? ', page reloaded' : ''}`,
    ]);
  }
  const lines = [
    '| measure | transferred (gzip) / value | raw |',
    '| --- | ---: | ---: |',
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  ];
  return `${lines.join('\n')}\n\nMedians of ${r.runs} runs on ${r.date}, headless Chromium, fresh context per run.`;
}
