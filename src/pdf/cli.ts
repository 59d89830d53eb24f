import type { CliIo } from '../cli/run-cli.ts';
import { HELP, parsePdfArgs } from './args.ts';
import { EXIT, describeError, exitCodeOf, type ExitCode } from './errors.ts';
import type { ExportHooks } from './export.ts';

export type { CliIo };

const CONSOLE: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * `npm run pdf` without the process: parses argv, exports, prints progress and the summary, and
 * returns the exit status (tests call this directly; src/cli/pdf.ts runs it under runCli, which
 * owns signals and the final clean-up).
 */
export async function runPdfCli(
  argv: readonly string[],
  io: CliIo = CONSOLE,
  hooks: Omit<ExportHooks, 'progress'> = {},
): Promise<ExitCode> {
  try {
    const parsed = parsePdfArgs(argv);
    if (parsed.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    // Loaded only now: Playwright and pdf-lib take a while to import, and --help or a usage error
    // should answer at once.
    const { exportPdf, summarize } = await import('./export.ts');
    const result = await exportPdf(parsed.options, { startedAt: performance.timeOrigin, ...hooks, progress: io.out });
    if (result.problems.length) io.err(`${result.problems.length} layout warning(s): content would be cut off on the slides named above.`);
    io.out(summarize(result));
    return EXIT.ok;
  } catch (error) {
    const code = exitCodeOf(error);
    io.err(describeError(error));
    io.err(`npm run pdf failed (exit ${code}); nothing was written.`);
    return code;
  }
}
