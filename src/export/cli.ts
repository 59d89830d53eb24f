import { relative } from 'node:path';
import type { CliIo } from '../cli/run-cli.ts';
import { runPdfCli } from '../pdf/cli.ts';
import { EXIT, describeError, exitCodeOf, type ExitCode } from '../pdf/errors.ts';
import { HELP, parseExportArgs } from './args.ts';
import type { PictureExportHooks } from './run.ts';

const CONSOLE: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** `npm run export` without the process: returns the exit status (src/cli/export.ts sets it). */
export async function runExportCli(
  argv: readonly string[],
  io: CliIo = CONSOLE,
  hooks: Omit<PictureExportHooks, 'progress'> = {},
): Promise<ExitCode> {
  try {
    const parsed = parseExportArgs(argv);
    if (parsed.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    if (parsed.format === 'pdf') return await runPdfCli(parsed.rest, io, hooks);
    // Loaded only now, as in the PDF CLI: --help and usage errors answer at once.
    const { exportPictures } = await import('./run.ts');
    const r = await exportPictures(parsed.options, { startedAt: performance.timeOrigin, ...hooks, progress: io.out });
    const rel = relative(process.cwd(), r.out);
    const shown = rel && !rel.startsWith('..') ? rel : r.out;
    const what = parsed.format === 'png' ? `${r.slides} PNG(s)` : `${r.slides} slide(s)`;
    io.out(
      `Wrote ${shown}: ${what} (${r.pixels.width}×${r.pixels.height} px), ${Math.round(r.bytes / 1024)} KB, ${r.seconds.toFixed(1)} s`,
    );
    return EXIT.ok;
  } catch (error) {
    const code = exitCodeOf(error);
    io.err(describeError(error));
    io.err(`npm run export failed (exit ${code}); nothing was written.`);
    return code;
  }
}
