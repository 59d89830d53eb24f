import { describe, expect, test } from 'vitest';
import {
  CODE_FIT,
  KNOWN_LANGUAGES,
  codeFigure,
  columns,
  fitCode,
  highlightCode,
  parseLineSpec,
  renderCodeLines,
  resolveLanguage,
  splitHighlightedLines,
} from '../../src/deck/highlight.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

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

describe('code blocks: line focus, quiet prompts, fitted size', () => {
  test('the line spec is read from the end of the info string', () => {
    expect(parseLineSpec('ufw {2,4-5}', 6)).toEqual({ title: 'ufw', lines: new Set([2, 4, 5]) });
    expect(parseLineSpec('/etc/ssh/sshd_config', 6)).toEqual({ title: '/etc/ssh/sshd_config' });
    expect(parseLineSpec('{1}', 1)).toEqual({ title: '', lines: new Set([1]) });
    for (const bad of ['{0}', '{7}', '{3-2}', '{a}', '{1,,2}']) expect(parseLineSpec(`x ${bad}`, 6).bad).toBe(bad);
  });

  test('lines are whole HTML even when a highlighted span crosses a line end', () => {
    const lines = splitHighlightedLines(highlightCode('cat <<EOF\na\nEOF', 'bash'));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.match(/<span/g)?.length ?? 0).toBe(l.match(/<\/span>/g)?.length ?? 0);
  });

  test('focus marks the chosen lines and dims the rest; prompts and sudo are quiet', () => {
    const html = renderCodeLines('$ sudo ufw enable\nsudo ufw status', 'bash', new Set([2]));
    expect(html).toBe(
      '<span class="line is-dim"><span class="code-quiet">$ sudo</span> ufw <span class="hljs-built_in">enable</span></span>\n' +
        '<span class="line is-focus"><span class="code-quiet">sudo</span> ufw status</span>',
    );
    expect(renderCodeLines('a\nb', 'plaintext')).toBe('<span class="line">a</span>\n<span class="line">b</span>');
  });

  test('a block is sized to its longest line and line count, between the floor and the maximum', () => {
    expect(fitCode('short').fontSize).toBe(CODE_FIT.max);
    const wide = fitCode('x'.repeat(70));
    expect(wide.fontSize).toBeLessThan(CODE_FIT.max);
    expect(wide.fontSize).toBeGreaterThanOrEqual(CODE_FIT.floor);
    expect(fitCode(Array(20).fill('line').join('\n')).overflow).toMatch(/^20 lines/);
    expect(fitCode('y'.repeat(200)).overflow).toMatch(/^a line of 200 columns/);
    expect(columns('日本語ab')).toBe(8);
  });

  test('a block too long for the slide, or a bad focus, is a build error naming the place', () => {
    const diagnostics: Diagnostic[] = [];
    const pos = { file: 'slides/02-x.md', line: 12 };
    const html = codeFigure(
      { code: Array(20).fill('echo').join('\n'), lang: 'bash', title: 'sh {30}', classAttr: ' class="code"' },
      pos,
      diagnostics,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['bad-line-focus', 'code-too-long']);
    expect(diagnostics[1]?.message).toContain('slides/02-x.md:12');
    expect(html).toMatch(
      /^<figure class="code" style="--code-size:20px"><figcaption class="code-title">sh<\/figcaption><pre tabindex="0">/,
    );
  });
});
