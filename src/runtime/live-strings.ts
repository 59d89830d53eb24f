import type { Localized } from '../deck/types.ts';

/**
 * Text of the live pages (`npm run present`): the remote, the follow bar and the screen's notices.
 * Plain strings only, so the build adds their characters to the font subset (see uiText in load.ts);
 * numbers are put between the pieces by the views.
 */
export const LIVE_STRINGS = {
  remoteTitle: { ja: 'リモコン', en: 'Remote' },
  /** The language switch shows the language it switches to, in itself. */
  otherLanguage: { ja: 'English', en: '日本語' },
  behind: { ja: '遅れ', en: 'behind' },
  ahead: { ja: '早い', en: 'ahead' },
  onTime: { ja: '予定どおり', en: 'on time' },
  next: { ja: '次へ', en: 'Next' },
  prev: { ja: '前へ', en: 'Previous' },
  blank: { ja: '画面を暗くする', en: 'Blank the screen' },
  blanked: { ja: '暗転中', en: 'Screen is blank' },
  youDrive: { ja: 'あなたが操作中', en: 'You are driving' },
  remoteName: { ja: 'リモート', en: 'Remote ' },
  isDriving: { ja: 'が操作中', en: ' is driving' },
  nobodyDrives: { ja: '操作しているリモートはありません', en: 'Nobody is driving' },
  takeOver: { ja: '操作を代わる', en: 'Take over' },
  connecting: { ja: '接続中…', en: 'Connecting…' },
  reconnecting: { ja: '再接続中…', en: 'Reconnecting…' },
  roomFull: { ja: '満員のため接続できません。少しして自動でつなぎ直します。', en: 'The live relay is full: trying again in a moment.' },
  screenMissing: { ja: 'スクリーンが接続されていません', en: 'The screen is not connected' },
  linkInvalid: {
    ja: 'このリンクは使えません。発表用PCに表示された新しいQRコードを読み取ってください。',
    en: 'This link is no longer valid: scan the new QR code shown on the presenting laptop.',
  },
  replaced: { ja: 'ほかのタブがスクリーンになりました。', en: 'Another tab has become the screen.' },
  nextUp: { ja: '次', en: 'Next up' },
  lastStep: { ja: '最後のスライドです', en: 'This is the last slide' },
  elapsed: { ja: '経過', en: 'Elapsed' },
  thisSlide: { ja: 'このスライド', en: 'This slide' },
  pace: { ja: '予定との差', en: 'Pace' },
  resetTimer: { ja: 'タイマーをリセット', en: 'Reset the timer' },
  notesSmaller: { ja: 'ノートの文字を小さく', en: 'Smaller notes' },
  notesLarger: { ja: 'ノートの文字を大きく', en: 'Larger notes' },
  notes: { ja: 'ノート', en: 'Notes' },
  live: { ja: 'ライブ', en: 'Live' },
  youAreAt: { ja: '表示中', en: 'You' },
  behindLive: { ja: 'ライブより前のスライドです', en: 'You are behind the live slide' },
  aheadOfLive: { ja: 'ライブより先のスライドです', en: 'You are ahead of the live slide' },
  backToLive: { ja: 'ライブに戻る', en: 'Back to live' },
  relayLost: { ja: 'リレーとの接続が切れました（キーボードは使えます）', en: 'Relay connection lost (the keyboard still works)' },
  awakeInsecure: {
    ja: 'http接続では画面のスリープを止められません。スマートフォンの自動ロックを長くしてください。',
    en: 'Over plain http this page cannot keep the screen on: set a longer auto-lock on the phone.',
  },
  awakeUnsupported: {
    ja: 'このブラウザは画面のスリープを止められません。スマートフォンの自動ロックを長くしてください。',
    en: 'This browser cannot keep the screen on: set a longer auto-lock on the phone.',
  },
  awakeDenied: {
    ja: '画面のスリープ防止が許可されませんでした。スマートフォンの自動ロックを長くしてください。',
    en: 'The browser refused to keep the screen on: set a longer auto-lock on the phone.',
  },
  followAlong: { ja: 'スマートフォンで一緒に見る', en: 'Follow along on your phone' },
} as const satisfies Record<string, Localized>;
