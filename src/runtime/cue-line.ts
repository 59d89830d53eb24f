/**
 * The cue line: each note's first sentence, set apart so a presenter who glances down mid-sentence
 * finds what the slide is about without reading the paragraph (design review #7). Done here, not in
 * the compiler, because only the speaker view and the phone remote read notes this way; the handout and the
 * reading view print them as plain prose. It stays regular weight: notes' characters are not in the
 * bold font subset (text-weights.ts), and synthetic bold smears Japanese.
 */
const SENTENCE_END = /[。！？]|[.!?](?=\s|$)/;

export function markCue(notes: ParentNode): void {
  for (const block of notes.querySelectorAll<HTMLElement>(':scope > .l10n')) {
    const first = block.querySelector<HTMLElement>(':scope > p');
    if (!first || first.querySelector('.notes-cue')) continue;
    const end = sentenceEnd(first);
    if (!end) continue;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(end.node, end.offset);
    const cue = document.createElement('span');
    cue.className = 'notes-cue';
    // extractContents splits any inline element (strong, code) the sentence ends inside.
    cue.append(range.extractContents());
    first.prepend(cue);
  }
}

/** Where the paragraph's first sentence ends: the text node and the offset just after its mark. */
function sentenceEnd(paragraph: HTMLElement): { node: Text; offset: number } | undefined {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const match = SENTENCE_END.exec(node.data);
    if (match) return { node, offset: match.index + match[0].length };
  }
  return undefined;
}
