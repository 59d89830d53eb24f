import type { Lang } from '../types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date kept in the data as ISO (2016-03-31), written the way the slides' prose writes dates:
 * 「2016年3月31日」 and "March 31, 2016" (README, content and style rules). An ISO date in running
 * text reads as a machine's, not the talk's.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) throw new RangeError(`Not an ISO date: "${iso}" (write YYYY-MM-DD).`);
  const [, year, , day] = m;
  return lang === 'ja' ? `${year}年${Number(m[2])}月${Number(day)}日` : `${month} ${Number(day)}, ${year}`;
}
