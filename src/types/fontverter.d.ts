// fontverter ships no types; the tests use it to read the shipped WOFF2 subsets back as SFNT.
declare module 'fontverter' {
  export function convert(font: Buffer | Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  export function detectFormat(font: Buffer | Uint8Array): string;
}
