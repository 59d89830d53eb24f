/**
 * Classes a slide or block may carry. Each is styled by the theme; anything else is a typo and
 * fails the build rather than silently rendering unstyled.
 */
export const KNOWN_CLASSES = [
  'fragment',
  'title-slide',
  'section-title',
  'center',
  'dense',
  'roomy',
  'two-col',
  'lead',
  'small',
  'muted',
  'big-number',
  'coupon',
  'callout',
  'warning',
  'checklist',
  'code-tight',
] as const;

export function isKnownClass(c: string): boolean {
  return (KNOWN_CLASSES as readonly string[]).includes(c);
}
