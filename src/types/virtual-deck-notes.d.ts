// Made by the deck:slides Vite plugin: every slide's notes HTML (one div.l10n per language), by slide id.
declare module 'virtual:deck-notes' {
  const notes: Readonly<Record<string, string>>;
  export default notes;
}
