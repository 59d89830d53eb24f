/**
 * The print view's styles (`?print-pdf`: what `npm run pdf` prints, the handout included). Every
 * rule in them is scoped to html.reveal-print, so the screen deck never uses them; loaded here,
 * on demand, they stay out of slide 1's bytes (about 0.8 KB gzip), as does the marking of each
 * slide's part that the print view needs.
 */
import '../styles/print.css';
import '../styles/handout.css';

export { markSections } from './print-sections.ts';
