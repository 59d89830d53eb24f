import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

/**
 * The speaker view (reveal's notes plugin, ~20 KB gzip with its own Markdown parser) is loaded the
 * first time someone presses S, not for every reader on a phone. Its popup window then talks to
 * this page through postMessage as usual.
 */
export function installSpeakerView(deck: RevealApi): () => Promise<void> {
  let loading: Promise<NotesPlugin> | undefined;
  const open = async (): Promise<void> => {
    loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      deck.registerPlugin(plugin);
      return plugin;
    });
    (await loading).open();
  };
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view' }, () => void open());
  return open;
}
