import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PdfError } from '../../src/pdf/errors.ts';
import { assertWritable, tempPathFor, writeAtomically } from '../../src/pdf/output.ts';

let dir: string;

async function rejection(work: Promise<unknown>): Promise<PdfError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PdfError) return error;
    throw error;
  }
  throw new Error('expected a PdfError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-output-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('assertWritable', () => {
  test('a writable directory passes and keeps no probe file', async () => {
    await assertWritable(join(dir, 'deck.pdf'));
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a missing directory, a file as directory and a directory as output are exit 6', async () => {
    writeFileSync(join(dir, 'blocker'), '');
    mkdirSync(join(dir, 'folder.pdf'));
    const cases = [
      [join(dir, 'missing', 'deck.pdf'), 'does not exist'],
      [join(dir, 'blocker', 'deck.pdf'), 'is not a directory'],
      [join(dir, 'folder.pdf'), 'it is a directory'],
    ] as const;
    for (const [out, why] of cases) {
      const error = await rejection(assertWritable(out));
      expect(error.code).toBe('OUTPUT_NOT_WRITABLE');
      expect(error.exitCode).toBe(6);
      expect(error.message).toContain(why);
    }
  });
});

describe('writeAtomically', () => {
  test('writes the bytes and leaves no temp file', async () => {
    const out = join(dir, 'deck.pdf');
    writeFileSync(out, 'old');
    await writeAtomically(out, new TextEncoder().encode('%PDF-new'));
    expect(readFileSync(out, 'utf8')).toBe('%PDF-new');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  test('a failed rename leaves neither the temp file nor a half-written output', async () => {
    mkdirSync(join(dir, 'deck.pdf'));
    writeFileSync(join(dir, 'deck.pdf', 'keep'), '');
    const error = await rejection(writeAtomically(join(dir, 'deck.pdf'), new Uint8Array([1, 2, 3])));
    expect(error.code).toBe('OUTPUT_NOT_WRITABLE');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
    expect(existsSync(join(dir, 'deck.pdf', 'keep'))).toBe(true);
  });

  test('Ctrl-C in the middle of the write leaves neither the temp file nor the output', async () => {
    const out = join(dir, 'deck.pdf');
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/interrupted-write.ts', out, String(64 * 1024 * 1024)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    // The signal lands once the temp file exists and before the rename: in the middle of the write.
    let sawTemp = false;
    while (child.exitCode === null) {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        sawTemp = true;
        child.kill('SIGINT');
        break;
      }
      await new Promise((ok) => setTimeout(ok, 1));
    }
    expect(await exited, output).toBe(130);
    expect(sawTemp, output).toBe(true);
    expect(output).not.toContain('renamed into place');
    expect(output).toContain('stopped by SIGINT (Ctrl-C)');
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  test('temp files live next to the output, hidden and unique', () => {
    const a = tempPathFor(join(dir, 'deck.pdf'));
    expect(a.startsWith(join(dir, '.deck.pdf.'))).toBe(true);
    expect(a).not.toBe(tempPathFor(join(dir, 'deck.pdf')));
  });
});
