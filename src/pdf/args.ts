import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../deck/types.ts';
import { EXIT, PdfError } from './errors.ts';
import { DEFAULT_PAPER, PAPER_NAMES, isPaper, type Paper } from './paper.ts';

/** What one export does; the CLI fills it from argv, tests build it directly. */
export interface PdfOptions {
  /** Absolute path of the PDF to write. */
  out: string;
  /** One page per fragment step instead of one per slide. */
  fragments: boolean;
  /** A handout: the slides with their speaker notes beside them, flowing over sheets of `paper`. */
  notes: boolean;
  /** The handout's paper (only with `notes`). */
  paper?: Paper;
  /** Slides in the light scheme, to save toner (`?theme=light`); always on for the handout. */
  light?: boolean;
  /** Chromium to use; otherwise discovery (CHROME_PATH, Playwright's cache, system paths). */
  browser?: string;
  lang: Lang;
  /** How long the page may take to become ready (load, pdf-ready, fonts, images), in ms. */
  timeoutMs: number;
}

export const DEFAULT_OUT = 'deck.pdf';
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Node's timers hold at most 2³¹−1 ms; a longer one fires at once (TimeoutOverflowWarning). */
export const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

export const HELP = `Usage: npm run pdf -- [options]

Exports the deck to a PDF: builds dist/ if it is missing or older than the sources, opens the
print view in headless Chromium, waits for the layout, every web font and every image, then
writes one page per slide at the deck's 16:9 size.

Options:
  -o, --out FILE        where to write the PDF (default: ${DEFAULT_OUT})
      --fragments       one page per fragment step instead of one per slide
      --notes           handout on paper: each slide with its speaker notes beside it,
                        several slides a page, page numbers, in the light scheme
      --paper a4|letter the handout's paper, portrait (default: ${DEFAULT_PAPER}); only with --notes
      --light           slides in the light scheme (Shift+T in the deck), to save toner
      --browser PATH    Chrome/Chromium/Edge to use (else CHROME_PATH, Playwright's
                        Chromium, then the usual install paths)
      --lang ja|en      language of the slides and of the PDF metadata (default: ${LANGS[0]})
      --timeout SECONDS how long the page may take to become ready (default: ${DEFAULT_TIMEOUT_SECONDS},
                        at most ${MAX_TIMEOUT_SECONDS})
  -h, --help            show this help

Exit status:
  ${EXIT.ok}  PDF written
  ${EXIT.unexpected}  unexpected error (a bug: please report it with the message)
  ${EXIT.usage}  bad usage (unknown option, bad value)
  ${EXIT.noBrowser}  no usable browser found (the message says how to get one)
  ${EXIT.buildFailed}  the deck did not build (the message names the file and line)
  ${EXIT.notReady}  the page did not become ready within --timeout (the message says which step)
  ${EXIT.outputNotWritable}  the output file cannot be written
  ${EXIT.cspViolation}  the print view broke the Content-Security-Policy
  ${EXIT.browserCrashed}  the browser crashed or was killed during the export
  130  stopped by Ctrl-C (SIGINT); 143: by SIGTERM; 129: by SIGHUP
`;

export type ParsedArgs = { help: true } | { help: false; options: PdfOptions };

function usage(message: string): PdfError {
  return new PdfError('USAGE', `${message}\nRun "npm run pdf -- --help" for the options.`);
}

/** Parses argv (without node and the script); relative `--out` is resolved against `cwd`. */
export function parsePdfArgs(argv: readonly string[], cwd = process.cwd()): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string', short: 'o', default: DEFAULT_OUT },
        fragments: { type: 'boolean', default: false },
        notes: { type: 'boolean', default: false },
        paper: { type: 'string' },
        light: { type: 'boolean', default: false },
        browser: { type: 'string' },
        lang: { type: 'string', default: LANGS[0] },
        timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const lang = values.lang;
  if (!(LANGS as readonly string[]).includes(lang)) throw usage(`--lang must be one of ${LANGS.join(', ')}, not "${lang}".`);
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw usage(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (24 days), not "${values.timeout}".`);
  }
  if (!values.out.trim()) throw usage('--out needs a file name.');
  const paper = values.paper?.toLowerCase() ?? DEFAULT_PAPER;
  if (!isPaper(paper)) {
    throw usage(`--paper must be ${PAPER_NAMES.join(' or ')}, not "${values.paper}" (the handout is printed portrait on A4 or US Letter).`);
  }
  if (values.paper !== undefined && !values.notes) {
    throw usage(`--paper "${values.paper}" sets the handout's paper: add --notes (slides alone print one 16:9 page each).`);
  }
  if (values.notes && values.fragments) {
    throw usage('--notes and --fragments do not go together: the handout shows each slide once, every fragment shown.');
  }
  if (values.browser !== undefined && !values.browser.trim()) throw usage('--browser needs a path.');
  return {
    help: false,
    options: {
      out: resolve(cwd, values.out),
      fragments: values.fragments,
      notes: values.notes,
      ...(values.notes ? { paper } : {}),
      // Paper: the handout is always light (dark slides on white paper waste toner and read badly).
      light: values.light || values.notes,
      ...(values.browser ? { browser: values.browser } : {}),
      lang: lang as Lang,
      timeoutMs: Math.round(seconds * 1000),
    },
  };
}
