import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { PdfMetadata } from '../pdf/metadata.ts';
import type { DeckContent } from './slides.ts';

const MASTER = 'DECK_PICTURE';
/** PowerPoint's 16:9 "Widescreen" size, in inches. */
const WIDE = { w: 13.333, h: 7.5 };

/**
 * A PowerPoint file with each slide as one full-bleed picture. The heading goes into the slide's
 * title placeholder, under the picture (hidden, but what PowerPoint's outline, its slide list and
 * screen readers read); the speaker notes go into the notes pane; the deck's sections become
 * PowerPoint sections. pptxgenjs writes no document language, so `dc:language` is added.
 */
export async function buildPptx(content: DeckContent, shots: readonly Uint8Array[], meta: PdfMetadata): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.subject = meta.subject;
  pptx.company = meta.author;
  const lang = meta.language === 'ja' ? 'ja-JP' : 'en-US';
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: '0F1B2D' },
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.35, w: WIDE.w - 1, h: 1.1 }, text: '' } }],
  });
  const sections = new Set<string>();
  content.slides.forEach((slide, i) => {
    const shot = shots[i];
    if (!shot) return;
    if (!sections.has(slide.section)) {
      sections.add(slide.section);
      pptx.addSection({ title: slide.section });
    }
    const s = pptx.addSlide({ masterName: MASTER, sectionTitle: slide.section });
    s.addText(slide.title, { placeholder: 'title', lang, fontSize: 28, color: 'F3F6FA' });
    s.addImage({
      data: `image/png;base64,${Buffer.from(shot).toString('base64')}`,
      x: 0,
      y: 0,
      w: WIDE.w,
      h: WIDE.h,
      altText: slide.text || slide.title,
    });
    if (slide.notes) s.addNotes(slide.notes);
  });
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const zip = await JSZip.loadAsync(written);
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core && !core.includes('<dc:language>')) {
    zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
