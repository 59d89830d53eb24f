import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SlideFile } from './compile.ts';
import { diag } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

/** Slide files are `NN-name.md`; the number orders the sections. */
export const SLIDE_FILE = /^\d{2}-[a-z0-9-]+\.md$/;
const NAME_HINT = 'Name slide files NN-slug.md: two digits, a hyphen, then lowercase letters, digits and hyphens (e.g. 08-closing.md).';

/**
 * Reads every slide file of `dir`. Each entry is either loaded or reported by its path: a slide-like
 * name that breaks the pattern (08-Upper.md, 8-x.md, x.MD, 100-x.md), a directory or dangling
 * symlink in a slide's place, an unreadable file, a missing or empty folder. Folders of other names
 * (images/) and dot-files are the only entries passed over. Never throws.
 */
export function readSlideDir(root: string, dir: string): { files: SlideFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(root, dir);
  const here = toPosix(relative(root, abs)) || '.';
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, code: string, message: string, hint: string): void => {
    diagnostics.push(diag({ file: path, line: 1 }, code, message, hint));
  };
  let names: string[];
  try {
    names = readdirSync(abs).sort();
  } catch (error) {
    problem(
      here,
      'no-slides-dir',
      `Cannot read the slides folder "${here}": ${reason(error)}.`,
      'Create it and put NN-slug.md files in it.',
    );
    return { files: [], diagnostics };
  }
  const files: SlideFile[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(abs, name);
    const path = toPosix(relative(root, full));
    const kind = entryKind(full);
    const slideLike = /\.(md|markdown)$/i.test(name);
    if (kind === 'dir' && !slideLike) continue;
    if (kind === 'dangling')
      problem(path, 'unreadable-slide-file', `"${path}" is a symbolic link to nothing.`, 'Point it at a slide file or remove it.');
    else if (kind === 'dir')
      problem(
        path,
        'unreadable-slide-file',
        `"${path}" is a directory, not a slide file.`,
        'Rename or move it; images go in a folder such as slides/images/.',
      );
    else if (!SLIDE_FILE.test(name)) {
      problem(
        path,
        'bad-slide-file-name',
        `"${path}" is not read: its name does not fit NN-slug.md.`,
        slideLike ? NAME_HINT : `Only slide files and folders belong in ${here}/. ${NAME_HINT}`,
      );
    } else {
      try {
        // One line ending for everything downstream: positions and code frames are right for CR-only files too,
        // and columns on line 1 are right after a byte-order mark.
        files.push({
          path,
          text: readFileSync(full, 'utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n'),
        });
      } catch (error) {
        problem(path, 'unreadable-slide-file', `Cannot read "${path}": ${reason(error)}.`, 'Check that the file exists and is readable.');
      }
    }
  }
  if (!files.length && !diagnostics.length) problem(here, 'no-slides', `The slides folder "${here}" holds no slide file.`, NAME_HINT);
  return { files, diagnostics };
}

function entryKind(full: string): 'file' | 'dir' | 'dangling' | 'other' {
  try {
    const s = statSync(full);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    try {
      return lstatSync(full).isSymbolicLink() ? 'dangling' : 'other';
    } catch {
      return 'other';
    }
  }
}

/** "permission denied (EACCES)": the reason without Node's stack or repeated path. */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const text: Record<string, string> = {
    EACCES: 'permission denied',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'not a folder',
    EISDIR: 'it is a directory',
  };
  return e.code ? `${text[e.code] ?? 'error'} (${e.code})` : String(error);
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}
