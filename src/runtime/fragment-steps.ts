/**
 * Every slide carries both languages (`div.l10n[lang]`, one hidden), and reveal counts the
 * fragments of the hidden one too: a slide with four bullets took eight presses in either
 * language, four of them showing nothing. Numbering each language's fragments in the same order
 * (the first of each is step 0, and so on) makes them one step each, shown together, so a step is
 * the same in both languages and the speaker view's "next step" is the one the room will see.
 * Fragments that carry their own data-fragment-index (the ranking's countdown) keep it; the
 * others follow them, as reveal orders them. Runs before reveal reads the fragments.
 */
export function pairFragmentSteps(root: ParentNode = document): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slides section[id]')) {
    const texts = [...slide.querySelectorAll<HTMLElement>(':scope > .l10n')];
    if (texts.length < 2) continue;
    const fragments = texts.map((t) => [...t.querySelectorAll<HTMLElement>('.fragment')]);
    const explicit = fragments.flat().map((f) => Number(f.dataset.fragmentIndex ?? -1));
    const first = Math.max(-1, ...explicit.filter(Number.isFinite)) + 1;
    for (const list of fragments) {
      let next = first;
      for (const fragment of list) if (fragment.dataset.fragmentIndex === undefined) fragment.dataset.fragmentIndex = String(next++);
    }
  }
}
