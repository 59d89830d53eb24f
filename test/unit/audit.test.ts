import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { auditVerdict } from '../../src/cli/audit.ts';

/** What `npm audit --json` printed here when the registry refused the endpoint (recorded). */
const REFUSED = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  statusCode: 405,
  body: '',
});
const advisory = (moderate: number, high = 0): string =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: { vulnerabilities: { info: 0, low: 3, moderate, high, critical: 0, total: 3 + moderate + high } },
  });

test('a refused audit endpoint is one plain line and does not fail', () => {
  expect(auditVerdict(REFUSED, 1)).toEqual({ ok: true, line: 'audit: not available from this registry' });
});

test('an advisory at moderate or above fails; low ones do not', () => {
  expect(auditVerdict(advisory(1), 1)).toEqual({ ok: false, line: expect.stringContaining('1 moderate') });
  expect(auditVerdict(advisory(0, 2), 1).ok).toBe(false);
  expect(auditVerdict(advisory(0), 0).ok).toBe(true);
});

test('unreadable output fails rather than passing silently', () => {
  expect(auditVerdict('npm error something else', 1).ok).toBe(false);
  expect(auditVerdict('{}', 1).ok).toBe(false);
});

const bin = mkdtempSync(join(tmpdir(), 'fake-npm-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs the real script with a fake `npm` first on PATH that prints `output` and exits `status`. */
function withFakeNpm(output: string, status: number): { status: number | null; text: string } {
  writeFileSync(join(bin, 'output.json'), output);
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\ncat "${join(bin, 'output.json')}"\nexit ${status}\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit.ts'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  return { status: run.status, text: run.stdout + run.stderr };
}

test('the script: 405 → exit 0 with the plain line; an advisory → exit 1', () => {
  expect(withFakeNpm(REFUSED, 1)).toEqual({ status: 0, text: 'audit: not available from this registry\n' });
  const bad = withFakeNpm(advisory(2), 1);
  expect(bad.status).toBe(1);
  expect(bad.text).toContain('2 moderate');
});
