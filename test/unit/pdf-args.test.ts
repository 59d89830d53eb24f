import { describe, expect, test } from 'vitest';
import { BrowserError } from '../../src/browser/find-browser.ts';
import { DEFAULT_TIMEOUT_SECONDS, HELP, parsePdfArgs, type PdfOptions } from '../../src/pdf/args.ts';
import { EXIT, PdfError, describeError, exitCodeOf } from '../../src/pdf/errors.ts';
import { formatViolations } from '../../src/pdf/page-probe.ts';
import { printViewUrl } from '../../src/pdf/print-url.ts';

function options(argv: string[]): PdfOptions {
  const parsed = parsePdfArgs(argv, '/work/deck');
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.options;
}

function usageError(argv: string[]): PdfError {
  try {
    parsePdfArgs(argv, '/work/deck');
  } catch (error) {
    if (error instanceof PdfError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parsePdfArgs', () => {
  test('defaults: deck.pdf in the cwd, one page per slide, no notes, Japanese, 60 s', () => {
    expect(options([])).toEqual({
      out: '/work/deck/deck.pdf',
      fragments: false,
      notes: false,
      light: false,
      lang: 'ja',
      timeoutMs: 60_000,
    });
    expect(DEFAULT_TIMEOUT_SECONDS).toBe(60);
  });

  test('the longest --timeout a timer can hold is accepted', () => {
    expect(options(['--timeout', '2147483']).timeoutMs).toBe(2_147_483_000);
  });

  test('every option', () => {
    const argv = [
      '--out',
      'out/handout.pdf',
      '--notes',
      '--paper',
      'Letter',
      '--light',
      '--browser',
      '/opt/chrome',
      '--lang',
      'en',
      '--timeout',
      '2.5',
    ];
    expect(options(argv)).toEqual({
      out: '/work/deck/out/handout.pdf',
      fragments: false,
      notes: true,
      paper: 'letter',
      light: true,
      browser: '/opt/chrome',
      lang: 'en',
      timeoutMs: 2500,
    });
    expect(options(['-o', '/abs/x.pdf']).out).toBe('/abs/x.pdf');
  });

  test('the handout: A4 by default, always in the light scheme; --fragments alone stays dark', () => {
    expect(options(['--notes'])).toMatchObject({ notes: true, paper: 'a4', light: true });
    expect(options(['--notes', '--paper', 'a4']).paper).toBe('a4');
    expect(options(['--fragments'])).toMatchObject({ fragments: true, notes: false, light: false });
    expect(options(['--fragments'])).not.toHaveProperty('paper');
  });

  test('--help and -h ask for the help text', () => {
    expect(parsePdfArgs(['--help'])).toEqual({ help: true });
    expect(parsePdfArgs(['-h'])).toEqual({ help: true });
  });

  test.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['stray'], 'stray'],
    [['--lang', 'fr'], '--lang must be one of ja, en'],
    [['--timeout', '0'], '--timeout must be a number of seconds above 0'],
    [['--timeout', 'soon'], '--timeout must be a number'],
    [['--out'], "Option '-o, --out <value>' argument missing"],
    [['--out', ' '], '--out needs a file name'],
    // Above 2³¹−1 ms Node's timer fires at once: these used to fail with exit 5 immediately.
    [['--timeout', '9999999999'], 'at most 2147483 (24 days), not "9999999999"'],
    [['--timeout', '2147484'], 'at most 2147483'],
    [['--timeout=-5'], 'not "-5"'],
    [['--notes', '--paper', 'a3'], '--paper must be a4 or letter, not "a3"'],
    [['--notes', '--paper', ''], 'not ""'],
    [['--paper', 'letter'], '--paper "letter" sets the handout\'s paper: add --notes'],
    [['--notes', '--fragments'], '--notes and --fragments do not go together'],
    [['--timeout', 'NaN'], 'not "NaN"'],
    [['--timeout', 'Infinity'], 'not "Infinity"'],
  ])('%j is bad usage (exit 2)', (argv, message) => {
    const error = usageError(argv);
    expect(error.code).toBe('USAGE');
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toContain(message);
    expect(error.message).toContain('npm run pdf -- --help');
  });

  test('the help documents every option and every exit status', () => {
    for (const option of ['--out', '--fragments', '--notes', '--paper', '--light', '--browser', '--lang', '--timeout', '--help'])
      expect(HELP).toContain(option);
    for (const code of Object.values(EXIT)) expect(HELP).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });
});

describe('exit statuses', () => {
  test('are distinct', () => {
    expect(new Set(Object.values(EXIT)).size).toBe(Object.values(EXIT).length);
  });

  test('each failure maps to its own status; anything else is 1 with its stack', () => {
    expect(exitCodeOf(new BrowserError('BROWSER_NOT_FOUND', 'x'))).toBe(3);
    expect(exitCodeOf(new PdfError('BUILD_FAILED', 'x'))).toBe(4);
    expect(exitCodeOf(new PdfError('NOT_READY', 'x'))).toBe(5);
    expect(exitCodeOf(new PdfError('OUTPUT_NOT_WRITABLE', 'x'))).toBe(6);
    expect(exitCodeOf(new PdfError('CSP_VIOLATION', 'x'))).toBe(7);
    expect(exitCodeOf(new PdfError('BROWSER_CRASHED', 'x'))).toBe(8);
    expect(exitCodeOf(new TypeError('boom'))).toBe(1);
    expect(describeError(new TypeError('boom'))).toMatch(/^Unexpected error: TypeError: boom/);
    expect(describeError(new PdfError('NOT_READY', 'waiting for fonts'))).toBe('waiting for fonts');
  });

  test('CSP violations are listed one per line', () => {
    const text = formatViolations([
      { directive: 'style-src-elem', blocked: 'inline', source: 'http://x/a.js', line: 3, sample: '@page{}' },
    ]);
    expect(text).toContain('1 time(s)');
    expect(text).toContain('style-src-elem blocked inline at http://x/a.js:3 (@page{})');
  });
});

describe('printViewUrl', () => {
  test('asks reveal for the print view, no margin, and the options through its query config', () => {
    const url = new URL(printViewUrl('http://127.0.0.1:5000/', { fragments: true, notes: false, lang: 'en' }));
    expect(url.search).toBe('?print-pdf&margin=0&pdfSeparateFragments=true&showNotes=false&lang=en');
    expect(url.pathname).toBe('/');
  });
});
