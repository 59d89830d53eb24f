import type { Localized } from '../deck/types.ts';

/**
 * How さくらのナレッジ ran in 2016 and who was responsible for which layer, as the event report
 * describes it: WordPress on さくらのマネージドサーバ (one dedicated physical server), where OS and
 * middleware are the provider's responsibility and the application is the user's.
 */
export type Owner = 'user' | 'provider';

export interface Layer {
  key: string;
  label: Localized;
  example?: Localized;
  owner: Owner;
}

export const OWNERS: Record<Owner, Localized> = {
  user: { ja: 'ユーザーの責任範囲', en: 'The user’s responsibility' },
  provider: { ja: '事業者の責任範囲', en: 'The provider’s responsibility' },
};

export const KNOWLEDGE_SITE_LAYERS: readonly Layer[] = [
  { key: 'app', owner: 'user', label: { ja: 'アプリケーション', en: 'Application' }, example: { ja: 'WordPress', en: 'WordPress' } },
  { key: 'middleware', owner: 'provider', label: { ja: 'ミドルウェア', en: 'Middleware' } },
  { key: 'os', owner: 'provider', label: { ja: 'OS', en: 'OS' } },
];

export const KNOWLEDGE_SITE_PLATFORM: Localized = {
  ja: 'さくらのマネージドサーバ（物理サーバー1台を占有。2016年当時、レポートによる）',
  en: 'Sakura Managed Server (one dedicated physical server; as of 2016, per the report)',
};
