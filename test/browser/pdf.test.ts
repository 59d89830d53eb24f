/**
 * `npm run pdf` end to end: real exports of the built deck (default, --fragments, --notes), opened
 * again with pdf-lib (pages, sizes, metadata, embedded fonts) and pdf.js (text), plus the error
 * exits. Every page is saved as a PNG in test-output/pdf/ for people to look at.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { DECK_CONFIG } from '../../src/deck-config.ts';
import type { PdfOptions } from '../../src/pdf/args.ts';
import { runPdfCli, type CliIo } from '../../src/pdf/cli.ts';
import { exportPdf, type ExportResult } from '../../src/pdf/export.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { DIST, outputDir } from '../support/browser.ts';

// poppler's pdftoppm renders pages to PNG for the tests that look at pixels (.ci/run installs it).
const PDFTOPPM = process.env.PDFTOPPM ?? 'pdftoppm';
const PNG_DIR = outputDir('pdf');

/** A private copy of dist/: other people's builds may rewrite dist/ while this file runs. */
const work = mkdtempSync(join(tmpdir(), 'pdf-test-'));
const dist = join(work, 'dist');
cpSync(DIST, dist, { recursive: true });
const hooks = { distDir: dist, build: false };

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface SlideFacts {
  id: string;
  title: string;
  notes: string;
  /** The part of the event (`.deck-section`) the slide belongs to. */
  section: string;
  /** Fragment steps as reveal counts them: one per distinct data-fragment-index, one per unindexed fragment. */
  fragmentSteps: number;
}

/** The slides of the build, read from its HTML with scripts off (the DOM as built, not as reveal changed it). */
async function readSlides(lang: 'ja' | 'en'): Promise<SlideFacts[]> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Notes are not in index.html: ?showNotes makes the deck load them before it starts.
    await page.goto(`${server.url}?showNotes=true`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    return await page.evaluate((l) => {
      const slides = [...document.querySelectorAll('.slides section[id]')].filter((s) => s.getAttribute('data-visibility') !== 'hidden');
      return slides.map((s) => {
        const indices = new Set<string>();
        let unindexed = 0;
        for (const f of s.querySelectorAll('.fragment')) {
          const i = f.getAttribute('data-fragment-index');
          if (i === null) unindexed++;
          else indices.add(i);
        }
        return {
          id: s.id,
          title: s.querySelector(`:scope > .l10n[lang="${l}"] :is(h1, h2)`)?.textContent ?? '',
          notes: s.querySelector(`aside.notes > .l10n[lang="${l}"]`)?.textContent ?? '',
          section: s.closest<HTMLElement>('.deck-section')?.dataset.section ?? '',
          fragmentSteps: indices.size + unindexed,
        };
      });
    }, lang);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Text compared without any whitespace: line breaks in the PDF fall where the layout put them. */
const squash = (text: string): string => text.replace(/\s+/g, '');

interface PdfText {
  /** Squashed text per page. */
  pages: string[];
  /** Every bookmark title, nested ones included, squashed. */
  outline: string[];
  /** The bookmarks as a tree, each with the 0-based page it jumps to. */
  tree: Bookmark[];
  /** Internal links per page: the named destination and the 0-based page it resolves to. */
  links: { name: string; page: number }[][];
}

interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** Text of every page and the bookmarks, read with pdf.js (the legacy build runs in Node). */
async function readText(bytes: Uint8Array): Promise<PdfText> {
  // pdfjs-dist 5: version 6 needs Node 22.13+, and this project runs on Node 20.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    type Dest = string | unknown[] | null;
    const pageOf = async (dest: Dest): Promise<number> => {
      const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
      const ref = explicit?.[0];
      return ref && typeof ref === 'object' ? doc.getPageIndex(ref as { num: number; gen: number }) : -1;
    };
    const pages: string[] = [];
    const links: { name: string; page: number }[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
      const internal: { name: string; page: number }[] = [];
      for (const a of (await page.getAnnotations()) as { subtype: string; dest?: Dest }[]) {
        if (a.subtype === 'Link' && a.dest) internal.push({ name: typeof a.dest === 'string' ? a.dest : '', page: await pageOf(a.dest) });
      }
      links.push(internal);
    }
    const outline: string[] = [];
    type Item = { title: string; dest: Dest; items: Item[] };
    const toTree = async (items: Item[]): Promise<Bookmark[]> =>
      Promise.all(items.map(async (i) => ({ title: i.title, page: await pageOf(i.dest), children: await toTree(i.items) })));
    const top = ((await doc.getOutline()) ?? []) as Item[];
    const queue = [...top];
    for (let item = queue.shift(); item; item = queue.shift()) {
      outline.push(squash(item.title));
      queue.push(...item.items);
    }
    return { pages, outline, tree: await toTree(top), links };
  } finally {
    await task.destroy();
  }
}

