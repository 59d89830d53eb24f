import { describe, expect, test } from 'vitest';
import { KNOWN_LANGUAGES, highlightCode, resolveLanguage } from '../../src/deck/highlight.ts';

describe('build-time highlighting', () => {
  test('bash is highlighted into hljs spans and stays escaped', () => {
    const html = highlightCode('echo "<b>" | grep -v \'#\' && exit 1 # done', 'bash');
    expect(html).toContain('<span class="hljs-built_in">echo</span>');
    expect(html).toContain('<span class="hljs-string">&quot;&lt;b&gt;&quot;</span>');
    expect(html).toContain('<span class="hljs-comment"># done</span>');
    expect(html).not.toContain('<b>');
  });

  test('ini is highlighted', () => {
    const html = highlightCode('[sshd]\nenabled = true\nmaxretry = 5', 'ini');
    expect(html).toContain('<span class="hljs-section">[sshd]</span>');
    expect(html).toMatch(/<span class="hljs-attr">enabled<\/span>/);
    expect(html).toMatch(/<span class="hljs-literal">true<\/span>/);
  });

  test('plaintext is escaped, not highlighted', () => {
    expect(highlightCode('<script>&', 'plaintext')).toBe('&lt;script&gt;&amp;');
  });

  test('aliases resolve to registered languages; anything else is unknown', () => {
    expect(resolveLanguage('bash')).toBe('bash');
    expect(resolveLanguage('sh')).toBe('bash');
    expect(resolveLanguage('shell')).toBe('bash');
    expect(resolveLanguage('text')).toBe('plaintext');
    expect(resolveLanguage('ini')).toBe('ini');
    for (const name of ['python', 'javascript', 'BASH', '', 'constructor', 'toString']) expect(resolveLanguage(name)).toBeUndefined();
  });

  test('the known languages are exactly the registered ones and their aliases, sorted', () => {
    expect(KNOWN_LANGUAGES).toEqual(['bash', 'ini', 'plaintext', 'sh', 'shell', 'text']);
  });
});
