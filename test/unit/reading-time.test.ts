import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/deck/diagnostics.ts';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { checkReadingTime, notesLength, READING_RATES, secondsToRead, spokenText } from '../../src/deck/reading-time.ts';

/** One slide file with a Japanese and an English notes block. */
function section(time: number, ja: string, en: string) {
  const text = `---\ntitle.ja: 章\ntitle.en: Part\n---\n=== s1\ntime: ${time}\n--- ja\n## 見出し\n--- ja notes\n${ja}\n--- en\n## Heading\n--- en notes\n${en}\n`;
  const parsed = parseSectionFile(text, 'slides/01-part.md');
  expect(parsed.diagnostics).toEqual([]);
  return parsed.section;
}

describe('notesLength', () => {
  test('Japanese counts characters without whitespace; Markdown marks and stage cues are not said', () => {
    expect(notesLength('あいう えお', 'ja')).toBe(5);
    expect(notesLength('**強調**と`code`と[リンク](https://example.org/)', 'ja')).toBe(11);
    expect(notesLength('では（クリック）次へ ▶', 'ja')).toBe(4);
    expect(notesLength('一行目 \\\n二行目', 'ja')).toBe(6);
  });

  test('English counts words with a letter or digit; dashes and cues are not words', () => {
    expect(notesLength('So — here we go, (click) 30 minutes.', 'en')).toBe(6);
    expect(notesLength('Run `sudo sshd -t` first.', 'en')).toBe(5);
    expect(spokenText('[the report](https://example.org/)')).toBe('the report');
  });
});

describe('secondsToRead', () => {
  test('rounds up at both ends of the rate', () => {
    expect(secondsToRead(350, READING_RATES.ja)).toEqual({ slow: 70, fast: 60 });
    expect(secondsToRead(151, READING_RATES.en)).toEqual({ slow: 70, fast: 61 });
  });
});

describe('checkReadingTime', () => {
  test('notes that fit at the fast end give no warning', () => {
    // 175 characters at 350 a minute is exactly 30 s; 75 words at 150 a minute is 30 s.
    expect(checkReadingTime([section(30, 'あ'.repeat(175), 'word '.repeat(75))])).toEqual([]);
  });

  test('too-long notes warn per language with file:line of the notes, the numbers and a hint', () => {
    const warnings = checkReadingTime([section(30, 'あ'.repeat(176), 'word '.repeat(76))]);
    expect(warnings.map((w) => [w.severity, w.code, w.file, w.line])).toEqual([
      ['warning', 'notes-too-long', 'slides/01-part.md', 10],
      ['warning', 'notes-too-long', 'slides/01-part.md', 14],
    ]);
    const [ja, en] = warnings.map(formatDiagnostic);
    expect(ja).toContain('slides/01-part.md:10 warning: The ja notes of slide "s1" need 31–36 s');
    expect(ja).toContain('(176 characters at 300–350 a minute), but its budget is "time: 30"');
    expect(ja).toContain('hint: Raise "time:" to at least 31');
    expect(ja).toContain('cut about 1 character from the notes');
    expect(en).toContain('(76 words at 130–150 a minute)');
    expect(en).toContain('cut about 1 word from the notes');
  });

  test('other rates can be passed in', () => {
    const slow = { ja: { unit: 'characters', slow: 100, fast: 120 }, en: READING_RATES.en } as const;
    expect(checkReadingTime([section(30, 'あ'.repeat(61), 'word')], slow)).toHaveLength(1);
  });
});
