/**
 * `npm run audit`: `npm audit` of what ships (runtime dependencies: what ends up in dist/), for
 * CI. Exit 0 when nothing at moderate or above is known, 1 when an advisory is; the registry this
 * project's CI uses refuses the audit endpoint (HTTP 405) whenever there is something to audit, and
 * that is reported in one plain line and does not fail the run.
 */
import { spawnSync } from 'node:child_process';

export type AuditVerdict = { ok: true; line: string } | { ok: false; line: string };

const SEVERE = ['moderate', 'high', 'critical'] as const;

/** Reads `npm audit --json` output (and its exit status) into a verdict. Pure: tested with recorded outputs. */
export function auditVerdict(json: string, status: number | null): AuditVerdict {
  let report: {
    statusCode?: number;
    message?: string;
    metadata?: { vulnerabilities?: Partial<Record<string, number>> };
    error?: { code?: string; summary?: string };
  };
  try {
    report = JSON.parse(json) as typeof report;
  } catch {
    return { ok: false, line: `audit: npm audit gave no readable report (exit ${status}): "${json.trim().slice(0, 200)}"` };
  }
  if (report.statusCode === 405 || /\b405\b/.test(report.message ?? '') || /\b405\b/.test(report.error?.summary ?? '')) {
    return { ok: true, line: 'audit: not available from this registry' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { ok: false, line: `audit: unexpected npm audit output (exit ${status}): "${json.trim().slice(0, 200)}"` };
  const severe = SEVERE.map((s) => [s, counts[s] ?? 0] as const).filter(([, n]) => n > 0);
  if (severe.length)
    return {
      ok: false,
      line: `audit: ${severe.map(([s, n]) => `${n} ${s}`).join(', ')} in runtime dependencies (run npm audit --omit=dev)`,
    };
  return { ok: true, line: `audit: no known vulnerability at moderate or above in runtime dependencies` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=moderate', '--json'], { encoding: 'utf8' });
  const verdict = auditVerdict(run.stdout, run.status);
  (verdict.ok ? console.log : console.error)(verdict.line);
  process.exitCode = verdict.ok ? 0 : 1;
}