interface FontFacts {
  name: string;
  embedded: boolean;
}

/** Every font of every page (and of form XObjects), with whether its program is in the file. */
function fontsOf(doc: PDFDocument): FontFacts[] {
  const found = new Map<string, FontFacts>();
  const key = (name: string): PDFName => PDFName.of(name);
  const describeFont = (font: PDFDict): FontFacts => {
    const name = String(font.get(key('BaseFont')) ?? '?').replace(/^\//, '');
    // A Type 3 font is drawn by content streams inside the PDF: embedded by nature.
    if (font.get(key('Subtype')) === key('Type3')) return { name, embedded: true };
    const descendant = font.lookupMaybe(key('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict);
    const descriptor = (descendant ?? font).lookupMaybe(key('FontDescriptor'), PDFDict);
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(key(k)) ?? false);
    return { name, embedded };
  };
  const walk = (resources: PDFDict | undefined): void => {
    const fonts = resources?.lookupMaybe(key('Font'), PDFDict);
    for (const [name] of fonts?.entries() ?? []) {
      const font = fonts?.lookupMaybe(name, PDFDict);
      if (font) found.set(`${String(fonts?.get(name))} ${name.asString()}`, describeFont(font));
    }
    const xobjects = resources?.lookupMaybe(key('XObject'), PDFDict);
    for (const [name] of xobjects?.entries() ?? []) {
      const stream = xobjects?.lookupMaybe(name, PDFStream);
      if (stream) walk(stream.dict.lookupMaybe(key('Resources'), PDFDict));
    }
  };
  for (const page of doc.getPages()) walk(page.node.Resources());
  return [...found.values()];
}

interface Exported {
  result: ExportResult;
  doc: PDFDocument;
  /** Read only by the tests that need it (pdf.js takes a while). */
  text: () => Promise<PdfText>;
}

/** Runs one export into the temp dir and saves its pages as PNGs. */
async function exportMode(name: string, options: Partial<PdfOptions>): Promise<Exported> {
  const out = join(work, `${name}.pdf`);
  const result = await exportPdf({ out, fragments: false, notes: false, lang: 'ja', timeoutMs: 60_000, ...options }, hooks);
  const bytes = new Uint8Array(readFileSync(out));
  try {
    execFileSync(PDFTOPPM, ['-png', '-r', '50', out, join(PNG_DIR, name)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `"${PDFTOPPM}" not found: these tests look at the pages. Install poppler (apt-get install poppler-utils, brew install poppler) or set PDFTOPPM.`,
      { cause: error },
    );
  }
  let text: Promise<PdfText> | undefined;
  return { result, doc: await PDFDocument.load(bytes, { updateMetadata: false }), text: () => (text ??= readText(bytes)) };
}

const slides = await readSlides('ja');

test('the build has slides to print', () => {
  expect(slides.length).toBeGreaterThan(1);
  expect(slides.filter((s) => s.title).length).toBeGreaterThan(slides.length / 2);
});

describe('default export: one page per slide', () => {
  let pdf: Exported;
  beforeAll(async () => {
    pdf = await exportMode('deck', {});
  });

  test('exactly one page per slide, each 1280×720 CSS px = 960×540 pt (16:9)', () => {
    expect(pdf.result.pages).toBe(slides.length);
    expect(pdf.doc.getPageCount()).toBe(slides.length);
    for (const page of pdf.doc.getPages()) {
      const { width, height } = page.getSize();
      expect(width).toBeCloseTo((DECK_CONFIG.width * 3) / 4, 0);
      expect(height).toBeCloseTo((DECK_CONFIG.height * 3) / 4, 0);
    }
  });

  test('metadata: title, author, subject, language, creator', () => {
    expect(pdf.doc.getTitle()).toBe(DECK_CONFIG.title.ja);
    expect(pdf.doc.getAuthor()).toBe(DECK_CONFIG.author.ja);
    expect(pdf.doc.getSubject()).toBe(DECK_CONFIG.description.ja);
    expect(pdf.doc.getCreator()).toContain('npm run pdf');
    const lang = pdf.doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('ja');
  });

  test('tagged for screen readers and reflow: marked content and a structure tree with headings', () => {
    const markInfo = pdf.doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    const tree = pdf.doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    // Structure element types anywhere below the root: the slides' headings must be there as H1/H2.
    const types = new Set<string>();
    const walk = (node: unknown, depth: number): void => {
      if (depth > 40) return;
      if (node instanceof PDFArray) for (let i = 0; i < node.size(); i++) walk(node.lookup(i), depth + 1);
      if (!(node instanceof PDFDict)) return;
      const type = node.get(PDFName.of('S'));
      if (type instanceof PDFName) types.add(type.decodeText());
      walk(node.lookup(PDFName.of('K')), depth + 1);
    };
    walk(tree.lookup(PDFName.of('K')), 0);
    expect([...types]).toEqual(expect.arrayContaining(['Document', 'P']));
    expect([...types].some((t) => /^H[1-6]?$/.test(t))).toBe(true);
  });

  test('every font is embedded, the Japanese web font among them', () => {
    const fonts = fontsOf(pdf.doc);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/NotoSansJP|Deck/);
  });

  test("each page's text contains its slide's title, in deck order", async () => {
    const texts = (await pdf.text()).pages;
    const missing = slides.flatMap((s, i) => (s.title && !texts[i]?.includes(squash(s.title)) ? [`${i + 1} ${s.id}: ${s.title}`] : []));
    expect(missing).toEqual([]);
  });

  test("bookmarks: one per slide heading, so a reader's sidebar lists the slides", async () => {
    const { outline } = await pdf.text();
    expect(slides.filter((s) => s.title && !outline.includes(squash(s.title))).map((s) => s.id)).toEqual([]);
  });

  test("the agenda's entries are internal links to the first page of their section", async () => {
    const { links } = await pdf.text();
    const agenda = slides.findIndex((s) => s.id === 'agenda');
    const sections = [...new Set(slides.map((s) => s.section))];
    // Every section after the title one has an agenda entry, as in the deck.
    expect(links[agenda]?.map((l) => l.name)).toEqual(sections.slice(1).map((id) => slides.find((s) => s.section === id)?.id));
    for (const link of links[agenda] ?? []) expect(link.page).toBe(slides.findIndex((s) => s.id === link.name));
  });

  test('bookmarks nest by section: one branch per part of the event, its slides under it, each to its page', async () => {
    const { tree } = await pdf.text();
    const sections = [...new Set(slides.map((s) => s.section))];
    expect(tree).toHaveLength(sections.length);
    tree.forEach((branch, i) => {
      const members = slides.flatMap((s, page) => (s.section === sections[i] ? [{ title: squash(s.title), page }] : []));
      expect(branch.children.map((c) => ({ title: squash(c.title), page: c.page }))).toEqual(members);
      expect(branch.page).toBe(members[0]?.page);
    });
  });

  test('nothing is cut off, and no CSP violation (the export fails with exit 7 on one)', () => {
    expect(pdf.result.problems).toEqual([]);
    expect(pdf.result.layoutPages).toBe(pdf.result.pages);
  });
});

describe('--fragments: one page per fragment step', () => {
  test('pages = slides + fragment steps', async () => {
    const pdf = await exportMode('fragments', { fragments: true });
    const steps = slides.reduce((n, s) => n + s.fragmentSteps, 0);
    expect(steps).toBeGreaterThan(0);
    expect(pdf.doc.getPageCount()).toBe(slides.length + steps);
  });
});

test('--light: every page prints in the light scheme (pixels sampled after pdftoppm)', async () => {
  await exportMode('light', { light: true });
  const pages = readdirSync(PNG_DIR).filter((f) => /^light-\d+\.png$/.test(f));
  expect(pages).toHaveLength(slides.length);
  const dark = pages.filter((f) => {
    const png = PNG.sync.read(readFileSync(join(PNG_DIR, f)));
    const [r = 0, g = 0, b = 0] = png.data.subarray(4 * (2 * png.width + 2), 4 * (2 * png.width + 2) + 3);
    return (r + g + b) / 3 < 200;
  });
  expect(dark).toEqual([]);
});

/** How far down its body each handout page is inked, 0–1, from its 50 dpi PNG: the rows between the top margin and the footer rule. */
function inkedShare(file: string, paper: { mmHigh: number }): number {
  const png = PNG.sync.read(readFileSync(file));
  const mm = png.height / paper.mmHigh;
  const top = Math.floor(13 * mm);
  const bottom = Math.floor(png.height - 12 * mm) - 2; // just above the footer's rule
  let last = top;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = 4 * (y * png.width + x);
      if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200) {
        last = y;
        break;
      }
    }
  }
  return (last - top) / (bottom - top);
}

