// Static, not import(): a dynamic import here would move Vite's preload helper out of the deck's
// own entry into a chunk both pages share, one more request on slide 1.
import notes from 'virtual:deck-notes';
import '../styles/remote.css';
import type { Lang } from '../deck/types.ts';
import { CLOSE, REMOTE_KEY_PARAM, type Clock, type DriverId, type NavAction, type Position } from '../protocol/live-protocol.ts';
import { openLiveSocket, type LiveSocket, type LiveStatus } from './live-socket.ts';
import { readSlides } from './remote-deck.ts';
import { installSwipe } from './remote-device.ts';
import { keepAwake } from './wake-lock.ts';
import { createRemoteView, type RemoteModel } from './remote-view.ts';

/**
 * The presenter's phone (remote.html, a link `npm run present` prints with the remote's secret in
 * its fragment, which never reaches a server log). Big previous/next buttons and swipes ask the
 * screen to move while this remote drives; it shows the notes, timers, pacing and the next step.
 */
const LANG_KEY = 'deck:remote-lang';
const SIZE_KEY = 'deck:remote-notes-size';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage blocked: the choice lasts for this page */
  }
}

const template = document.querySelector<HTMLTemplateElement>('#deck-slides');
const slides = readSlides(template?.content ?? document.createDocumentFragment());
const token = new URLSearchParams(location.hash.slice(1)).get(REMOTE_KEY_PARAM) ?? undefined;
const asked = new URLSearchParams(location.search).get('lang') ?? stored(LANG_KEY);

const model: RemoteModel = {
  slides,
  notes,
  lang: (asked === 'en' ? 'en' : 'ja') satisfies Lang,
  notesSize: Number(stored(SIZE_KEY)) || 20,
  status: 'connecting' as LiveStatus,
  closeCode: undefined,
  everOpen: false,
  me: undefined,
  driver: null as DriverId,
  screen: false,
  position: null as Position | null,
  blank: false,
  clock: { talkMs: 0, slideMs: 0 } as Clock,
  clockAt: performance.now(),
  awake: 'pending',
};

const view = createRemoteView(document, {
  nav: (action) => nav(action),
  takeOver: () => socket.send({ kind: 'claim' }),
  resetTimer: () => socket.send({ kind: 'timer-reset' }),
  toggleLang() {
    model.lang = model.lang === 'ja' ? 'en' : 'ja';
    store(LANG_KEY, model.lang);
    view.render(model);
  },
  resize(delta) {
    model.notesSize = Math.min(40, Math.max(14, model.notesSize + delta));
    store(SIZE_KEY, String(model.notesSize));
    view.render(model);
  },
});

function nav(action: NavAction): void {
  if (model.driver !== null && model.driver === model.me) socket.send({ kind: 'nav', action });
}

// Without a key (the link lost its #key=…) there is nothing to connect as: say so instead.
const socket: LiveSocket = !token
  ? { send: () => false, status: () => 'ended', close: () => undefined }
  : openLiveSocket({
      // After a relay restart nobody drives; the remote that drove before says so and takes it back.
      hello: () => ({
        kind: 'hello',
        role: 'remote',
        ...(token ? { token } : {}),
        ...(model.me ? { driving: model.driver === model.me } : {}),
      }),
      onMessage(m) {
        if (m.kind === 'welcome') model.me = m.remote;
        else if (m.kind === 'driver') model.driver = m.driver;
        else if (m.kind === 'live') {
          model.position = m.position;
          model.blank = m.blank ?? false;
          model.screen = m.screen ?? false;
          if (m.clock) model.clock = m.clock;
          model.clockAt = performance.now();
        }
        view.render(model);
      },
      onStatus(status, code) {
        model.status = status;
        model.closeCode = code;
        model.everOpen ||= status === 'open';
        view.render(model);
      },
    });

if (!token) {
  model.status = 'ended';
  model.closeCode = CLOSE.badToken;
}

installSwipe(view.swipeArea, (direction) => nav(direction));
keepAwake((state) => {
  model.awake = state;
  view.render(model);
});
setInterval(() => view.renderTimers(model), 1000);
view.render(model);
