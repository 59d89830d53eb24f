import { join } from 'node:path';
import { PROJECT_ROOT } from '../pdf/export.ts';
import { deckMetadata } from '../pdf/metadata.ts';
import { assertWritable, writeAtomically } from '../pdf/output.ts';
import type { ExportOptions } from './args.ts';
import { capturePages } from './capture.ts';
import { assertDirWritable, writeDirAtomically } from './output-dir.ts';
import { pngFiles } from './png.ts';
import { buildPptx } from './pptx.ts';
import { openPrintSession } from './session.ts';
import { readDeckContent } from './slides.ts';

export interface PictureExportResult {
  out: string;
  slides: number;
  bytes: number;
  seconds: number;
  /** Pixel size of each picture. */
  pixels: { width: number; height: number };
}

export interface PictureExportHooks {
  root?: string;
  distDir?: string;
  build?: boolean;
  startedAt?: number;
  progress?: (line: string) => void;
}

/** `--format png|pptx`: check the output, open the print view, capture every slide, write atomically. */
export async function exportPictures(options: ExportOptions, hooks: PictureExportHooks = {}): Promise<PictureExportResult> {
  const started = hooks.startedAt ?? Date.now();
  const root = hooks.root ?? PROJECT_ROOT;
  const progress = hooks.progress ?? ((): void => undefined);
  if (options.format === 'png') await assertDirWritable(options.out);
  else await assertWritable(options.out);
  const session = await openPrintSession(options, {
    root,
    distDir: hooks.distDir ?? join(root, 'dist'),
    build: hooks.build ?? true,
    progress,
  });
  try {
    const content = await readDeckContent(session.page, options.lang);
    progress(`Capturing ${content.slides.length} slide(s) at ${options.scale}×…`);
    const shots = await capturePages(session.page);
    if (shots.length !== content.slides.length) throw new Error(`captured ${shots.length} pages for ${content.slides.length} slides`);
    let bytes = 0;
    if (options.format === 'png') {
      const files = pngFiles(content, shots);
      await writeDirAtomically(options.out, files);
      for (const f of files.values()) bytes += f.byteLength;
    } else {
      const pptx = await buildPptx(content, shots, deckMetadata(options.lang, session.browserVersion));
      await writeAtomically(options.out, pptx);
      bytes = pptx.byteLength;
    }
    const pixels = { width: Math.round(1280 * options.scale), height: Math.round(720 * options.scale) };
    return { out: options.out, slides: content.slides.length, bytes, seconds: (Date.now() - started) / 1000, pixels };
  } finally {
    await session.close();
  }
}
