import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../deck/types.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../pdf/args.ts';
import { EXIT, PdfError } from '../pdf/errors.ts';

export const FORMATS = ['png', 'pptx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  format: 'png' | 'pptx';
  /** Absolute path: the PNG folder, or the .pptx file. */
  out: string;
  scale: number;
  lang: Lang;
  light: boolean;
  browser?: string;
  timeoutMs: number;
}

export const DEFAULT_OUT = { png: 'slides-png', pptx: 'deck.pptx' } as const;
export const DEFAULT_SCALE = { png: 1, pptx: 1.5 } as const;
export const SCALE_RANGE = { min: 0.25, max: 4 } as const;

export const HELP = `Usage: npm run export -- --format png|pptx|pdf [options]

Pictures of the deck, made from the same print view as the PDF (every fragment shown):
  --format png    one PNG per slide into a folder (01-title.png, 02-agenda.png, …)
  --format pptx   a PowerPoint file: each slide a 16:9 picture, its heading as the slide
                  title, its speaker notes in the notes pane, the deck's sections
  --format pdf    the PDF exporter (npm run pdf); all other options go to it

Options (png, pptx):
  -o, --out PATH        the folder (png, default: ${DEFAULT_OUT.png}) or file (pptx, default: ${DEFAULT_OUT.pptx})
      --scale N         pixels per CSS px, ${SCALE_RANGE.min}–${SCALE_RANGE.max} (default: png ${DEFAULT_SCALE.png} = 1280×720, pptx ${DEFAULT_SCALE.pptx} = 1920×1080)
      --lang ja|en      language of the slides and notes (default: ${LANGS[0]})
      --light           slides in the light scheme
      --browser PATH    Chrome/Chromium/Edge to use
      --timeout SECONDS how long the page may take to become ready (default: ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help            show this help

Exit status: the same as npm run pdf:
  ${EXIT.ok} written, ${EXIT.unexpected} unexpected error, ${EXIT.usage} bad usage, ${EXIT.noBrowser} no usable browser, ${EXIT.buildFailed} the deck did not build,
  ${EXIT.notReady} the page did not become ready, ${EXIT.outputNotWritable} the output cannot be written, ${EXIT.cspViolation} CSP violation
`;

export type ParsedExportArgs =
  { help: true } | { help: false; format: 'pdf'; rest: string[] } | { help: false; format: 'png' | 'pptx'; options: ExportOptions };

function usage(message: string): PdfError {
  return new PdfError('USAGE', `${message}\nRun "npm run export -- --help" for the options.`);
}

/** Parses argv; `--format pdf` hands everything else to the PDF exporter's own parser. */
export function parseExportArgs(argv: readonly string[], cwd = process.cwd()): ParsedExportArgs {
  const at = argv.findIndex((a) => a === '--format' || a.startsWith('--format='));
  const format = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  if (format === 'pdf')
    return { help: false, format: 'pdf', rest: argv.filter((_a, i) => i !== at && !(i === at + 1 && !argv[at]?.includes('='))) };
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        scale: { type: 'string' },
        lang: { type: 'string', default: LANGS[0] },
        light: { type: 'boolean', default: false },
        browser: { type: 'string' },
        timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  if (values.format !== 'png' && values.format !== 'pptx') {
    throw usage(
      values.format === undefined
        ? '--format is required: png, pptx or pdf.'
        : `--format must be png, pptx or pdf, not "${values.format}".`,
    );
  }
  const f = values.format;
  if (!(LANGS as readonly string[]).includes(values.lang)) throw usage(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}".`);
  const scale = values.scale === undefined ? DEFAULT_SCALE[f] : Number(values.scale);
  if (!Number.isFinite(scale) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max) {
    throw usage(`--scale must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}, not "${values.scale}".`);
  }
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usage(`--timeout must be a number of seconds above 0, not "${values.timeout}".`);
  const out = values.out ?? DEFAULT_OUT[f];
  if (!out.trim()) throw usage('--out needs a path.');
  if (values.browser !== undefined && !values.browser.trim()) throw usage('--browser needs a path.');
  return {
    help: false,
    format: f,
    options: {
      format: f,
      out: resolve(cwd, out),
      scale,
      lang: values.lang as Lang,
      light: values.light,
      ...(values.browser ? { browser: values.browser } : {}),
      timeoutMs: Math.round(seconds * 1000),
    },
  };
}
