import { WALTI_TIME_ITEMS, WALTI_TIME_REMAINDER, WALTI_TOTAL_HOURS } from '../../data/walti-time-breakdown.ts';
import { escapeHtml } from '../html.ts';
import type { Component } from './component.ts';

/**
 * Reported hours keep the precision they were reported in (1.0h, not 1h); the derived remainder is
 * an estimate and is written as one ("約5h").
 */
const TEXT = {
  ja: {
    caption: 'さくらのナレッジの脆弱性対応にかかった時間（藤崎さんの報告）',
    derived: '点線：合計から差し引いた残り（内訳の報告なし）',
    total: `合計 約1日（${WALTI_TOTAL_HOURS}h）`,
    hours: (h: number, derived?: boolean) => (derived ? `約${h}h` : `${h.toFixed(1)}h`),
  },
  en: {
    caption: 'Time spent fixing the vulnerabilities of Sakura Knowledge (as Fujisaki reported it)',
    derived: 'Dashed: what the total leaves (no breakdown was reported)',
    total: `About one day (${WALTI_TOTAL_HOURS}h) in all`,
    hours: (h: number, derived?: boolean) => (derived ? `~${h}h` : `${h.toFixed(1)}h`),
  },
} as const;

/**
 * A horizontal bar chart of the time breakdown, built at build time in HTML/CSS rather than SVG:
 * its labels are real text that reflows (an SVG shrinks its text with it on a phone) and that a
 * screen reader reads as a list; the bars are decoration and hidden from it. Bar lengths are
 * fractions of the day's total, set as a custom property. The bar the slide is about (`highlight`
 * in the data) is drawn in the emphasis colour and the others muted; a legend says what the dashed
 * bar is.
 */
export const timeChart: Component = {
  args: {},
  render(_args, { lang }) {
    const t = TEXT[lang];
    const rows = [...WALTI_TIME_ITEMS, WALTI_TIME_REMAINDER];
    const items = rows.map((r) => {
      const share = (r.hours / WALTI_TOTAL_HOURS).toFixed(4);
      return [
        `<li class="chart-row${r.derived ? ' is-derived' : ''}${r.highlight ? ' is-key' : ''}">`,
        `<span class="chart-label">${escapeHtml(r.label[lang])}</span>`,
        `<span class="chart-track"><span class="chart-bar" aria-hidden="true" style="--share:${share}"></span>`,
        `<span class="chart-value">${t.hours(r.hours, r.derived)}</span></span>`,
        `</li>`,
      ].join('');
    });
    return [
      `<figure class="chart">`,
      `<ul class="chart-rows">${items.join('')}</ul>`,
      `<p class="chart-total">${escapeHtml(t.total)}</p>`,
      `<p class="chart-legend"><span class="legend-dashed" aria-hidden="true"></span>${escapeHtml(t.derived)}</p>`,
      `<figcaption>${escapeHtml(t.caption)}</figcaption>`,
      `</figure>`,
    ].join('');
  },
};
