import type { RevealApi } from 'reveal.js';

/** Whether reveal shows its scroll view (phones): `isScrollView` exists at runtime but not in reveal 6's RevealApi type. */
export function isScrollView(deck: RevealApi): boolean {
  return (deck as RevealApi & { isScrollView?(): boolean }).isScrollView?.() ?? false;
}

type ViewConfig = { view?: string | null; scrollActivationWidth?: number | null };

/** Whether reveal will start in its print view, as reveal decides: `?print-pdf`, or `view: 'print'`. */
export function startsInPrintView(config: ViewConfig): boolean {
  return /print-pdf/i.test(location.search) || config.view === 'print';
}

/**
 * Whether reveal will start in its scroll view, decided as reveal does (a screen at most
 * scrollActivationWidth wide, or `view: 'scroll'`; never when printing), before it starts.
 */
export function startsInScrollView(config: ViewConfig): boolean {
  if (startsInPrintView(config)) return false;
  return config.view === 'scroll' || innerWidth <= (config.scrollActivationWidth ?? 0);
}
