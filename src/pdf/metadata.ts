import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { DECK_CONFIG } from '../deck-config.ts';
import type { Lang } from '../deck/types.ts';
import { setOutline, type OutlineItem } from './outline.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: Lang;
  creator: string;
  producer: string;
}

/**
 * The deck's metadata in one language, from DECK_CONFIG (the same source as the page title), so a
 * PDF reader, a search index and a screen reader see the event's name, not "localhost".
 */
export function deckMetadata(lang: Lang, browserVersion: string): PdfMetadata {
  return {
    title: DECK_CONFIG.title[lang],
    author: DECK_CONFIG.author[lang],
    subject: DECK_CONFIG.description[lang],
    language: lang,
    creator: 'npm run pdf (reveal.js print view)',
    producer: `Chromium ${browserVersion} (Skia/PDF) + pdf-lib`,
  };
}

/**
 * Rewrites Chromium's document info (its title is the page's <title>, its creator a user agent
 * string) and sets /Lang, which Chromium leaves out; with `outline`, replaces Chromium's flat
 * bookmarks with that tree. Returns the new bytes and the page count.
 */
export async function applyMetadata(
  pdf: Uint8Array,
  meta: PdfMetadata,
  outline?: readonly OutlineItem[],
): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdf-lib yields to the event loop every 100 objects when parsing and every 50 when saving, for
  // UIs; a CLI has nothing to yield to, and at 512 pages that pausing cost ~1–2 s of the export.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  if (outline?.length) setOutline(doc, outline);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setModificationDate(new Date());
  // Object streams would shrink the file a little but some older readers choke on them.
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
  return { bytes, pages: doc.getPageCount() };
}
