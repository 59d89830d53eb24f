import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PdfError } from '../pdf/errors.ts';

/** The names `--format png` writes: `01-title.png`, `02-agenda.png`, … */
export const PNG_NAME = /^\d{2,3}-[a-z0-9-]+\.png$/;

function notWritable(out: string, why: string): PdfError {
  return new PdfError('OUTPUT_NOT_WRITABLE', `Cannot write ${out}: ${why}`);
}

/**
 * Checks before any browser starts that `out` can become the PNG folder: its parent exists, and
 * `out` is missing, empty, or holds only PNGs of an earlier export (those are replaced; anything
 * else in it is someone's file and is never deleted).
 */
export async function assertDirWritable(out: string): Promise<void> {
  const parent = dirname(out);
  if (!existsSync(parent)) throw notWritable(out, `the directory ${parent} does not exist (create it first: mkdir -p "${parent}").`);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw notWritable(out, 'it is a file; give a directory name, e.g. --out slides-png.');
    const foreign = readdirSync(out).filter((f) => !PNG_NAME.test(f));
    if (foreign.length)
      throw notWritable(
        out,
        `it holds files an export did not write (${foreign.slice(0, 3).join(', ')}); choose an empty or new directory.`,
      );
  }
  const probe = join(parent, `.${basename(out)}.${process.pid}-probe.tmp`);
  try {
    await mkdir(probe);
  } catch (error) {
    throw notWritable(out, `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${(error as Error).message}`);
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

/**
 * Writes all files into a hidden sibling folder, then swaps it into place with renames, so a
 * failed run leaves either the old folder or the new one, never a half-written mix.
 */
export async function writeDirAtomically(out: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const temp = join(dirname(out), `.${basename(out)}.${tag}.tmp`);
  const old = join(dirname(out), `.${basename(out)}.${tag}.old`);
  try {
    await mkdir(temp);
    for (const [name, bytes] of files) await writeFile(join(temp, name), bytes, { flag: 'wx' });
    if (existsSync(out)) await rename(out, old);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) await rename(old, out).catch(() => undefined);
    throw notWritable(out, (error as Error).message);
  }
  await rm(old, { recursive: true, force: true });
}
