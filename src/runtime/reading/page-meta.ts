import { DECK_CONFIG } from '../../deck-config.ts';
import type { Lang } from '../../deck/types.ts';

/**
 * The page's `<meta name="description">` in the language shown: index.html carries the deck's
 * first language, and a reader (or a crawler that runs the script) of `?lang=en` gets English.
 */
export function describePage(lang: Lang, doc: Document = document): void {
  const text = DECK_CONFIG.description[lang];
  let meta = doc.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = doc.createElement('meta');
    meta.name = 'description';
    doc.head.append(meta);
  }
  if (meta.content !== text) meta.content = text;
}
