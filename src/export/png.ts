import type { DeckContent } from './slides.ts';

/** `07-yamashita-botnet.png`: deck order first, the slide id for people. */
export function pngName(index: number, id: string, total: number): string {
  return `${String(index + 1).padStart(total > 99 ? 3 : 2, '0')}-${id}.png`;
}

/** The PNG folder's files, one per slide, named after the slides in deck order. */
export function pngFiles(content: DeckContent, shots: readonly Uint8Array[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  content.slides.forEach((slide, i) => {
    const shot = shots[i];
    if (shot) files.set(pngName(i, slide.id, content.slides.length), shot);
  });
  return files;
}
