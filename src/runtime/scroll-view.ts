import type { RevealApi } from 'reveal.js';

/** Whether reveal shows its scroll view (phones): `isScrollView` exists at runtime but not in reveal 6's RevealApi type. */
export function isScrollView(deck: RevealApi): boolean {
  return (deck as RevealApi & { isScrollView?(): boolean }).isScrollView?.() ?? false;
}
