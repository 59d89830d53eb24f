import { BrowserError } from '../browser/find-browser.ts';

/**
 * Exit statuses of `npm run pdf`. Distinct per cause so scripts and CI can tell "install a
 * browser" from "fix a slide" from "the page hung"; documented in `--help` and the README.
 */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  noBrowser: 3,
  buildFailed: 4,
  notReady: 5,
  outputNotWritable: 6,
  cspViolation: 7,
  browserCrashed: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The failures the export expects, each with the exit status and a message meant for a person. */
export type PdfErrorCode = 'USAGE' | 'BUILD_FAILED' | 'NOT_READY' | 'OUTPUT_NOT_WRITABLE' | 'CSP_VIOLATION' | 'BROWSER_CRASHED';

const EXIT_OF: Record<PdfErrorCode, ExitCode> = {
  USAGE: EXIT.usage,
  BUILD_FAILED: EXIT.buildFailed,
  NOT_READY: EXIT.notReady,
  OUTPUT_NOT_WRITABLE: EXIT.outputNotWritable,
  CSP_VIOLATION: EXIT.cspViolation,
  BROWSER_CRASHED: EXIT.browserCrashed,
};

export class PdfError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }

  get exitCode(): ExitCode {
    return EXIT_OF[this.code];
  }
}

/**
 * The browser went away under the export (killed, out of memory, crashed). Playwright's own error
 * carries dozens of lines of browser logs; the first line is the one a person needs.
 */
export function browserCrashed(error: unknown): PdfError {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return new PdfError(
    'BROWSER_CRASHED',
    `The browser closed during the export (it crashed or was killed): ${first}\nRun again; if it keeps happening, try another browser with --browser PATH.`,
  );
}

/** Maps anything thrown during an export to its exit status; unknown errors are 1 (a bug here). */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof PdfError) return error.exitCode;
  if (error instanceof BrowserError) return EXIT.noBrowser;
  return EXIT.unexpected;
}

/** The message to print: expected errors as written, unexpected ones with their stack for a bug report. */
export function describeError(error: unknown): string {
  if (error instanceof PdfError || error instanceof BrowserError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.stack ?? error.message}`;
  return `Unexpected error: ${String(error)}`;
}
