import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { DECK_CONFIG } from '../../src/deck-config.ts';
import { applyMetadata, deckMetadata } from '../../src/pdf/metadata.ts';

describe('PDF metadata', () => {
  test('comes from DECK_CONFIG in the chosen language', () => {
    const en = deckMetadata('en', '150.0');
    expect(en).toMatchObject({
      title: DECK_CONFIG.title.en,
      author: DECK_CONFIG.author.en,
      subject: DECK_CONFIG.description.en,
      language: 'en',
    });
    expect(deckMetadata('ja', '150.0').title).toBe(DECK_CONFIG.title.ja);
    expect(en.producer).toContain('Chromium 150.0');
  });

  test("replaces Chromium's info and sets /Lang", async () => {
    const source = await PDFDocument.create();
    source.setTitle('http://127.0.0.1:1234/?print-pdf');
    source.addPage([960, 540]);
    source.addPage([960, 540]);
    const { bytes, pages } = await applyMetadata(await source.save(), deckMetadata('ja', '150.0'));
    expect(pages).toBe(2);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(DECK_CONFIG.title.ja);
    expect(doc.getAuthor()).toBe(DECK_CONFIG.author.ja);
    expect(doc.getSubject()).toBe(DECK_CONFIG.description.ja);
    expect(doc.getCreator()).toContain('npm run pdf');
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('ja');
  });
});
