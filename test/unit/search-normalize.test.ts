import { describe, expect, test } from 'vitest';
import { cleanText, findTerms, fold, queryTerms } from '../../src/runtime/search/normalize.ts';
import { search } from '../../src/runtime/search/query.ts';
import type { IndexLine } from '../../src/runtime/search/slide-index.ts';

const marked = (text: string, query: string): string[] | null =>
  findTerms(fold(text), queryTerms(query))?.map(([a, b]) => text.slice(a, b)) ?? null;

describe('fold and findTerms', () => {
  test('full width, half width and case fold to one form; the marks are the original characters', () => {
    expect(marked('WordPressの更新', 'ｗｏｒｄｐｒｅｓｓ')).toEqual(['WordPress']);
    expect(marked('ＳＳＨは22番', 'ssh')).toEqual(['ＳＳＨ']);
    expect(marked('ログイン', 'ﾛｸﾞｲﾝ')).toEqual(['ログイン']);
    expect(marked('ﾛｸﾞｲﾝ画面', 'ログイン')).toEqual(['ﾛｸﾞｲﾝ']);
    expect(marked('１位', '1位')).toEqual(['１位']);
  });

  test('white space: collapsed, and ignored between Japanese characters (the <wbr> line breaks)', () => {
    expect(marked('便利になった\nサイトを簡単に', '便利になったサイト')).toEqual(['便利になった\nサイト']);
    expect(marked('山下 健一さん', '山下健一')).toEqual(['山下 健一']);
    expect(marked('山下健一さん', '山下 健一')).toEqual(['山下健一']);
    expect(marked('port   scan', 'port scan')).toEqual(['port', 'scan']);
    expect(cleanText(' 便利になった\n サイト Walti を ')).toBe('便利になったサイト Walti を');
    expect(cleanText('山下 健一さん')).toBe('山下 健一さん');
  });

  test('every term must be found; each occurrence is marked, overlapping marks merge', () => {
    expect(marked('SSH keys for SSH', 'ssh keys')).toEqual(['SSH', 'keys', 'SSH']);
    expect(marked('SSH keys', 'ssh passwords')).toBeNull();
    expect(marked('abcabc', 'bca abc')).toEqual(['abcabc']);
    expect(queryTerms('  　 ')).toEqual([]);
  });
});

const line = (slide: string, kind: IndexLine['kind'], text: string, lang = 'ja'): IndexLine => ({
  slide,
  lang,
  kind,
  text,
  folded: fold(text),
  heading: slide,
  section: '',
});

describe('search', () => {
  const index = [
    line('a', 'notes', 'SSHのノート'),
    line('a', 'text', 'SSH 1'),
    line('a', 'text', 'SSH 2'),
    line('a', 'heading', 'SSHの設定'),
    line('b', 'text', 'SSH in English', 'en'),
    line('c', 'text', 'x'.repeat(200) + 'SSH' + 'y'.repeat(200)),
  ];

  test('deck order, the current language first; per slide the heading, then text, then notes, at most three', () => {
    const found = search(index, 'ssh', ['ja', 'en']);
    expect(found.map((r) => `${r.line.slide}:${r.line.kind}`)).toEqual(['a:heading', 'a:text', 'a:text', 'c:text', 'b:text']);
    expect(search(index, 'ssh', ['ja']).some((r) => r.line.lang === 'en')).toBe(false);
    expect(search(index, '', ['ja'])).toEqual([]);
  });

  test('a long line is cut around its first match', () => {
    const long = search(index, 'ssh', ['ja']).find((r) => r.line.slide === 'c');
    expect(long?.cutStart).toBe(true);
    expect(long?.cutEnd).toBe(true);
    const text = long?.pieces.map((p) => p.text).join('') ?? '';
    expect(text.length).toBeLessThan(130);
    expect(long?.pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['SSH']);
  });
});
