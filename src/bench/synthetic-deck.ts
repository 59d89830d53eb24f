import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECK_CONFIG } from '../deck-config.ts';

/**
 * A generated deck of any size, for measuring how build, PDF and the dev loop grow with the number
 * of slides (`npm run bench -- --slides 512`). Its text is the kind of Japanese and English the
 * real deck has (kana, kanji, Latin, code), so font subsetting and highlighting do real work; its
 * time budgets add up to the talk's length like the real deck's.
 */
const JA = [
  'ウェブサイトの改ざんが発覚したとき、最初に確認すべきこと',
  '脆弱性の悪用は公開直後から始まる',
  'サーバーの設定を見直し、不要なサービスを止める',
  '内部不正による情報漏えいを防ぐ仕組み',
  '標的型攻撃メールへの備えと訓練',
  'ログを残し、定期的に確認する習慣',
];
const EN = [
  'What to check first when a site has been defaced',
  'Exploitation starts right after disclosure',
  'Review the server configuration and stop unused services',
  'Controls against insider leaks',
  'Preparing for targeted phishing e-mail',
  'Keep logs, and read them regularly',
];
const SLIDES_PER_FILE = 16;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function slide(i: number, seconds: number): string {
  const code = i % 8 === 3 ? '\n```bash\nsudo systemctl reload ssh\n```\n' : '';
  return [
    `=== s-${i}`,
    `time: ${seconds}`,
    '',
    '--- ja',
    `## ${pick(JA, i)}（${i}）`,
    '',
    `- ${pick(JA, i + 1)}`,
    `- **${pick(JA, i + 2)}**`,
    `- ${pick(JA, i + 3)}`,
    code,
    '--- ja notes',
    `${pick(JA, i + 4)}。`,
    '',
    '--- en',
    `## ${pick(EN, i)} (${i})`,
    '',
    `- ${pick(EN, i + 1)}`,
    `- **${pick(EN, i + 2)}**`,
    `- ${pick(EN, i + 3)}`,
    code,
    '--- en notes',
    `${pick(EN, i + 4)}.`,
    '',
  ].join('\n');
}

/** Writes `count` slides into `dir` (replacing what was there), 16 to a file. */
export function writeSyntheticDeck(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const total = DECK_CONFIG.totalMinutes * 60;
  const files = Math.ceil(count / SLIDES_PER_FILE);
  if (files > 99) throw new Error(`A synthetic deck has at most ${99 * SLIDES_PER_FILE} slides (file names are NN-…).`);
  for (let f = 0; f < files; f++) {
    const body: string[] = [`---\ntitle.ja: 第${f + 1}部\ntitle.en: Part ${f + 1}\n---\n`];
    for (let i = f * SLIDES_PER_FILE; i < Math.min(count, (f + 1) * SLIDES_PER_FILE); i++) {
      // Whole seconds adding up to the talk: the first (total mod count) slides get one more.
      body.push(slide(i, Math.floor(total / count) + (i < total % count ? 1 : 0)));
    }
    writeFileSync(join(dir, `${String(f + 1).padStart(2, '0')}-part-${f + 1}.md`), body.join('\n'));
  }
}
