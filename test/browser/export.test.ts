/**
 * `npm run export`: one PNG run and one PPTX run of the built deck, opened again (PNG headers,
 * the .pptx unzipped with JSZip) and compared with the deck's own slides and notes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { runExportCli } from '../../src/export/cli.ts';
import type { CliIo } from '../../src/pdf/cli.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { DIST } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'export-test-'));
const dist = join(work, 'dist');
cpSync(DIST, dist, { recursive: true });
const hooks = { distDir: dist, build: false };
afterAll(() => rmSync(work, { recursive: true, force: true }));

function capture(): CliIo & { text: () => string } {
  const lines: string[] = [];
  return { out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join('\n') };
}

const squash = (t: string): string => t.replace(/\s+/g, '');

/** The deck's slides as built: id, heading and notes text in Japanese (notes loaded as the deck does). */
async function readDeck(): Promise<{ id: string; title: string; notes: string }[]> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?showNotes=true`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    return await page.evaluate(() =>
      [...document.querySelectorAll('.slides section[id]')].map((s) => ({
        id: s.id,
        title: s.querySelector(':scope > .l10n[lang="ja"] :is(h1, h2)')?.textContent ?? '',
        notes: s.querySelector('aside.notes > .l10n[lang="ja"]')?.textContent ?? '',
      })),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const deck = await readDeck();

describe('--format png', () => {
  const out = join(work, 'png');
  beforeAll(async () => {
    expect(await runExportCli(['--format', 'png', '--out', out, '--scale', '0.5'], capture(), hooks)).toBe(0);
  });

  test('one PNG per slide, in deck order, at 1280×720 × scale', () => {
    const files = readdirSync(out).sort();
    expect(files).toEqual(deck.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.id}.png`));
    for (const f of files) {
      const head = readFileSync(join(out, f)).subarray(0, 24);
      expect(head.subarray(1, 4).toString()).toBe('PNG');
      expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([640, 360]);
    }
  });

  test('a folder holding other files is refused (exit 6) and left as it was', async () => {
    const dir = join(work, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep');
    const io = capture();
    expect(await runExportCli(['--format', 'png', '--out', dir], io, hooks)).toBe(6);
    expect(io.text()).toContain('files an export did not write (notes.txt)');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});

test('--light: the slides print light (the page background sampled in every PNG)', async () => {
  const out = join(work, 'light');
  expect(await runExportCli(['--format', 'png', '--light', '--scale', '0.25', '--out', out], capture(), hooks)).toBe(0);
  const dark = readdirSync(out).filter((f) => {
    const png = PNG.sync.read(readFileSync(join(out, f)));
    const [r = 0, g = 0, b = 0] = png.data.subarray(4 * (2 * png.width + 2), 4 * (2 * png.width + 2) + 3);
    return (r + g + b) / 3 < 200;
  });
  expect(dark).toEqual([]);
});

describe('--format pptx', () => {
  const out = join(work, 'deck.pptx');
  let zip: JSZip;
  const slideXml: string[] = [];
  const notesXml: string[] = [];
  beforeAll(async () => {
    expect(await runExportCli(['--format', 'pptx', '--out', out, '--scale', '0.75'], capture(), hooks)).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(out));
    for (let n = 1; zip.file(`ppt/slides/slide${n}.xml`); n++) {
      slideXml.push((await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? '');
      notesXml.push((await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)?.async('string')) ?? '');
    }
  });

  const texts = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
  const unescape = (t: string): string =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');

  test('one slide per deck slide, 16:9, each a picture over a title placeholder holding its heading', () => {
    expect(slideXml).toHaveLength(deck.length);
    expect(zip.file('ppt/presentation.xml')).toBeTruthy();
    slideXml.forEach((xml, i) => {
      expect(xml).toMatch(/<p:ph[^>]*type="title"/);
      expect(xml).toContain('<p:pic>');
      // The title comes first in the shape tree: under the picture, read by the outline.
      expect(xml.indexOf('type="title"')).toBeLessThan(xml.indexOf('<p:pic>'));
      const title = deck[i]?.title ?? '';
      if (title) expect(squash(unescape(texts(xml)))).toBe(squash(title));
    });
  });

  test('16:9 slide size and 16:9 pictures', async () => {
    const pres = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres) ?? [];
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
    const media = zip.file(/^ppt\/media\/.*\.png$/);
    expect(media.length).toBe(deck.length);
    const first = media[0];
    expect(first).toBeTruthy();
    const head = Buffer.from(await (first as JSZip.JSZipObject).async('uint8array')).subarray(0, 24);
    expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([960, 540]);
  });

  test("each slide's notes pane holds that slide's speaker notes", () => {
    const wrong = deck.flatMap((s, i) =>
      squash(unescape(texts(notesXml[i] ?? ''))).includes(squash(s.notes)) && s.notes.trim() ? [] : [s.id],
    );
    expect(wrong).toEqual([]);
  });

  test('document properties: title, author, language; PowerPoint sections per part of the event', async () => {
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>ウォルティ×ゲヒルン×さくらインターネット セキュリティの夕べ</dc:title>');
    expect(core).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).toContain('<dc:language>ja-JP</dc:language>');
    const pres = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    expect([...pres.matchAll(/section name="/g)]).toHaveLength(7);
  });

  test('bad usage: exit 2 with the bad value, nothing written', async () => {
    const io = capture();
    const bad = join(work, 'bad.pptx');
    expect(await runExportCli(['--format', 'pptx', '--scale', '9', '--out', bad], io, hooks)).toBe(2);
    expect(io.text()).toContain('--scale must be a number from 0.25 to 4, not "9"');
    expect(existsSync(bad)).toBe(false);
  });
});
