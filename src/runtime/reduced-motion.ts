import type { RevealApi } from 'reveal.js';

/** Follows the OS's reduced-motion setting while the deck is open, not only at load. */
export function installReducedMotion(deck: RevealApi): void {
  if (typeof matchMedia !== 'function') return;
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  query.addEventListener('change', () => {
    const still = query.matches;
    deck.configure({ transition: still ? 'none' : 'fade', backgroundTransition: still ? 'none' : 'fade', autoAnimate: !still });
  });
}