describe('--notes: a handout on real paper', () => {
  let pdf: Exported;
  let letter: Exported;
  beforeAll(async () => {
    [pdf, letter] = await Promise.all([exportMode('notes', { notes: true }), exportMode('notes-letter', { notes: true, paper: 'letter' })]);
  });

  test('A4 portrait by default (595.3 × 841.9 pt), US Letter with --paper letter (612 × 792 pt), fewer pages than slides', () => {
    for (const [doc, size] of [
      [pdf.doc, { width: 595.28, height: 841.89 }],
      [letter.doc, { width: 612, height: 792 }],
    ] as const) {
      expect(doc.getPageCount()).toBeLessThan(slides.length / 2);
      for (const page of doc.getPages()) {
        expect(Math.abs(page.getWidth() - size.width)).toBeLessThan(0.5);
        expect(Math.abs(page.getHeight() - size.height)).toBeLessThan(0.5);
      }
    }
    expect(pdf.result.pages).toBe(pdf.result.layoutPages);
    expect(pdf.result.handout?.entries).toBe(slides.length);
    expect(pdf.result.problems).toEqual([]);
  });

  test('every page has its number ("3 / 12") after the deck title; every slide\'s notes and title are in the text', async () => {
    const texts = (await pdf.text()).pages;
    const footer = squash(DECK_CONFIG.title.ja);
    const bodies = texts.map((t, i) => {
      const number = `${footer}${i + 1}/${texts.length}`;
      expect(t, `page ${i + 1}`).toContain(number);
      return t.replace(number, '');
    });
    const all = bodies.join('');
    expect(slides.every((s) => s.notes.trim())).toBe(true);
    expect(slides.filter((s) => !all.includes(squash(s.notes))).map((s) => s.id)).toEqual([]);
    expect(slides.filter((s) => s.title && !all.includes(squash(s.title))).map((s) => s.id)).toEqual([]);
    // In deck order: each slide's notes start after the previous slide's.
    const at = slides.map((s) => all.indexOf(squash(s.notes)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  test('every font is embedded, none of them Type 3 (text stays text)', () => {
    for (const doc of [pdf.doc, letter.doc]) {
      const fonts = fontsOf(doc);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      const type3 = doc.getPages().flatMap((page) => {
        const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
        return [...(dict?.entries() ?? [])].filter(
          ([, ref]) => dict?.context.lookup(ref, PDFDict).get(PDFName.of('Subtype')) === PDFName.of('Type3'),
        );
      });
      expect(type3).toEqual([]);
    }
  });

  test('no page is less than half used except the last one (ink measured in the PNGs)', () => {
    for (const [name, doc, mmHigh] of [
      ['notes', pdf.doc, 297],
      ['notes-letter', letter.doc, 279.4],
    ] as const) {
      const files = readdirSync(PNG_DIR)
        .filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f))
        .sort();
      expect(files).toHaveLength(doc.getPageCount());
      const shares = files.map((f) => inkedShare(join(PNG_DIR, f), { mmHigh }));
      const thin = shares.slice(0, -1).flatMap((share, i) => (share < 0.5 ? [`${name} page ${i + 1}: ${Math.round(share * 100)} %`] : []));
      expect(thin).toEqual([]);
      expect(shares.at(-1)).toBeGreaterThan(0.05);
    }
  });

  test('bookmarks: a branch per section, each slide to the page that shows its title', async () => {
    const { tree, pages } = await pdf.text();
    const sections = [...new Set(slides.map((s) => s.section))];
    expect(tree).toHaveLength(sections.length);
    const leaves = tree.flatMap((branch) => branch.children);
    expect(leaves.map((l) => squash(l.title))).toEqual(slides.map((s) => squash(s.title)));
    leaves.forEach((leaf, i) => expect(pages[leaf.page], `${slides[i]?.id} on page ${leaf.page + 1}`).toContain(squash(leaf.title)));
    expect(leaves.map((l) => l.page)).toEqual([...leaves.map((l) => l.page)].sort((a, b) => a - b));
  });

  test('in the light scheme: white paper behind every page', () => {
    const pages = readdirSync(PNG_DIR).filter((f) => /^notes-\d+\.png$/.test(f));
    for (const f of pages) {
      const png = PNG.sync.read(readFileSync(join(PNG_DIR, f)));
      expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);
    }
  });
});

describe('errors: clear message, distinct exit status, no file left behind', () => {
  function capture(): CliIo & { text: () => string } {
    const lines: string[] = [];
    return { out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join('\n') };
  }

  test('an output path that cannot be written: exit 6 before any browser starts', async () => {
    writeFileSync(join(work, 'blocker'), '');
    const out = join(work, 'blocker', 'deck.pdf');
    const io = capture();
    expect(await runPdfCli(['--out', out], io, hooks)).toBe(6);
    expect(io.text()).toContain(`Cannot write ${out}`);
    expect(io.text()).not.toContain('Chromium');
    expect(existsSync(out)).toBe(false);
  });

  test('--timeout too short: exit 5 naming the readiness step still missing', async () => {
    const dir = join(work, 'timeout');
    mkdirSync(dir);
    const io = capture();
    expect(await runPdfCli(['--out', join(dir, 'deck.pdf'), '--timeout', '0.05'], io, hooks)).toBe(5);
    expect(io.text()).toMatch(/did not become ready within 0\.05 s: missing (page load|pdf-ready|fonts|images)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a CSP that blocks the print view: exit 7 listing the violations', async () => {
    const strict = join(work, 'dist-strict');
    cpSync(dist, strict, { recursive: true });
    const headers = readFileSync(join(strict, '_headers'), 'utf8');
    writeFileSync(join(strict, '_headers'), headers.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'"));
    const io = capture();
    const out = join(work, 'strict.pdf');
    expect(await runPdfCli(['--out', out], io, { ...hooks, distDir: strict })).toBe(7);
    expect(io.text()).toContain('broke the Content-Security-Policy');
    expect(io.text()).toContain('style-src');
    expect(existsSync(out)).toBe(false);
  });

  test('the real command with a bogus --browser: exit 3 and how to get a browser', async () => {
    const out = join(work, 'never.pdf');
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', resolve('src/cli/pdf.ts'), '--browser', '/nope', '--out', out],
        (error, _stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(code).toBe(3);
    expect(stderr).toContain('--browser "/nope" does not exist.');
    expect(stderr).toContain('CHROME_PATH=');
    expect(stderr).toContain('npx playwright install chromium');
    expect(existsSync(out)).toBe(false);
  });
});
