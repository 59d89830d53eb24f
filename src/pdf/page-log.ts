import type { Page } from 'playwright-core';

/**
 * What went wrong inside the page: script errors, failed or refused requests, console errors.
 * Kept so that "not ready" can say why (a 404 font, a reveal exception) instead of just "timed out".
 */
export interface PageLog {
  errors: string[];
  failedRequests: string[];
  console: string[];
}

export function attachPageLog(page: Page): PageLog {
  const log: PageLog = { errors: [], failedRequests: [], console: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) log.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.console.push(m.text());
  });
  return log;
}

/** Indented lines for an error message; empty when the page had nothing to say. */
export function describePageLog(log: PageLog): string[] {
  const out: string[] = [];
  for (const e of log.errors) out.push(`  page error: ${e}`);
  for (const r of log.failedRequests) out.push(`  request failed: ${r}`);
  for (const c of log.console.slice(0, 10)) out.push(`  console error: ${c}`);
  return out;
}
