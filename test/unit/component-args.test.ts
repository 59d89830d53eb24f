import { describe, expect, test } from 'vitest';
import { readComponentCall } from '../../src/deck/component-args.ts';
import { parseSectionFile } from '../../src/deck/parse.ts';
import { renderText, type RenderContext } from '../../src/deck/render.ts';
import type { Diagnostic } from '../../src/deck/types.ts';

const problems = (info: string): string[] => readComponentCall(info).problems.map((p) => `${p.code}: ${p.message} | ${p.hint}`);
const args = (info: string): Record<string, string> => readComponentCall(info).args;
const RANKS = 'Accepted: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10; comma-separated, each once, e.g. only=1,2.';

describe('component arguments are checked against each component’s spec', () => {
  test('a flag is on when bare or "true", off when "false" or absent; anything else is an error naming it', () => {
    expect(args('ranking step')).toEqual({ step: 'true' });
    expect(args('ranking step=true')).toEqual({ step: 'true' });
    expect(args('ranking step=false')).toEqual({});
    expect(args('ranking')).toEqual({});
    for (const value of ['no', '0', '1', 'TRUE', '""']) {
      const shown = value === '""' ? '' : value;
      expect(problems(`ranking step=${value}`)).toEqual([
        `bad-component-arg: Argument "step" is a flag, not "${shown}" (component "ranking"). | ` +
          'Write "step" alone (or step=true) to turn it on; leave it out (or write step=false) to turn it off.',
      ]);
      expect(args(`ranking step=${value}`)).toEqual({});
    }
  });

  test('a list takes known values, comma-separated, each once; the bad value is quoted with the accepted ones', () => {
    expect(args('ranking only=3,5,6')).toEqual({ only: '3,5,6' });
    expect(args('ranking only="3, 5"')).toEqual({ only: '3,5' });
    expect(args('ranking only=10')).toEqual({ only: '10' });
    const cases: [string, string][] = [
      ['only=x', 'Unknown value "x" in only="x"'],
      ['only=0x3', 'Unknown value "0x3" in only="0x3"'],
      ['only=3,,5', 'Unknown value "" in only="3,,5"'],
      ['only=11', 'Unknown value "11" in only="11"'],
      ['only=03', 'Unknown value "03" in only="03"'],
      ['only=3,5,3', 'Value "3" is given twice in only="3,5,3"'],
      ['only=', 'Argument "only" needs a value'],
      ['only=""', 'Argument "only" needs a value'],
      ['only', 'Argument "only" needs a value'],
    ];
    for (const [word, message] of cases) {
      expect(problems(`ranking ${word}`), word).toEqual([`bad-component-arg: ${message} (component "ranking"). | ${RANKS}`]);
      expect(args(`ranking ${word}`), word).toEqual({});
    }
  });

  test('unknown names, unknown or repeated arguments and unreadable words are each reported', () => {
    expect(problems('timeline')).toEqual([
      'unknown-component: Unknown component "timeline". | Known: agenda, qr, ranking, responsibility, time-chart.',
    ]);
    expect(problems('')[0]).toMatch(/^unknown-component: A ":::" line names no component\. \| Write "::: <name>" with a name of: agenda,/);
    expect(problems('agenda x=1')).toEqual([
      'unknown-component-arg: Unknown argument "x" for component "agenda". | It takes no arguments.',
    ]);
    expect(problems('ranking top=3')).toEqual([
      'unknown-component-arg: Unknown argument "top" for component "ranking". | Known: step, only.',
    ]);
    expect(problems('ranking step step=false')).toEqual([
      'bad-component-arg: Argument "step" is given twice to component "ranking". | Give each argument once.',
    ]);
    expect(problems('ranking only="3')).toEqual([
      'bad-component-arg: Cannot read argument "only="3" of component "ranking". | Write key=value or a bare flag.',
    ]);
    expect(problems('ranking =3')).toEqual([
      'bad-component-arg: Cannot read argument "=3" of component "ranking". | Write key=value or a bare flag.',
    ]);
    expect(problems('ranking constructor')[0]).toMatch(/^unknown-component-arg: Unknown argument "constructor"/);
  });

  /** Renders a one-slide file whose Japanese body is `body` (from line 4). */
  function inSlide(...body: string[]): { html: string; found: string[] } {
    const text = ['=== s', 'time: 60', '--- ja', ...body, '--- ja notes', 'n'].join('\n');
    const { section } = parseSectionFile(text, 'slides/04-x.md');
    const diagnostics: Diagnostic[] = [];
    const ctx: RenderContext = { sections: [section], assets: { image: () => undefined }, diagnostics };
    const slide = section.slides[0];
    if (!slide) throw new Error('no slide');
    const { html } = renderText(slide, 'ja', 'body', ctx);
    return { html, found: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`) };
  }

  test('the column is the bad word’s, wherever the ":::" line starts and whatever words come before', () => {
    expect(inSlide('## x', '', '::: ranking ranking', ':::').found).toEqual([
      'slides/04-x.md:6:13 Unknown argument "ranking" for component "ranking".',
    ]);
    expect(inSlide('## x', '', '>  :::   ranking  top=1', '> :::').found).toEqual([
      'slides/04-x.md:6:19 Unknown argument "top" for component "ranking".',
    ]);
    expect(inSlide('## x', '', '::::  nope', '::::').found).toEqual(['slides/04-x.md:6:7 Unknown component "nope".']);
  });

  test('in a slide: file, line and the column of the bad word; the component renders without the rejected value', () => {
    const { html, found } = inSlide('## x', '', '::: ranking step=false  only=3,x', ':::');
    expect(found).toEqual(['slides/04-x.md:6:25 Unknown value "x" in only="3,x" (component "ranking").']);
    // step=false is off: no fragments; the rejected only= shows all ten ranks, not an empty list.
    expect(html).not.toContain('fragment');
    expect(html.match(/class="ranking-item/g)).toHaveLength(10);
  });
});
