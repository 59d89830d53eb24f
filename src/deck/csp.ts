import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);

/**
 * reveal.js's speaker view is an `about:blank` window into which the notes plugin
 * `document.write`s a page with one inline <script>. That window inherits the deck's CSP, so the
 * script is allowed by its hash. The hash is computed from the installed plugin at build time, so
 * a reveal.js update cannot silently break the speaker view.
 */
export function speakerViewScriptHash(): string {
  const file = require.resolve('reveal.js/plugin/notes').replace(/notes\.js$/, 'notes.mjs');
  const source = readFileSync(file, 'utf8');
  const call = source.indexOf('.document.write(');
  if (call < 0) throw new Error(`Cannot find the speaker view template in ${file}: has reveal.js changed?`);
  const start = call + '.document.write('.length;
  const literal = readStringLiteral(source, start);
  const html = String(runInNewContext(literal));
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`The speaker view template in ${file} has no inline <script>.`);
  return `'sha256-${createHash('sha256')
    .update(m[1] ?? '')
    .digest('base64')}'`;
}

/** Reads one JS string literal starting at `start` (a quote character) and returns its source. */
function readStringLiteral(source: string, start: number): string {
  const quote = source[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') throw new Error('Speaker view template is not a string literal.');
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return source.slice(start, i + 1);
  }
  throw new Error('Unterminated speaker view template.');
}

export interface CspOptions {
  /** Extra script hashes, e.g. for inline scripts of the single-file build. */
  scriptHashes?: readonly string[];
  /** Allow scripts from the deck's own origin (default). The single file has none to allow. */
  self?: boolean;
  /**
   * The single-file build: every style, font and image is inside the file, and it connects to
   * nothing, so only the frames of its own speaker view keep 'self' (its previews are the file).
   */
  inline?: boolean;
}

/**
 * The deck's Content-Security-Policy. Styles need 'unsafe-inline': reveal.js positions slides with
 * inline styles and its print view writes its @page rule into a <style> element (with `style-src
 * 'self'` the PDF comes out US Letter). Scripts never do.
 */
export function contentSecurityPolicy(options: CspOptions = {}, forMeta = false): string {
  const scripts = [...(options.self === false ? [] : ["'self'"]), speakerViewScriptHash(), ...(options.scriptHashes ?? [])];
  const directives = [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    options.inline ? "style-src 'unsafe-inline'" : "style-src 'self' 'unsafe-inline'",
    options.inline ? 'img-src data:' : "img-src 'self' data:",
    options.inline ? 'font-src data:' : "font-src 'self' data:",
    options.inline ? "connect-src 'none'" : "connect-src 'self'",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  // A <meta> CSP cannot carry frame-ancestors (browsers ignore it there and warn in the console).
  if (!forMeta) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/** Response headers for the built deck, shared by `vite preview`, the test server and `_headers`. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
