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
  // No inline script at all: the speaker view is a page of the deck's own (speaker.html), not
  // reveal's notes window with its inline script.
  const scripts = [...(options.self === false ? [] : ["'self'"]), ...(options.scriptHashes ?? [])];
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
