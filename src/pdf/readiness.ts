import type { Page } from 'playwright-core';
import { Deadline, DeadlineExceeded, within } from './deadline.ts';
import { PdfError } from './errors.ts';
import { describePageLog, type PageLog } from './page-log.ts';
import { waitForPdfReady } from './page-probe.ts';
import { loadAllFonts, loadAllImages, type FontReport, type ImageReport } from './page-assets.ts';

/** The steps of "really ready", in order; a timeout names the one still missing. */
export const READY_STEPS = ['page load', 'pdf-ready', 'fonts', 'images'] as const;
export type ReadyStep = (typeof READY_STEPS)[number];

export interface ReadyReport {
  fonts: FontReport;
  images: ImageReport;
  /** ms spent per step, for the progress lines. */
  timings: Partial<Record<ReadyStep, number>>;
}

function notReady(step: ReadyStep, why: string, deadline: Deadline, log: PageLog): PdfError {
  const done = READY_STEPS.slice(0, READY_STEPS.indexOf(step));
  const missing = READY_STEPS.slice(READY_STEPS.indexOf(step));
  const lines = [
    `The page did not become ready ${why}: missing ${missing.join(', ')}${done.length ? ` (done: ${done.join(', ')})` : ''}.`,
    ...describePageLog(log),
  ];
  if (step === 'pdf-ready') lines.push('reveal.js never dispatched "pdf-ready": check the page errors above, or raise --timeout.');
  return new PdfError('NOT_READY', lines.join('\n'));
}

/**
 * Opens the print view and waits until it can be printed as it will look: reveal's print layout
 * done, every web font loaded (the Japanese one included) and every image decoded. All steps share
 * one `timeoutMs` budget.
 */
export async function openWhenReady(
  page: Page,
  url: string,
  timeoutMs: number,
  log: PageLog,
  progress: (line: string) => void,
): Promise<ReadyReport> {
  const deadline = new Deadline(timeoutMs);
  const timings: ReadyReport['timings'] = {};
  let step: ReadyStep = 'page load';
  const run = async <T>(name: ReadyStep, work: () => Promise<T>): Promise<T> => {
    step = name;
    const t0 = Date.now();
    const result = await within(work(), deadline);
    timings[name] = Date.now() - t0;
    return result;
  };
  try {
    // Playwright's own timeouts are off (0): the shared deadline decides, and names the step.
    await run('page load', () => page.goto(url, { waitUntil: 'load', timeout: 0 }));
    await run('pdf-ready', () => waitForPdfReady(page));
    const fonts = await run('fonts', () => loadAllFonts(page));
    if (fonts.problem) throw notReady('fonts', `(${fonts.problem})`, deadline, log);
    const images = await run('images', () => loadAllImages(page));
    if (images.failed.length) throw notReady('images', `(images that did not load: ${images.failed.join(', ')})`, deadline, log);
    progress(
      `  ready: ${fonts.loaded.length} font face(s) loaded, ${images.count} image(s) decoded (${READY_STEPS.map((s) => `${s} ${timings[s] ?? 0} ms`).join(', ')})`,
    );
    return { fonts, images, timings };
  } catch (error) {
    if (error instanceof DeadlineExceeded) throw notReady(step, `within ${timeoutMs / 1000} s`, deadline, log);
    throw error;
  }
}
