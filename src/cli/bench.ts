/**
 * `npm run bench [-- --runs 5] [--budgets-only] [--update-readme] [--slides N]`: builds the deck,
 * serves dist/ gzip-compressed on loopback and measures, as medians of fresh-context runs, the bytes
 * before slide 1 is ready (by kind), time to ready on loopback and under Fast 4G, dist/ size, build
 * time and PDF export; then, on generated decks of 32 and 512 slides (or N), warm build time and the
 * dev loop (save → on screen, idle and with both cores busy). Prints a table, writes
 * bench-results.json. `--budgets-only` measures bytes once and skips timings (what CI runs). Exit: 0
 * within budget, 1 a budget exceeded (or a bug), 2 bad usage, 3 no usable browser, 4 the deck did
 * not build; signals as in run-cli.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { BYTE_BUDGETS, DEV_LOOP_BUDGETS_MS } from '../bench/budgets.ts';
import { measureBuild } from '../bench/build-time.ts';
import { COMPILE_BUDGETS_MS, measureCompileScale } from '../bench/compile-scale.ts';
import { checkBudgets, formatBudget } from '../bench/check-budgets.ts';
import { distSize } from '../bench/dist-size.ts';
import { measurePdf, PDF_BUDGETS_MS } from '../bench/pdf-time.ts';
import { FANOUT_P95_BUDGET_MS, FANOUT_SIZES, runFanout } from '../bench/fanout-report.ts';
import { median, measureLoad, type KindBytes, type LoadMeasurement, type ResourceKind } from '../bench/measure-load.ts';
import { FAST_4G, LOOPBACK } from '../bench/network-profiles.ts';
import { markdownTable, type BenchResults } from '../bench/report.ts';
import { measureScale, SCALE_SIZES, type ScaleResult } from '../bench/scale.ts';
import type { Browser } from 'playwright-core';
import { BrowserError, findBrowser, type FoundBrowser } from '../browser/find-browser.ts';
import { launchFound } from '../browser/launch.ts';
import { formatBuildError } from '../pdf/build.ts';
import { serveStatic } from '../server/static-server.ts';
import { runCli, type CliIo } from './run-cli.ts';

function readArgs(argv: string[]): { runs: number; budgetsOnly: boolean; updateReadme: boolean; sizes: readonly number[] } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      runs: { type: 'string', default: '5' },
      'budgets-only': { type: 'boolean', default: false },
      'update-readme': { type: 'boolean', default: false },
      slides: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100)
    throw new TypeError(`--runs must be a whole number from 1 to 100, not "${values.runs}".`);
  const sizes = values.slides === undefined ? SCALE_SIZES : [Number(values.slides)];
  if (!sizes.every((n) => Number.isInteger(n) && n >= 1 && n <= 1584))
    throw new TypeError(`--slides must be a slide count from 1 to 1584, not "${values.slides}".`);
  return { runs, budgetsOnly: values['budgets-only'], updateReadme: values['update-readme'], sizes };
}

async function bench(io: CliIo): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    io.err(`${(error as Error).message}\nOptions: --runs N, --budgets-only, --update-readme, --slides N`);
    return 2;
  }
  const { runs, budgetsOnly, sizes } = args;
  // Found before the build, so a wrong CHROME_PATH fails in milliseconds, not after it.
  let found: FoundBrowser;
  try {
    found = findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserError)) throw error;
    io.err(error.message);
    return 3;
  }

  io.out('building…');
  try {
    await build({ logLevel: 'warn' });
  } catch (error) {
    io.err(formatBuildError(error, process.cwd()));
    return 4;
  }
  // Build time as a person sees it: `vite build` as its own process, warm, into a scratch folder.
  const buildMs = budgetsOnly ? Number.NaN : measureBuild(join('test-output', 'bench-build'), runs);

  const server = await serveStatic('dist', { compress: true });
  let browser: Browser | undefined;
  const loop: LoadMeasurement[] = [];
  const fast: LoadMeasurement[] = [];
  try {
    browser = await launchFound(found);
    for (let i = 0; i < (budgetsOnly ? 1 : runs); i++) {
      loop.push(await measureLoad(browser, server.url, LOOPBACK));
      io.out(`loopback run ${i + 1}: ${loop.at(-1)?.readyMs.toFixed(0)} ms`);
    }
    if (!budgetsOnly) {
      for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
        fast.push(await measureLoad(browser, server.url, FAST_4G));
        io.out(`Fast 4G run ${i + 1}: ${fast.at(-1)?.readyMs.toFixed(0)} ms`);
      }
    }
  } catch (error) {
    if (!(error instanceof BrowserError)) throw error;
    io.err(error.message);
    return 3;
  } finally {
    await browser?.close();
    await server.close();
  }

  const foreign = loop.flatMap((m) => m.urls).filter((u) => !u.startsWith(server.url));
  if (foreign.length) io.err(`requests left the origin: ${foreign.join(', ')}`);

  const kinds: (ResourceKind | 'total')[] = ['html', 'js', 'css', 'fonts', 'images', 'other', 'total'];
  const pick = (m: LoadMeasurement, k: ResourceKind | 'total'): KindBytes => (k === 'total' ? m.total : m.byKind[k]);
  const slide1 = Object.fromEntries(
    kinds.map((k) => [
      k,
      {
        transferred: median(loop.map((m) => pick(m, k).transferred)),
        raw: median(loop.map((m) => pick(m, k).raw)),
        requests: median(loop.map((m) => pick(m, k).requests)),
      },
    ]),
  ) as BenchResults['slide1'];
  const medianRun: LoadMeasurement = { byKind: slide1 as LoadMeasurement['byKind'], total: slide1.total, readyMs: 0, urls: [] };
  const budgets = checkBudgets(medianRun, BYTE_BUDGETS);

  let pdf: BenchResults['pdf'] = null;
  if (!budgetsOnly) pdf = measurePdf(1) ?? null;

  let scale: ScaleResult[] = [];
  if (!budgetsOnly) {
    io.out(`generated decks of ${sizes.join(', ')} slides: build and dev loop…`);
    const b = await launchFound(found);
    try {
      scale = await measureScale(b, sizes, runs);
    } finally {
      await b.close();
    }
  }
  io.out('compiling a generated 1 MB slide file and a 200 KB single line…');
  const compile = measureCompileScale(3);
  const slowDev = scale.filter((x) => {
    const budget = DEV_LOOP_BUDGETS_MS[x.slides];
    // A lost save or a reload fails whatever the times.
    return x.reloaded || x.shown < x.saves || (budget !== undefined && !(x.devMedianMs <= budget));
  });

  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    runs,
    slide1,
    readyMs: { loopback: median(loop.map((m) => m.readyMs)), fast4g: fast.length ? median(fast.map((m) => m.readyMs)) : Number.NaN },
    dist: distSize('dist'),
    buildMs,
    pdf,
    budgets,
    scale,
    compile,
  };

  io.out(`\n${markdownTable(results)}\n`);
  io.out('byte budgets (src/bench/budgets.ts):');
  for (const b of budgets) io.out(`  ${formatBudget(b)}`);
  for (const x of scale) {
    const budget = DEV_LOOP_BUDGETS_MS[x.slides];
    const ok = !slowDev.includes(x);
    io.out(
      `  ${ok ? 'ok  ' : 'OVER'} dev loop ${x.slides} slides  ${x.devMedianMs.toFixed(0)} ms / ${budget ?? '—'} ms, ${x.shown}/${x.saves} saves shown`,
    );
  }
  const slowPdf = scale.filter(
    (x) => x.pdf === undefined || (PDF_BUDGETS_MS[x.slides] !== undefined && !(x.pdf.ms <= (PDF_BUDGETS_MS[x.slides] ?? 0))),
  );
  for (const x of scale) {
    const ok = !slowPdf.includes(x);
    io.out(
      `  ${ok ? 'ok  ' : 'OVER'} PDF ${x.slides} slides  ${x.pdf ? `${x.pdf.ms.toFixed(0)} ms` : 'failed'} / ${PDF_BUDGETS_MS[x.slides] ?? '—'} ms`,
    );
  }
  for (const c of compile) {
    io.out(
      `  ${c.ok ? 'ok  ' : 'OVER'} compile ${c.name} (${(c.bytes / 1024).toFixed(0)} KB)  ${c.ms.toFixed(0)} ms / ${COMPILE_BUDGETS_MS[c.name]} ms, half size ${c.halfMs.toFixed(0)} ms`,
    );
  }
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  if (args.updateReadme && !budgetsOnly) updateReadme(markdownTable(results));

  // Live relay fan-out (npm run present): one screen, N followers over loopback.
  const fanout = budgetsOnly ? [] : await runFanout(io);
  const slowFanout = fanout.filter((f) => f.lost > 0 || (f.followers === Math.max(...FANOUT_SIZES) && f.p95 > FANOUT_P95_BUDGET_MS));
  if (slowFanout.length)
    io.err(`\nfan-out: p95 above ${FANOUT_P95_BUDGET_MS} ms at ${Math.max(...FANOUT_SIZES)} followers, or deliveries lost.`);
  const over = budgets.filter((b) => !b.ok);
  const slowCompile = compile.filter((c) => !c.ok);
  if (slowCompile.length) io.err(`\n${slowCompile.length} compile budget(s) missed, or compile time grows faster than linearly.`);
  if (slowPdf.length) io.err(`\n${slowPdf.length} PDF budget(s) missed (src/bench/pdf-time.ts).`);
  if (over.length || foreign.length || slowDev.length || slowCompile.length || slowFanout.length || slowPdf.length) {
    io.err(
      `\n${over.length} byte budget(s) exceeded${slowDev.length ? `, ${slowDev.length} dev-loop budget(s) missed` : ''}${foreign.length ? ', and requests left the origin' : ''}.`,
    );
    return 1;
  }
  return 0;
}

await runCli('npm run bench', bench);

function updateReadme(table: string): void {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) {
    console.error(`README.md has no ${start} … ${end} block; not updated.`);
    return;
  }
  writeFileSync('README.md', `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`);
  console.log('README.md benchmark table updated.');
}
