import type { Localized } from '../deck/types.ts';

/**
 * Time the さくらのナレッジ fixes took, as 藤崎さん reported it. Only these numbers are known:
 * 調査 1.5h, 対応作業 0.5h, 動作チェック 1.0h, and about one day (8h) in all once the backup before
 * the work and the staging work are counted. The remainder is therefore about 5h; no finer split of
 * it exists, so none is drawn.
 */
export interface TimeItem {
  key: string;
  label: Localized;
  hours: number;
  /** True for the remainder, which is derived from the total and not reported by itself. */
  derived?: boolean;
  /** The bar the slide is about: the hands-on fix took half an hour of the day. Drawn in the emphasis colour. */
  highlight?: boolean;
}

export const WALTI_TOTAL_HOURS = 8;

export const WALTI_TIME_ITEMS: readonly TimeItem[] = [
  { key: 'survey', hours: 1.5, label: { ja: '脆弱性対応の調査', en: 'Investigating the vulnerabilities' } },
  { key: 'fix', hours: 0.5, highlight: true, label: { ja: '対応作業', en: 'Applying the fixes' } },
  { key: 'verify', hours: 1.0, label: { ja: '対応の動作チェック', en: 'Checking that everything still works' } },
];

export const WALTI_TIME_REMAINDER: TimeItem = {
  key: 'other',
  derived: true,
  hours: WALTI_TOTAL_HOURS - WALTI_TIME_ITEMS.reduce((sum, item) => sum + item.hours, 0),
  label: { ja: '作業前バックアップ、ステージング環境作業など', en: 'Backup before the work, staging work, etc.' },
};
