/**
 * Whether the text a page draws inside some element is in the font subsets shipped for the weight
 * it is drawn at: the check font-subset.test.ts makes on the slides, for UI the slides do not hold
 * (the overview's labels, the search dialog). A character outside them is drawn in a system font,
 * or as nothing at all on a machine without one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import type { Page } from 'playwright-core';
import { DIST } from './browser.ts';

export type FaceRole = 'regular' | 'bold' | 'notes' | 'code';

/** One font file of the built deck: its role, its part (src/deck/fonts.ts, SubsetPart) and its code points. */
export interface ShippedFace {
  role: FaceRole;
  part: 'first' | 'reading' | 'rest';
  cmap: Set<number>;
}

/** The font files index.html declares, read back from the files themselves. */
export async function shippedFaces(dir = DIST): Promise<ShippedFace[]> {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // `noto-sans-jp-regular-<hash>.woff2`, `…-regular-reading-<hash>…`, `…-regular-rest-<hash>…`: role and part.
  const files = [...html.matchAll(/src:url\("\.\/assets\/([a-z-]+?-(regular|bold|notes|code)(?:-(rest|reading))?-[0-9a-f]{8}\.woff2)"\)/g)];
  const out: ShippedFace[] = [];
  // One at a time: the WOFF2 decoder's output lives in its wasm heap until the next call.
  for (const [, file = '', role = '', part = 'first'] of files) {
    const sfnt = Buffer.from(await convert(readFileSync(join(dir, 'assets', file)), 'sfnt'));
    out.push({ role: role as FaceRole, part: part as ShippedFace['part'], cmap: new Set(new Face(new Blob(sfnt)).collectUnicodes()) });
  }
  if (out.length < 4) throw new Error(`found only ${out.length} font faces in ${join(dir, 'index.html')}`);
  return out;
}

/** Code points per face role of the built deck, every part of a role together. */
export async function shippedCmaps(dir = DIST): Promise<Record<FaceRole, Set<number>>> {
  const out: Record<FaceRole, Set<number>> = { regular: new Set(), bold: new Set(), notes: new Set(), code: new Set() };
  for (const face of await shippedFaces(dir)) for (const cp of face.cmap) out[face.role].add(cp);
  return out;
}

/** Characters drawn under `selector` that no face of their weight carries, e.g. "検 (weight 700)". */
export async function uncoveredGlyphs(page: Page, selector: string, cmaps: Record<FaceRole, Set<number>>): Promise<string[]> {
  const drawn = await page.evaluate((sel) => {
    const found: { weight: number; text: string }[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.replace(/\s+/g, '') ?? '';
        if (!el || !text || !el.checkVisibility({ visibilityProperty: true })) continue;
        found.push({ weight: Number(getComputedStyle(el).fontWeight), text });
      }
    }
    return found;
  }, selector);
  if (!drawn.length) throw new Error(`No text drawn under ${selector}`);
  const lost = new Set<string>();
  for (const { weight, text } of drawn) {
    // The notes face holds what only the notes use, at the regular weight.
    const faces = weight >= 600 ? [cmaps.bold] : [cmaps.regular, cmaps.notes];
    for (const ch of text) if (!faces.some((f) => f.has(ch.codePointAt(0) ?? 0))) lost.add(`${ch} (weight ${weight})`);
  }
  return [...lost];
}
