/**
 * Each part's label in the overview, in the slides' current language, taken from text the deck
 * already shows: the agenda's entry for the part (its number, speaker and talk title), else the
 * section label over the part's slides (the opening), else its first heading. Copying shown text
 * keeps the labels inside the font subset, which holds every character the slides draw.
 */
export interface PartLabel {
  lang: string;
  /** The part's number in the agenda; empty for the opening. */
  number: string;
  /** Speaker of a talk, else the part's title. */
  name: string;
  /** A talk's title under its speaker; empty for other parts. */
  title: string;
  /** The part's position, which picks its colour in overview.css (as theme.css does). */
  colour: string;
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function partLabels(parts: readonly HTMLElement[], doc: Document = document): PartLabel[] {
  const lang = doc.documentElement.lang || 'ja';
  const inLang = `.l10n[lang="${lang}"]`;
  const agenda = [...doc.querySelectorAll<HTMLAnchorElement>(`.slides ${inLang} .agenda a.agenda-item`)];
  return parts.map((part, index) => {
    const colour = String(index);
    const entry = agenda.findIndex((a) => {
      const id = decodeURIComponent(a.getAttribute('href')?.replace(/^#\//, '') ?? '');
      return id !== '' && !!part.querySelector(`section[id="${CSS.escape(id)}"]`);
    });
    const link = agenda[entry];
    if (link) {
      const speaker = text(link.querySelector('.agenda-speaker'));
      const title = text(link.querySelector('.agenda-title'));
      return { lang, number: String(entry + 1), name: speaker || title, title: speaker ? title : '', colour };
    }
    const label = part.querySelector(`${inLang} .section-label`);
    const name = text(label?.querySelector('.section-name')) || text(part.querySelector(`${inLang} :is(h1, h2)`));
    return { lang, number: text(label?.querySelector('.section-number')), name, title: '', colour };
  });
}
