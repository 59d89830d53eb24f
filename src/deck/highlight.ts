import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import ini from 'highlight.js/lib/languages/ini';
import plaintext from 'highlight.js/lib/languages/plaintext';

/**
 * Code is highlighted here, at build time, so the browser ships no highlight.js.
 * Only the languages the deck uses are registered: an unknown one is a build error, not a silent
 * fallback to plain text.
 */
const LANGUAGES = { bash, ini, plaintext } as const;
for (const [name, lang] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, lang);

/** Aliases an author may reasonably write, mapped to a registered language. */
const ALIASES: Record<string, keyof typeof LANGUAGES> = { sh: 'bash', shell: 'bash', text: 'plaintext' };

export const KNOWN_LANGUAGES: readonly string[] = [...Object.keys(LANGUAGES), ...Object.keys(ALIASES)].sort();

export function resolveLanguage(name: string): keyof typeof LANGUAGES | undefined {
  // Own properties only: `in` would also accept "constructor" or "toString" from the prototype.
  if (Object.hasOwn(LANGUAGES, name)) return name as keyof typeof LANGUAGES;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** Returns highlighted, escaped HTML for the inside of a `<code>` element. */
export function highlightCode(code: string, language: keyof typeof LANGUAGES): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
