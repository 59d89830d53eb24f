import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/deck/types.ts';
import { escapeHtml, joinLines, plainInline, renderInline } from '../../src/deck/inline.ts';

const POS = { file: 'slides/02-yamashita.md', line: 7 };

function render(text: string): { html: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { html: renderInline(text, POS, diagnostics), diagnostics };
}

describe('joinLines', () => {
  test('Japanese lines join without a stray space, Latin lines with one', () => {
    expect(joinLines('ボットネットに\n組み込まれた')).toBe('ボットネットに組み込まれた');
    expect(joinLines('通信の秘密。\n事業者は')).toBe('通信の秘密。事業者は');
    expect(joinLines('port\nscan')).toBe('port scan');
    expect(joinLines('SSH の\nport 22')).toBe('SSH のport 22');
  });

  test('" \\ " and a line ending in a backslash are hard breaks', () => {
    expect(joinLines('一行目 \\ 二行目')).toBe('一行目\u2028二行目');
    expect(joinLines('first\\\nsecond')).toBe('first\u2028second');
  });
});

describe('renderInline', () => {
  test('hard breaks become <br>', () => {
    expect(render('セキュリティ \\ の夕べ').html).toBe('セキュリティ<br>の夕べ');
  });

  test('strong, em and code; code content is escaped and not parsed further', () => {
    expect(render('**重要** と *注意*').html).toBe('<strong>重要</strong> と <em>注意</em>');
    expect(render('`<b>**x**</b> & "q"`').html).toBe('<code>&lt;b&gt;**x**&lt;/b&gt; &amp; &quot;q&quot;</code>');
  });

  test('raw HTML is escaped, never passed through', () => {
    const { html } = render('<script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(script|img)/);
  });

  test('external links open a new tab without window.opener; deck links do not', () => {
    expect(render('[IPA](https://www.ipa.go.jp/)').html).toBe(
      '<a href="https://www.ipa.go.jp/" target="_blank" rel="noopener noreferrer">IPA</a>',
    );
    expect(render('[前へ](#/agenda)').html).toBe('<a href="#/agenda">前へ</a>');
    expect(render('[mail](mailto:a@example.jp)').html).toContain('href="mailto:a@example.jp"');
    expect(render('[wiki](https://en.wikipedia.org/wiki/Botnet_(computing))').html).toContain(
      'href="https://en.wikipedia.org/wiki/Botnet_(computing)"',
    );
  });

  test('a URL is escaped inside the attribute', () => {
    expect(render('[q](https://example.jp/?a=1&b="2")').html).toBe(
      '<a href="https://example.jp/?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener noreferrer">q</a>',
    );
  });

  test.each(['javascript:alert(1)', 'JavaScript:alert', 'data:text/html,x', 'vbscript:x', '//evil.example', 'images/a.svg'])(
    'unsafe link %s is an error and renders as plain text',
    (url) => {
      const { html, diagnostics } = render(`[ここ](${url})`);
      expect(html).toBe('ここ');
      expect(diagnostics).toEqual([
        {
          ...POS,
          severity: 'error',
          code: 'unsafe-link',
          message: `Link to "${url}" is not allowed.`,
          hint: 'Links may use https:, http:, mailto: or "#/<slide-id>".',
        },
      ]);
    },
  );
});

test('an unsafe link in a paragraph of several lines is reported at its own line', () => {
  const { diagnostics } = render('一行目\n二行目\n[x](javascript:alert(1)) 三行目');
  expect(diagnostics.map((d) => d.line)).toEqual([POS.line + 2]);
});

describe('plain text', () => {
  test('plainInline drops the markup and keeps the words', () => {
    expect(plainInline('**Walti** の `nmap` と [IPA](https://www.ipa.go.jp/) \\ 資料')).toBe('Walti の nmap と IPA 資料');
  });

  test('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
