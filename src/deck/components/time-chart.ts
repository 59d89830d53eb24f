import { WALTI_TIME_ITEMS, WALTI_TIME_REMAINDER, WALTI_TOTAL_HOURS } from '../../data/walti-time-breakdown.ts';
import { escapeHtml } from '../inline.ts';
import type { Component } from './component.ts';

/**
 * Reported hours keep the precision they were reported in (1.0h, not 1h); the derived remainder is
 * an estimate and is written as one ("約5h").
 */
const TEXT = {
  ja: {
    caption: 'さくらのナレッジの脆弱性対応にかかった時間(藤崎さんの報告)',
    total: `合計 約1日(${WALTI_TOTAL_HOURS}h)`,
    hours: (h: number, derived?: boolean) => (derived ? `約${h}h` : `${h.toFixed(1)}h`),
  },
  en: {
    caption: 'Time spent fixing the vulnerabilities of Sakura Knowledge (as Mr. Fujisaki reported it)',
    total: `About one day (${WALTI_TOTAL_HOURS}h) in all`,
    hours: (h: number, derived?: boolean) => (derived ? `~${h}h` : `${h.toFixed(1)}h`),
  },
} as const;

/** A horizontal bar chart of the time breakdown, drawn as SVG at build time, with a text alternative. */
export const timeChart: Component = {
  args: [],
  render(_args, { lang }) {
    const t = TEXT[lang];
    const rows = [...WALTI_TIME_ITEMS, WALTI_TIME_REMAINDER];
    const [labelW, barW, rowH, gap] = [640, 460, 58, 18];
    const scale = barW / WALTI_TOTAL_HOURS;
    const height = rows.length * (rowH + gap) + 56;
    const bars = rows.map((r, i) => {
      const y = i * (rowH + gap);
      const w = Math.max(4, r.hours * scale);
      const cls = r.derived ? 'bar bar-derived' : 'bar';
      return [
        `<text class="chart-label" x="${labelW - 16}" y="${y + rowH / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(r.label[lang])}</text>`,
        `<rect class="${cls}" x="${labelW}" y="${y}" width="${w}" height="${rowH}" rx="6"/>`,
        `<text class="chart-value" x="${labelW + w + 12}" y="${y + rowH / 2}" dominant-baseline="central">${t.hours(r.hours, r.derived)}</text>`,
      ].join('');
    });
    const totalY = rows.length * (rowH + gap) + 28;
    const [comma, stop] = lang === 'ja' ? ['、', '。'] : [', ', '. '];
    const alt = `${t.caption}: ${rows.map((r) => `${r.label[lang]} ${t.hours(r.hours, r.derived)}`).join(comma)}${stop}${t.total}${stop.trim()}`;
    return [
      `<figure class="chart">`,
      `<svg viewBox="0 0 ${labelW + barW + 90} ${height}" role="img" aria-label="${escapeHtml(alt)}">`,
      ...bars,
      `<line class="chart-axis" x1="${labelW}" y1="0" x2="${labelW}" y2="${totalY - 24}"/>`,
      `<text class="chart-total" x="${labelW}" y="${totalY}" dominant-baseline="central">${escapeHtml(t.total)}</text>`,
      `</svg>`,
      `<figcaption>${escapeHtml(t.caption)}</figcaption>`,
      `</figure>`,
    ].join('');
  },
};
