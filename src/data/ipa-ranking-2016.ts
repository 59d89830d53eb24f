import type { Localized } from '../deck/types.ts';

/**
 * IPA「情報セキュリティ10大脅威 2016」, the 組織 (organisations) ranking, in IPA's wording of the
 * document published 2016-03-31 (checked in shared/source/facts.md). 2016 was the first year with
 * separate 個人 and 組織 rankings; the event's 3位, 5位 and 6位 are ranks of this list.
 */
export interface ThreatRank {
  rank: number;
  title: Localized;
  /** Rank of the same threat in IPA's 総合 (overall) list; null where it is not in that list. */
  overallRank: number | null;
}

export const IPA_RANKING_2016_SOURCE = {
  url: 'https://www.ipa.go.jp/security/10threats/2016/2016.html',
  publisher: { ja: 'IPA（独立行政法人情報処理推進機構）', en: 'IPA (Information-technology Promotion Agency, Japan)' },
  title: { ja: '情報セキュリティ10大脅威 2016', en: 'Information Security 10 Major Threats 2016' },
  announced: '2016-02-15',
  published: '2016-03-31',
} as const;

export const IPA_RANKING_2016_ORGANIZATIONS: readonly ThreatRank[] = [
  { rank: 1, overallRank: 2, title: { ja: '標的型攻撃による情報流出', en: 'Information leakage through targeted attacks' } },
  {
    rank: 2,
    overallRank: 8,
    title: {
      ja: '内部不正による情報漏えいとそれに伴う業務停止',
      en: 'Information leakage by insiders, and the business disruption it causes',
    },
  },
  { rank: 3, overallRank: 4, title: { ja: 'ウェブサービスからの個人情報の窃取', en: 'Theft of personal information from web services' } },
  {
    rank: 4,
    overallRank: null,
    title: { ja: 'サービス妨害攻撃によるサービスの停止', en: 'Service outages caused by denial-of-service attacks' },
  },
  { rank: 5, overallRank: 6, title: { ja: 'ウェブサイトの改ざん', en: 'Website defacement' } },
  {
    rank: 6,
    overallRank: 10,
    title: {
      ja: '脆弱性対策情報の公開に伴い公知となる脆弱性の悪用増加',
      en: 'More exploitation of vulnerabilities made public along with their fixes',
    },
  },
  { rank: 7, overallRank: 3, title: { ja: 'ランサムウェアを使った詐欺・恐喝', en: 'Fraud and extortion using ransomware' } },
  {
    rank: 8,
    overallRank: 1,
    title: {
      ja: 'インターネットバンキングやクレジットカード情報の不正利用',
      en: 'Fraudulent use of internet banking and credit card information',
    },
  },
  { rank: 9, overallRank: 5, title: { ja: 'ウェブサービスへの不正ログイン', en: 'Unauthorized logins to web services' } },
  { rank: 10, overallRank: null, title: { ja: '過失による情報漏えい', en: 'Information leakage through negligence' } },
];

/** The three ranks 藤崎さん picked as the ones that matter most for keeping a business running. */
export const WALTI_PICKED_RANKS: readonly number[] = [3, 5, 6];
