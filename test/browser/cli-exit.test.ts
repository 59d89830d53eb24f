import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every way a CLI fails ends with its documented status, within seconds, with no browser or server
 * left behind. Each run is tagged with an environment variable that Chromium inherits, so its
 * processes can be found in /proc after the CLI has gone.
 */
interface Run {
  status: number | null;
  out: string;
  ms: number;
  tag: string;
}

let runs = 0;
// `present` saves its links for a restart: in a temp directory here, never in the user's cache.
const liveCache = mkdtempSync(join(tmpdir(), 'cli-exit-links-'));
process.on('exit', () => rmSync(liveCache, { recursive: true, force: true }));

function run(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  onOutput?: (text: string, kill: (s: NodeJS.Signals) => void, tag: string) => void,
): Promise<Run> {
  const tag = `cli-exit-${process.pid}-${runs++}`;
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, DECK_LIVE_CACHE_DIR: liveCache, ...env, DECK_TEST_TAG: tag },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const add = (b: Buffer): void => {
      out += b.toString();
      onOutput?.(out, (s) => child.kill(s), tag);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const limit = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => {
      clearTimeout(limit);
      done({ status, out, ms: Date.now() - t0, tag });
    });
  });
}

/** Processes still alive that carry the run's tag (Chromium and its helpers inherit it). */
function survivors(tag: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`DECK_TEST_TAG=${tag}\0`)) found.push(Number(pid));
    } catch {
      /* gone meanwhile, or not ours to read */
    }
  }
  return found;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), ok(true)));
    s.once('error', () => ok(false));
  });
}

async function expectClean(r: Run): Promise<void> {
  await new Promise((ok) => setTimeout(ok, 300)); // let the kernel reap what died with the CLI
  expect(survivors(r.tag), r.out).toEqual([]);
  const port = /127\.0\.0\.1:(\d+)/.exec(r.out)?.[1];
  if (port) expect(await portOpen(Number(port)), `port ${port} still open`).toBe(false);
}

describe('CLIs exit with their status and leave nothing running', { timeout: 120_000 }, () => {
  test.each([
    ['--browser /bin/false', ['--browser', '/bin/false'], {}],
    ['CHROME_PATH=/bin/false', [], { CHROME_PATH: '/bin/false' }],
    ['a browser path that is not executable', ['--browser', 'package.json'], {}],
  ])('pdf: %s → 3 (no usable browser), not a hang', async (_name, args, env) => {
    const r = await run('src/cli/pdf.ts', ['--out', 'test-output/cli-exit.pdf', ...args], env);
    expect(r.status, r.out).toBe(3);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.out).not.toMatch(/a bug|\n\s+at /);
    // The browser is there but unusable: the message names it and why, never "No Chrome … was found".
    expect(r.out).toContain(`"${args[1] ?? (env as Record<string, string>).CHROME_PATH}"`);
    expect(r.out).not.toContain('No Chrome');
    await expectClean(r);
  });

  test.each([['9999999999'], ['-5'], ['NaN'], ['soon']])('pdf: --timeout %s → 2 (bad usage) with a message', async (value) => {
    const r = await run('src/cli/pdf.ts', [`--timeout=${value}`]);
    expect(r.status, r.out).toBe(2);
    expect(r.out).toContain(`"${value}"`);
  });

  test('pdf: Ctrl-C during the export → 130, browser and server closed, no file written', async () => {
    const r = await run('src/cli/pdf.ts', ['--out', 'test-output/cli-exit-int.pdf'], {}, (out, kill) => {
      if (/Chromium \d/.test(out) && !/stopped by/.test(out)) kill('SIGINT');
    });
    expect(r.status, r.out).toBe(130);
    expect(r.out).toContain('stopped by SIGINT');
    expect(existsSync('test-output/cli-exit-int.pdf')).toBe(false);
    expect(r.out).not.toMatch(/a bug/);
    await expectClean(r);
  });

  test.each([
    ['shots', 'src/cli/shots.ts'],
    ['bench', 'src/cli/bench.ts'],
  ])('%s: CHROME_PATH=/bin/false → 3', async (_name, script) => {
    const r = await run(
      script,
      ['--budgets-only'].filter(() => script.includes('bench')),
      { CHROME_PATH: '/bin/false' },
    );
    expect(r.status, r.out).toBe(3);
    await expectClean(r);
  });

  test('pdf: the browser killed mid-export → 8 (crashed), one message, nothing written', async () => {
    let killed = false;
    const r = await run('src/cli/pdf.ts', ['--out', 'test-output/cli-exit-crash.pdf'], {}, (out, _kill, tag) => {
      if (killed || !/Opening the print view/.test(out)) return;
      killed = true;
      for (const pid of survivors(tag)) {
        if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('chrom')) process.kill(pid, 'SIGKILL');
      }
    });
    expect(killed).toBe(true);
    expect(r.status, r.out).toBe(8);
    expect(r.out).toContain('The browser closed during the export');
    expect(r.out).not.toMatch(/a bug/);
    expect(existsSync('test-output/cli-exit-crash.pdf')).toBe(false);
    await expectClean(r);
  });

  test.each([
    ['--browser /bin/false', 3, ['--format', 'png', '--out', 'test-output/cli-exit-png', '--browser', '/bin/false']],
    ['--scale 0', 2, ['--format', 'png', '--scale', '0']],
    ['--format doc', 2, ['--format', 'doc']],
  ])('export: %s → %i', async (_name, status, args) => {
    const r = await run('src/cli/export.ts', args as string[]);
    expect(r.status, r.out).toBe(status);
    expect(r.out).not.toMatch(/a bug|\n\s+at /);
    await expectClean(r);
  });

  test('present: a port in use → 8; a bad port → 2; Ctrl-C → 0 with the port closed', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((ok) => busy.once('listening', ok));
    const port = (busy.address() as AddressInfo).port;
    const inUse = await run('src/cli/present.ts', ['--host', '127.0.0.1', '--port', String(port)]);
    busy.close();
    expect(inUse.status, inUse.out).toBe(8);
    expect(inUse.out).toContain('in use');
    expect((await run('src/cli/present.ts', ['--port', '99999'])).status).toBe(2);
    let sent = false;
    const stopped = await run('src/cli/present.ts', ['--host', '127.0.0.1', '--port', '0'], {}, (out, kill) => {
      // One Ctrl-C, once the links are out: output arriving in several chunks must not send more.
      if (!sent && /Stop with Ctrl-C/.test(out)) {
        sent = true;
        kill('SIGINT');
      }
    });
    expect(stopped.out).toContain('Stopping');
    expect(stopped.status, stopped.out).toBe(0);
    await expectClean(stopped);
  });
});
