/**
 * IPA「情報セキュリティ10大脅威 2016」組織, copied by hand from shared/source/facts.md and kept
 * apart from src/data/: a typo in the data module cannot agree with itself.
 */
export const FACT_SHEET_ORGANIZATIONS_2016: readonly string[] = [
  '標的型攻撃による情報流出',
  '内部不正による情報漏えいとそれに伴う業務停止',
  'ウェブサービスからの個人情報の窃取',
  'サービス妨害攻撃によるサービスの停止',
  'ウェブサイトの改ざん',
  '脆弱性対策情報の公開に伴い公知となる脆弱性の悪用増加',
  'ランサムウェアを使った詐欺・恐喝',
  'インターネットバンキングやクレジットカード情報の不正利用',
  'ウェブサービスへの不正ログイン',
  '過失による情報漏えい',
];

/** The ranks 藤崎さん picked, as the event report lists them. */
export const FACT_SHEET_PICKED_RANKS: readonly number[] = [3, 5, 6];
