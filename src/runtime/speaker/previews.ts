import type { Lang } from '../../deck/types.ts';
import type { Step } from '../speaker-protocol.ts';

/**
 * A live preview: the deck itself in an iframe (`?receiver`, so it is never "presenting", shows
 * no language button and joins no speaker channel), moved with reveal's postMessage API. The
 * frame's deck answers only once reveal has started, so the view asks `isReady` until it does and
 * then sends the step; every later step is sent at once. Messages are taken only from the frame
 * this preview created: from file:// the frame's origin is opaque, so origin checks cannot tell.
 */
export interface Preview {
  show(step: Step | null, lang: Lang, theme: string): void;
}

/** reveal options for a preview: still, no controls, and never the phone's scroll view. */
const OPTIONS =
  'receiver&transition=none&backgroundTransition=none&controls=false&progress=false&hash=false&postMessageEvents=true&scrollActivationWidth=0';

/** The deck's page: speaker.html sits beside index.html; index.html?view=speaker is that page. */
function deckPage(): string {
  const here = new URL(location.href);
  return here.searchParams.get('view') === 'speaker' ? here.pathname : './index.html';
}

/** postMessage's target: from file:// every window's origin is opaque ("null"), so it must be '*'. */
const target = (): string => (location.protocol === 'file:' ? '*' : location.origin);

export function createPreview(frame: HTMLIFrameElement): Preview {
  let shown = '';
  let ready = false;
  let wanted: Step | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;

  const post = (method: string, args: unknown[] = []): void => frame.contentWindow?.postMessage(JSON.stringify({ method, args }), target());
  const send = (): void => {
    if (ready && wanted) post('slide', [wanted.h, wanted.v, wanted.f]);
  };

  addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string' || ready) return;
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    const m = data as { namespace?: unknown; eventName?: unknown; method?: unknown; result?: unknown };
    if (m.namespace === 'reveal' && m.eventName === 'callback' && m.method === 'isReady' && m.result === true) {
      ready = true;
      clearInterval(poll);
      send();
    }
  });

  const load = (query: string): void => {
    shown = query;
    ready = false;
    frame.src = `${deckPage()}?${OPTIONS}&${query}`;
    clearInterval(poll);
    poll = setInterval(() => post('isReady'), 200);
  };

  return {
    show(step, lang, theme) {
      wanted = step;
      frame.hidden = !step;
      if (!step) return;
      // A new language or scheme reloads the preview: the deck reads both from its URL at start.
      const query = new URLSearchParams({ lang, theme }).toString();
      if (query !== shown) load(query);
      else send();
    },
  };
}
