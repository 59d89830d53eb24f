import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { trackResource } from '../cli/run-cli.ts';
import { PdfError } from './errors.ts';

/**
 * A temp file next to the output: same directory, so the final rename is atomic and never
 * crosses file systems. Hidden and unique, so two exports never share one.
 */
export function tempPathFor(out: string): string {
  return join(dirname(out), `.${basename(out)}.${process.pid}-${randomBytes(3).toString('hex')}.tmp`);
}

function notWritable(out: string, why: string): PdfError {
  return new PdfError('OUTPUT_NOT_WRITABLE', `Cannot write ${out}: ${why}`);
}

/**
 * Checks, before any browser starts, that the PDF can be written: the directory exists and a file
 * can be created in it (a real probe: permissions, read-only mounts and root all answer honestly).
 */
export async function assertWritable(out: string): Promise<void> {
  const dir = dirname(out);
  if (!existsSync(dir)) throw notWritable(out, `the directory ${dir} does not exist (create it first: mkdir -p "${dir}").`);
  if (!statSync(dir).isDirectory()) throw notWritable(out, `${dir} is not a directory.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw notWritable(out, 'it is a directory; give a file name, e.g. --out deck.pdf.');
  const probe = tempPathFor(out);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
  } catch (error) {
    throw notWritable(out, `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${(error as Error).message}`);
  } finally {
    await rm(probe, { force: true });
  }
}

/**
 * Writes the whole file or nothing: a temp file renamed over the target, removed on any failure.
 * The temp file is a tracked resource, so Ctrl-C or SIGTERM in the middle of the write (a large
 * PDF on a slow disk) removes it too, and a write that finishes after the signal is not renamed.
 */
export async function writeAtomically(out: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(out);
  let cancelled = false;
  const release = trackResource(`temp file ${temp}`, () => {
    cancelled = true;
    return rm(temp, { force: true });
  });
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    if (cancelled) throw new Error('stopped before the file was complete');
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    throw notWritable(out, (error as Error).message);
  } finally {
    release();
  }
}
