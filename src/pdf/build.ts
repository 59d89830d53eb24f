import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PdfError } from './errors.ts';

/** Inputs of the build: if any is newer than dist/index.html, the built deck is out of date. */
export const BUILD_INPUTS = ['slides', 'src', 'index.html', 'vite.config.ts', 'package-lock.json'] as const;

function newestIn(path: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { file: path, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(path)) {
    const found = newestIn(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why dist/ must be (re)built, or undefined when it is up to date. The reason names the newest
 * changed file, so the progress line explains a build the user did not expect.
 */
export function staleReason(root: string, outDir = 'dist'): string | undefined {
  const html = join(root, outDir, 'index.html');
  if (!existsSync(html)) return `${outDir}/index.html is missing`;
  const builtAt = statSync(html).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestIn(join(root, input));
    if (newest && newest.mtimeMs > builtAt) return `${relative(root, newest.file)} changed since the last build`;
  }
  return undefined;
}

/** Vite's error for a failed build, with the fields its plugins (ours: deck:slides) fill in. */
interface ViteBuildError extends Error {
  loc?: { file?: string; line: number; column: number };
  frame?: string;
  plugin?: string;
}

/** The build's own message (ours names file:line per problem), its location and code frame. */
export function formatBuildError(error: unknown, root: string): string {
  if (!(error instanceof Error)) return `The deck did not build: ${String(error)}`;
  const e = error as ViteBuildError;
  const lines = [`The deck did not build${e.plugin ? ` (${e.plugin})` : ''}:`, e.message.trim()];
  if (e.loc?.file && !e.message.includes(`:${e.loc.line}`)) {
    lines.push(`  at ${relative(root, e.loc.file)}:${e.loc.line}:${e.loc.column}`);
  }
  if (e.frame) lines.push(e.frame);
  lines.push('Fix it and run again; `npm run check` lists every problem in the slides at once.');
  return lines.join('\n');
}

/**
 * Production build into dist/ with Vite's API (the same config as `npm run build`). Vite is
 * imported here, only when a build is needed: loading it costs seconds an up-to-date export skips.
 */
export async function buildDeck(root: string): Promise<void> {
  const { build } = await import('vite');
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } catch (error) {
    throw new PdfError('BUILD_FAILED', formatBuildError(error, root));
  }
}
