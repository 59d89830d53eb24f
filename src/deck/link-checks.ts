import type { Token } from 'markdown-it';
import type { Report, TextSource } from './checks.ts';
import { attrOf, deckMeta } from './markdown.ts';
import { similar } from './suggest.ts';

/** URLs a slide may link to: the web, mail, and the deck's own slides. */
const SAFE_URL = /^(?:https:\/\/|http:\/\/|mailto:|#\/)/;

/**
 * A link must use a safe scheme, have text, and, when it is `#/id`, name a slide of the deck.
 * A rejected link is hidden (its text stays), so a preview never shows a live bad link.
 */
export function checkLink(children: Token[], i: number, line: number, src: TextSource, report: Report): void {
  const open = children[i] as Token;
  const href = attrOf(open, 'href');
  let close = i + 1;
  while (close < children.length && children[close]?.type !== 'link_close') close++;
  if (!SAFE_URL.test(href)) {
    report(line, 'unsafe-link', `Link to "${href}" is not allowed.`, 'Links may use https:, http:, mailto: or "#/<slide-id>".');
    open.hidden = true;
    if (children[close]) (children[close] as Token).hidden = true;
    return;
  }
  if (close === i + 1) {
    report(line, 'empty-link', `Link to "${href}" has no text.`, 'Write the words to click: [the event report](https://…).');
  }
  if (href.startsWith('#/')) {
    const id = href.slice(2);
    if (!src.ids.has(id)) {
      const known = similar(src.ids, id);
      report(
        line,
        'dead-link',
        `Link to slide "#/${id}" points at no slide.`,
        known.length ? `Did you mean one of: ${known.join(', ')}?` : 'Use the id after "===" of an existing slide.',
      );
    }
  }
}

/** An image is a file next to the slides (never a remote URL) and has alt text. */
export function checkImage(image: Token, line: number, src: TextSource, report: Report): void {
  const raw = attrOf(image, 'src');
  let path = raw;
  try {
    path = decodeURI(raw);
  } catch {
    // Not percent-encoding markdown-it wrote: keep the path as written.
  }
  const alt = (image.children ?? []).map((c) => c.content).join('');
  if (!alt.trim()) report(line, 'missing-alt', `Image "${path}" has no alt text.`, 'Describe it: ![what the image shows](path).');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    report(
      line,
      'remote-image',
      `Image "${path}" is not a file of the deck.`,
      'The deck loads nothing from other sites: save the image in slides/images/ and link it as images/x.svg.',
    );
    return;
  }
  const url = src.image(path);
  if (!url) {
    report(
      line,
      'missing-image',
      `Image "${path}" does not exist.`,
      'Paths are relative to the slide file, e.g. images/botnet.svg for slides/images/botnet.svg.',
    );
  }
  const problem = url ? src.imageProblem?.(path) : undefined;
  if (problem) {
    report(
      line,
      'unsafe-svg',
      `Image "${path}" contains ${problem}.`,
      'A visitor can open the image on its own, where scripts and external loads would run: keep SVGs to shapes and text (export them again, or remove those parts).',
    );
    return;
  }
  deckMeta(image).url = url;
}
