import { describe, expect, test } from 'vitest';
import { sectionMinutes } from '../../src/deck/components/agenda.ts';
import { COMPONENTS, type ComponentContext } from '../../src/deck/components/index.ts';
import { formatDate } from '../../src/deck/components/dates.ts';
import { shortUrl } from '../../src/deck/components/qr.ts';
import { IPA_RANKING_2016_ORGANIZATIONS, IPA_RANKING_2016_SOURCE } from '../../src/data/ipa-ranking-2016.ts';
import { parseSectionFile } from '../../src/deck/parse.ts';
import type { Diagnostic, Lang, SectionSource } from '../../src/deck/types.ts';
import { FACT_SHEET_ORGANIZATIONS_2016 } from '../support/fact-sheet.ts';

function render(name: string, args: Record<string, string> = {}, lang: Lang = 'ja', sections: SectionSource[] = []) {
  const diagnostics: Diagnostic[] = [];
  const ctx: ComponentContext = { lang, pos: { file: 'slides/04-ipa-ranking.md', line: 9 }, sections, diagnostics };
  const component = COMPONENTS[name];
  if (!component) throw new Error(`no component ${name}`);
  return { html: component.render(args, ctx), diagnostics };
}

const items = (html: string): string[] => [...html.matchAll(/<li class="([^"]*)"[^>]*>(.*?)<\/li>/g)].map((m) => m[0]);
const titles = (html: string): string[] => [...html.matchAll(/<span class="ranking-title">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

test('the registry holds the components the slides use', () => {
  expect(Object.keys(COMPONENTS)).toEqual(expect.arrayContaining(['agenda', 'ranking', 'responsibility', 'time-chart']));
});

describe('ranking', () => {
  test('the data module holds the fact sheet’s 組織 ranking, ranks 1–10 in order', () => {
    expect(IPA_RANKING_2016_ORGANIZATIONS.map((t) => t.title.ja)).toEqual(FACT_SHEET_ORGANIZATIONS_2016);
    expect(IPA_RANKING_2016_ORGANIZATIONS.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('renders the ten titles in rank order and marks 3, 5 and 6 as picked', () => {
    const { html, diagnostics } = render('ranking');
    expect(diagnostics).toEqual([]);
    expect(titles(html)).toEqual(FACT_SHEET_ORGANIZATIONS_2016);
    const picked = items(html)
      .map((li, i) => (li.includes('is-picked') ? i + 1 : 0))
      .filter(Boolean);
    expect(picked).toEqual([3, 5, 6]);
    // One legend for the three outlined rows, not a badge on each.
    expect(html.match(/藤崎さんが注目/g)).toHaveLength(1);
    expect(html).toMatch(
      /^<p class="ranking-legend"><span class="legend-picked" aria-hidden="true"><\/span>藤崎さんが注目<\/p><ol class="ranking">/,
    );
    expect(html).toContain('<span class="ranking-rank">10位</span>');
    expect(html).not.toContain('fragment');
  });

  test('cites IPA with a link to the ranking page', () => {
    const { html } = render('ranking');
    expect(IPA_RANKING_2016_SOURCE.url).toBe('https://www.ipa.go.jp/security/10threats/2016/2016.html');
    expect(html).toContain(
      '<p class="source">出典：IPA（独立行政法人情報処理推進機構）「<a href="https://www.ipa.go.jp/security/10threats/2016/2016.html" target="_blank" rel="noopener noreferrer">情報セキュリティ10大脅威 2016</a>」組織ランキング（2016年3月31日公開）</p>',
    );
    // The date as prose writes it, from the data's ISO date.
    expect(render('ranking', {}, 'en').html).toContain('ranking for organizations (published March 31, 2016)</p>');
  });

  test('step: every rank is a fragment, counted down so rank 10 appears first', () => {
    const { html } = render('ranking', { step: 'true' });
    const order = items(html).map((li) => Number(/data-fragment-index="(\d+)"/.exec(li)?.[1]));
    expect(order).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(items(html).every((li) => /class="ranking-item[^"]* fragment"/.test(li))).toBe(true);
    expect(items(html)[9]).toContain('過失による情報漏えい');
  });

  test('only=3 renders one rank; only=3,5,6 the picked ones', () => {
    expect(titles(render('ranking', { only: '3' }).html)).toEqual(['ウェブサービスからの個人情報の窃取']);
    const { html } = render('ranking', { only: '3,5,6' });
    expect(html).toMatch(/<\/p><ol class="ranking ranking-picked">/);
    expect(titles(html)).toEqual([3, 5, 6].map((r) => FACT_SHEET_ORGANIZATIONS_2016[r - 1]));
  });

  test('English uses the English titles and labels', () => {
    const { html } = render('ranking', {}, 'en');
    expect(titles(html)[0]).toBe('Information leakage through targeted attacks');
    expect(html).toContain('<span class="ranking-rank">#1</span>');
    expect(html).toContain('Picked by Fujisaki');
    expect(html).toContain('Source: IPA (Information-technology Promotion Agency, Japan)');
  });
});

describe('time-chart', () => {
  const { html } = render('time-chart');

  test('shows the reported hours, the derived remainder and the total as text', () => {
    const values = [...html.matchAll(/<span class="chart-value">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(values).toEqual(['1.5h', '0.5h', '1.0h', '約5h']);
    const labels = [...html.matchAll(/<span class="chart-label">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(labels).toEqual(['脆弱性対応の調査', '対応作業', '対応の動作チェック', '作業前バックアップ、ステージング環境作業など']);
    expect(html).toContain('<p class="chart-total">合計 約1日（8h）</p>');
    expect(html).toContain('<li class="chart-row is-derived">');
    expect(render('time-chart', {}, 'en').html).toContain('<span class="chart-label">Checking that everything still works</span>');
  });

  test('bars are decoration with lengths in proportion to the 8-hour day', () => {
    const shares = [
      ...html.matchAll(/<span class="chart-track"><span class="chart-bar" aria-hidden="true" style="--share:([\d.]+)"><\/span>/g),
    ].map((m) => Number(m[1]));
    expect(shares).toEqual([1.5 / 8, 0.5 / 8, 1 / 8, 5 / 8]);
  });

  test('the hands-on fix is the key bar; a legend explains the dashed one', () => {
    expect(html.match(/class="chart-row[^"]*is-key"/g)).toHaveLength(1);
    expect(html).toContain('<li class="chart-row is-key"><span class="chart-label">対応作業</span>');
    expect(html).toContain('<p class="chart-legend"><span class="legend-dashed" aria-hidden="true"></span>点線');
    expect(render('time-chart', {}, 'en').html).toContain('Dashed: ');
  });
});

describe('responsibility', () => {
  test('WordPress is the user’s responsibility; middleware and OS the provider’s', () => {
    const { html } = render('responsibility');
    const groups = [...html.matchAll(/<div class="stack-group owner-(\w+)">(.*?)<\/div>/g)].map((m) => ({ owner: m[1], html: m[2] ?? '' }));
    expect(groups.map((g) => g.owner)).toEqual(['user', 'provider']);
    expect(groups[0]?.html).toContain('アプリケーション<span class="layer-example">WordPress</span>');
    expect(groups[0]?.html).toContain('<p class="stack-owner">ユーザーの責任範囲</p>');
    expect(groups[1]?.html).toContain('<li class="layer">ミドルウェア</li><li class="layer">OS</li>');
    expect(groups[1]?.html).toContain('<p class="stack-owner">事業者の責任範囲</p>');
    expect(html).toContain('さくらのマネージドサーバ');
  });
});

describe('agenda', () => {
  const file = (n: number, slug: string, ja: string, ids: string[]): SectionSource =>
    parseSectionFile(
      `---\ntitle.ja: ${ja}\ntitle.en: ${slug}\n---\n${ids.map((id) => `=== ${id}\ntime: 1\n`).join('')}`,
      `slides/0${n}-${slug}.md`,
    ).section;
  const sections = [
    file(1, 'title', 'はじめに', ['title', 'agenda']),
    file(2, 'yamashita', '山下さん<講演>', ['abuse', 'botnet']),
    file(3, 'walti', 'Walti', ['walti-intro']),
  ];

  test('lists every section after the first, linked to its first slide, titles escaped, with its minutes', () => {
    expect(render('agenda', {}, 'ja', sections).html).toBe(
      '<ol class="agenda"><li><a class="agenda-item" href="#/abuse"><span class="agenda-title">山下さん&lt;講演&gt;</span><span class="agenda-minutes">1分</span></a></li>' +
        '<li><a class="agenda-item" href="#/walti-intro"><span class="agenda-title">Walti</span><span class="agenda-minutes">1分</span></a></li></ol>',
    );
    expect(render('agenda', {}, 'en', sections).html).toContain(
      '<a class="agenda-item" href="#/abuse"><span class="agenda-title">yamashita</span>',
    );
  });

  test('an invalid first slide id (an error of its own) is escaped in the link, never markup', () => {
    const bad = file(2, 'bad', 'x', ['gehirn-c[t](https://e.org/?a="b)ancelled']);
    expect(render('agenda', {}, 'ja', [sections[0] as SectionSource, bad]).html).toContain(
      'href="#/gehirn-c[t](https://e.org/?a=&quot;b)ancelled"',
    );
  });

  test('a talk is two levels: its title, the speaker below; minutes are the section’s time budgets', () => {
    const talk = parseSectionFile(
      '---\ntitle.ja: 山下 健一さん「クラック・サイト改ざんが発覚!」\ntitle.en: Yamashita Kenichi: “Cracked and defaced!”\n---\n=== a\ntime: 200\n=== b\ntime: 130\n',
      'slides/02-yamashita.md',
    ).section;
    const ja = render('agenda', {}, 'ja', [sections[0] as SectionSource, talk]).html;
    expect(ja).toContain(
      '<span class="agenda-title">「クラック・サイト改ざんが発覚!」</span><span class="agenda-speaker">山下 健一さん</span><span class="agenda-minutes">6分</span>',
    );
    const en = render('agenda', {}, 'en', [sections[0] as SectionSource, talk]).html;
    expect(en).toContain(
      '<span class="agenda-title">“Cracked and defaced!”</span><span class="agenda-speaker">Yamashita Kenichi</span><span class="agenda-minutes">6 min</span>',
    );
    expect(sectionMinutes(20)).toBe(1);
    expect(sectionMinutes(89)).toBe(1);
    expect(sectionMinutes(91)).toBe(2);
  });
});

describe('dates in running text', () => {
  test('an ISO date from the data is written as prose writes it, in each language', () => {
    expect(formatDate('2016-03-31', 'ja')).toBe('2016年3月31日');
    expect(formatDate('2016-12-09', 'ja')).toBe('2016年12月9日');
    expect(formatDate('2016-03-31', 'en')).toBe('March 31, 2016');
    expect(formatDate('2016-12-09', 'en')).toBe('December 9, 2016');
  });

  test('anything but YYYY-MM-DD is refused with the value in quotes', () => {
    expect(() => formatDate('31 March 2016', 'en')).toThrow('Not an ISO date: "31 March 2016" (write YYYY-MM-DD).');
    expect(() => formatDate('2016-13-01', 'ja')).toThrow('"2016-13-01"');
    expect(() => formatDate('2016-03-32', 'ja')).toThrow('"2016-03-32"');
  });
});

describe('qr', () => {
  test('the address under the code has no scheme or trailing slash and breaks only after a "/"', () => {
    expect(shortUrl('https://example.org/security-no-yube/')).toBe(
      '<span class="nowrap">example.org</span>/<wbr><span class="nowrap">security-no-yube</span>',
    );
    expect(shortUrl('http://a.example/?q=<x>')).toBe('<span class="nowrap">a.example</span>/<wbr><span class="nowrap">?q=&lt;x&gt;</span>');
  });
});
