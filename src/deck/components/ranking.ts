import { IPA_RANKING_2016_ORGANIZATIONS, IPA_RANKING_2016_SOURCE, WALTI_PICKED_RANKS } from '../../data/ipa-ranking-2016.ts';
import { escapeHtml } from '../html.ts';
import { formatDate } from './dates.ts';
import type { Component } from './component.ts';

const PICKED_LABEL = { ja: '藤崎さんが注目', en: 'Picked by Fujisaki' } as const;
const RANK = { ja: (n: number) => `${n}位`, en: (n: number) => `#${n}` } as const;

/**
 * The IPA 2016 organisations ranking, from the typed data module.
 * `step`: ranks appear one by one from 10 up to 1. `only=3,5,6`: render just those ranks. The ranks
 * 藤崎さん picked are outlined and the others dimmed; one legend above the list says whose pick it is.
 */
export const ranking: Component = {
  args: { step: { type: 'flag' }, only: { type: 'list', values: IPA_RANKING_2016_ORGANIZATIONS.map((t) => String(t.rank)) } },
  render(args, { lang }) {
    const only = args.only?.split(',').map(Number);
    const rows = IPA_RANKING_2016_ORGANIZATIONS.filter((t) => !only || only.includes(t.rank));
    const items = rows.map((t) => {
      const picked = WALTI_PICKED_RANKS.includes(t.rank);
      const classes = ['ranking-item', picked ? 'is-picked' : '', args.step ? 'fragment' : ''].filter(Boolean).join(' ');
      const order = args.step ? ` data-fragment-index="${rows.length - rows.indexOf(t)}"` : '';
      return `<li class="${classes}"${order}><span class="ranking-rank">${RANK[lang](t.rank)}</span><span class="ranking-title">${escapeHtml(t.title[lang])}</span></li>`;
    });
    // One legend for the outlined rows instead of a badge on each: said once, and large enough to read.
    const anyPicked = rows.some((t) => WALTI_PICKED_RANKS.includes(t.rank));
    const legend = anyPicked
      ? `<p class="ranking-legend"><span class="legend-picked" aria-hidden="true"></span>${PICKED_LABEL[lang]}</p>`
      : '';
    const src = IPA_RANKING_2016_SOURCE;
    const cite =
      lang === 'ja'
        ? `出典：${src.publisher.ja}「<a href="${src.url}" target="_blank" rel="noopener noreferrer">${src.title.ja}</a>」組織ランキング（${formatDate(src.published, 'ja')}公開）`
        : `Source: ${src.publisher.en}, “<a href="${src.url}" target="_blank" rel="noopener noreferrer">${src.title.en}</a>”, ranking for organizations (published ${formatDate(src.published, 'en')})`;
    return `${legend}<ol class="ranking${only ? ' ranking-picked' : ''}">${items.join('')}</ol><p class="source">${cite}</p>`;
  },
};
