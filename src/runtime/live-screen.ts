import type { RevealApi } from 'reveal.js';
import { CLOSE, KEY_PARAM, type DriverId, type ServerMessage } from '../protocol/live-protocol.ts';
import { deckPosition } from './live-position.ts';
import { showAudienceQr } from './live-qr.ts';
import { openLiveSocket, type LiveSocket } from './live-socket.ts';
import { LIVE_STRINGS } from './live-strings.ts';
import { liveNotice } from './live-notice.ts';
import { keepAwake } from './wake-lock.ts';

const KEY_STORE = 'deck:live-screen-key';

/**
 * The screen's secret comes in the URL `present` printed. It moves to sessionStorage (this tab
 * only, kept across a reload) and out of the address bar, so it is not on the projector or in a
 * link someone copies.
 */
export function takeScreenKey(): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(KEY_PARAM);
  let key = fromUrl ?? undefined;
  try {
    if (fromUrl) sessionStorage.setItem(KEY_STORE, fromUrl);
    else key = sessionStorage.getItem(KEY_STORE) ?? undefined;
  } catch {
    /* storage blocked: the key lives in this page only */
  }
  if (fromUrl) {
    url.searchParams.delete(KEY_PARAM);
    history.replaceState(history.state, '', url);
  }
  return key;
}

/**
 * The laptop's deck as the live screen: it tells the relay where the talk is after every step and
 * carries out the driving remote's moves. Its own keyboard never depends on the relay: the deck
 * works the same with the relay gone, only the phone and the room stop following. It keeps the
 * laptop's display on while live.
 */
export function installScreen(deck: RevealApi, lang: () => 'ja' | 'en'): LiveSocket {
  const token = takeScreenKey();
  const notice = liveNotice('live-screen-notice');
  let driver: DriverId = null;
  let qrShown = false;
  const sendState = (): void => {
    socket.send({ kind: 'state', position: deckPosition(deck), blank: deck.isPaused() });
  };
  const onMessage = (m: ServerMessage): void => {
    if (m.kind === 'welcome') {
      notice.hide();
      sendState();
      if (!qrShown) {
        qrShown = true;
        void showAudienceQr(m.audienceUrl, () => deck.layout());
      }
    } else if (m.kind === 'command') {
      if (m.action === 'next') deck.next();
      else if (m.action === 'prev') deck.prev();
      else deck.togglePause();
    } else if (m.kind === 'driver' && m.driver !== driver) {
      driver = m.driver;
      document.documentElement.dataset.liveDriver = String(driver ?? '');
      // Who drives is shown when it changes, then gets out of the slide's way.
      if (driver !== null) notice.show(`${LIVE_STRINGS.remoteName[lang()]}${driver}${LIVE_STRINGS.isDriving[lang()]}`, 4000);
    }
  };
  const socket = openLiveSocket({
    hello: () => ({ kind: 'hello', role: 'screen', ...(token ? { token } : {}) }),
    onMessage,
    onStatus(status, code) {
      document.documentElement.dataset.live = status;
      if (status === 'open') return;
      if (code === CLOSE.replaced) notice.show(LIVE_STRINGS.replaced[lang()]);
      else if (code === CLOSE.badToken) notice.show(LIVE_STRINGS.linkInvalid[lang()]);
      else if (code !== undefined) notice.show(LIVE_STRINGS.relayLost[lang()], 6000);
    },
  });
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed']) deck.on(event, sendState);
  // Driven from the phone, nobody touches the laptop for half an hour: its display must not sleep.
  // The screen link is http://127.0.0.1, a secure context, so the wake lock is there to be had.
  keepAwake((state) => (document.documentElement.dataset.liveAwake = state));
  return socket;
}
