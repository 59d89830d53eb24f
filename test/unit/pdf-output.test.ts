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

  test('temp files live next to the output, hidden and unique', () => {
    const a = tempPathFor(join(dir, 'deck.pdf'));
    expect(a.startsWith(join(dir, '.deck.pdf.'))).toBe(true);
    expect(a).not.toBe(tempPathFor(join(dir, 'deck.pdf')));
  });
});
