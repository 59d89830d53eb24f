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

/** In-page expression reading the probe; undefined before the init script ran (should not happen). */
export const READ_PROBE = `window[${JSON.stringify(PROBE_GLOBAL)}]`;

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
