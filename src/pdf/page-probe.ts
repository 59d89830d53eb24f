import type { Page } from 'playwright-core';
import { PdfError } from './errors.ts';

/**
 * What the page reports back to the export, recorded from the first script that runs in it.
 * `pdf-ready` fires once, possibly before Playwright could attach a listener after navigation, so
 * the listener is installed by an init script, before any of the deck's own scripts run.
 */
export interface ProbeState {
  pdfReady: boolean;
  violations: CspViolation[];
}

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** The global the init script defines; an unusual name, so it cannot clash with the deck's. */
export const PROBE_GLOBAL = '__deckPdfProbe';

/**
 * The init script, as source text: a function handed to Playwright would be serialised after tsx
 * or esbuild have rewritten it (their `__name` helper does not exist in the page).
 */
export const PROBE_SCRIPT = `(() => {
  const state = { pdfReady: false, violations: [] };
  Object.defineProperty(window, ${JSON.stringify(PROBE_GLOBAL)}, { value: state });
  document.addEventListener('pdf-ready', () => { state.pdfReady = true; }, true);
  document.addEventListener('securitypolicyviolation', (e) => {
    state.violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
  }, true);
})();`;

/**
 * Reads the probe in the page. A function, never a string: Playwright runs a string predicate
 * through `eval` in the page, which the deck's CSP (no 'unsafe-eval') blocks and reports as a
 * violation of its own.
 */
export function readProbe(page: Page): Promise<ProbeState | undefined> {
  return page.evaluate((key) => (window as unknown as Record<string, ProbeState | undefined>)[key], PROBE_GLOBAL);
}

/** Resolves once reveal dispatched `pdf-ready` (at once if it already has). */
export async function waitForPdfReady(page: Page): Promise<void> {
  await page.waitForFunction((key) => (window as unknown as Record<string, ProbeState | undefined>)[key]?.pdfReady === true, PROBE_GLOBAL, {
    timeout: 0,
    polling: 50,
  });
}

export function formatViolations(violations: readonly CspViolation[]): string {
  const lines = violations.map((v) => {
    const where = v.source ? ` at ${v.source}${v.line ? `:${v.line}` : ''}` : '';
    const sample = v.sample ? ` (${v.sample.slice(0, 80)})` : '';
    return `  - ${v.directive} blocked ${v.blocked || 'inline code'}${where}${sample}`;
  });
  return [
    `The print view broke the Content-Security-Policy ${violations.length} time(s):`,
    ...lines,
    'The PDF may be missing what was blocked. Fix the CSP (src/deck/csp.ts) or what the page loads.',
  ].join('\n');
}

/** The violations so far; none when the page is gone (a crash is reported by whoever noticed it). */
export async function readViolations(page: Page): Promise<CspViolation[]> {
  try {
    return (await readProbe(page))?.violations ?? [];
  } catch {
    return [];
  }
}

/**
 * Fails the export on any CSP violation. `cause`: the error the page already failed with, kept
 * below the violations because a blocked style or font usually explains it (e.g. fonts not ready).
 */
export async function assertNoViolations(page: Page, cause?: string): Promise<void> {
  const violations = await readViolations(page);
  if (violations.length) throw new PdfError('CSP_VIOLATION', [formatViolations(violations), ...(cause ? [cause] : [])].join('\n'));
}
