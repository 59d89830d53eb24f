import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * A slide's SVG is also a page of its own: a visitor can open `assets/x.svg` directly, and then
 * its scripts run with the site's origin (the deck's CSP does not cover a file opened alone). So an
 * SVG may draw, and nothing more: no script, no event handler, no embedded HTML, no reference
 * outside the file, no DTD (entities). Parsed with a real XML parser; the first problem is named.
 */
const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
const LINKS = new Set(['href', 'xlink:href', 'src']);

export function svgProblem(text: string): string | undefined {
  let problem: string | undefined;
  const parser = new SaxesParser({ xmlns: false });
  const fail = (p: string): void => {
    problem ??= p;
  };
  parser.on('doctype', () => fail('a DOCTYPE (entities can pull in other files)'));
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase().replace(/^.*:/, '');
    if (ACTIVE.has(name)) fail(`a <${tag.name}> element`);
    for (const [attr, value] of Object.entries(tag.attributes)) {
      const a = attr.toLowerCase();
      const v = String(value).trim();
      if (a.startsWith('on')) fail(`an event handler (${attr}="${v.slice(0, 40)}")`);
      else if (LINKS.has(a) && v && !v.startsWith('#')) fail(`a reference outside the file (${attr}="${v.slice(0, 80)}")`);
      else if (a === 'style' && /url\(\s*['"]?(?!#)/i.test(v)) fail(`a style that loads a URL (${v.slice(0, 60)})`);
    }
  });
  parser.on('text', (t) => {
    if (/@import|url\(\s*['"]?(?!#)/i.test(t) && /[{};]/.test(t)) fail('a stylesheet that loads a URL');
  });
  parser.on('error', (e) => fail(`XML that does not parse (${e.message.split('\n')[0]})`));
  try {
    parser.write(text).close();
  } catch (e) {
    fail(`XML that does not parse (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  return problem;
}

export function svgFileProblem(path: string): string | undefined {
  return svgProblem(readFileSync(path, 'utf8'));
}
