import type { Lang, Localized } from './deck/types.ts';

/**
 * Facts about the deck as a whole. Build-time code (the Vite plugins, the PDF export) and the
 * runtime both read them from here, so a title or a budget is written once.
 */
export interface DeckConfig {
  /** The event's name; the page title, the PDF title and the social card use it. */
  title: Localized;
  /** Who presents this recap; written into the PDF's Author field. */
  author: Localized;
  description: Localized;
  /** Languages every slide and note must exist in; the first one is the default. */
  langs: readonly Lang[];
  /**
   * Length of the talk in minutes. The slides' time budgets must add up to exactly this, so the
   * speaker view's pacing and the README agree.
   */
  totalMinutes: number;
  /** Logical slide size (16:9); reveal scales it to any screen and the PDF uses it as the page. */
  width: number;
  height: number;
}

export const DECK_CONFIG: DeckConfig = {
  title: {
    ja: 'ウォルティ×ゲヒルン×さくらインターネット セキュリティの夕べ',
    en: 'Walti × Gehirn × SAKURA internet: An Evening of Security',
  },
  author: { ja: 'セキュリティの夕べ 振り返り', en: 'An Evening of Security, a recap' },
  description: {
    ja: '2016年11月に開催された「ウォルティ×ゲヒルン×さくらインターネット セキュリティの夕べ」の振り返りスライド。',
    en: 'A recap of “Walti × Gehirn × SAKURA internet: An Evening of Security”, held in November 2016.',
  },
  langs: ['ja', 'en'],
  totalMinutes: 30,
  width: 1280,
  height: 720,
};
