/**
 * The speaker view's keys. Moving takes what a presenter's clicker sends (PageUp/PageDown) and the
 * arrows; everything that changes more than the step needs Shift, as on the deck (keys.ts), so a
 * slip cannot pause the timer or flip a language. README's Presenting table lists them all.
 */
export interface SpeakerActions {
  next(): void;
  prev(): void;
  toggleTimer(): void;
  resetTimer(): void;
  notesLang(): void;
  slidesLang(): void;
  smaller(): void;
  larger(): void;
}

const PLAIN: Record<string, keyof SpeakerActions> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  '-': 'smaller',
  '+': 'larger',
  '=': 'larger',
};
const SHIFTED: Record<string, keyof SpeakerActions> = {
  KeyP: 'toggleTimer',
  KeyR: 'resetTimer',
  KeyN: 'notesLang',
  KeyL: 'slidesLang',
};

export function installSpeakerKeys(actions: SpeakerActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    // Space and Enter on a focused button press that button, not "next".
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    // In the focused notes box ↑ and ↓ scroll the notes; a clicker's PageUp/PageDown still move.
    if (event.target instanceof HTMLElement && event.target.matches('.speaker-notes-text') && /^Arrow(Up|Down)$/.test(event.key)) return;
    // '+' needs Shift on most layouts: look it up by the character first, Shift+letter by the key.
    const name = PLAIN[event.key] ?? (event.shiftKey ? SHIFTED[event.code] : undefined);
    if (!name) return;
    event.preventDefault();
    actions[name]();
  });
}
