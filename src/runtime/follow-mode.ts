import type { RevealApi } from 'reveal.js';
import { CLOSE, type Position } from '../protocol/live-protocol.ts';
import { deckPosition, goTo, samePosition, slideNumber } from './live-position.ts';
import { showAudienceQr } from './live-qr.ts';
import { openLiveSocket, type LiveSocket, type LiveStatus } from './live-socket.ts';
import { LIVE_STRINGS } from './live-strings.ts';
import { isScrollView } from './scroll-view.ts';

/**
 * reveal's scroll view (phones) reports a programmatic move later, from its scroll handler: events
 * within this long after a live move there are not the reader's doing.
 */
const SCROLL_APPLY_WINDOW_MS = 1200;

/**
 * In the scroll view reveal drives fragments from the scroll position, not from slide(): a phone
 * follows slide by slide, so there only the slide has to match.
 */
function atLive(deck: RevealApi, live: Position | null): boolean {
  const here = deckPosition(deck);
  return isScrollView(deck) ? !!live && here.id === live.id : samePosition(here, live);
}

export interface FollowMode {
  socket: LiveSocket;
  /** Following the presenter (true) or reading on their own (false). */
  following(): boolean;
}

/**
 * The audience's deck in follow mode: it goes wherever the presenter goes, slide and fragment. A
 * reader may step back (or anywhere) on their own; the bar then says they are behind and one tap
 * on 「ライブに戻る」 brings them back. Deep links, the language and every other reading aid keep
 * working: follow mode only moves the deck, it changes nothing about it.
 */
export function installFollow(deck: RevealApi, lang: () => 'ja' | 'en'): FollowMode {
  let live: Position | null = null;
  let following = true;
  let status: LiveStatus = 'connecting';
  let everOpen = false;
  /** The relay turned this follower away because the room is full (it retries on its own). */
  let full = false;
  let applying = false;
  let applyingUntil = 0;
  let qrShown = false;

  const bar = document.createElement('div');
  bar.className = 'live-follow';
  bar.setAttribute('role', 'status');
  const label = document.createElement('span');
  label.className = 'live-follow-label';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'live-follow-back';
  bar.append(label, button);
  document.body.append(bar);

  const render = (): void => {
    const l = lang();
    const here = deckPosition(deck);
    const detached = !!live && !following;
    bar.dataset.state = status !== 'open' ? 'offline' : detached ? 'detached' : 'live';
    document.documentElement.dataset.liveFollow = bar.dataset.state;
    button.hidden = !detached;
    button.textContent = LIVE_STRINGS.backToLive[l];
    if (status !== 'open')
      label.textContent = full ? LIVE_STRINGS.roomFull[l] : everOpen ? LIVE_STRINGS.reconnecting[l] : LIVE_STRINGS.connecting[l];
    else if (!detached || !live) label.textContent = `● ${LIVE_STRINGS.live[l]}`;
    else {
      const at = slideNumber(deck, live.id);
      const me = slideNumber(deck, here.id);
      const behind = me.n < at.n || (me.n === at.n && here.f < live.f);
      label.textContent = `${behind ? LIVE_STRINGS.behindLive[l] : LIVE_STRINGS.aheadOfLive[l]} · ${LIVE_STRINGS.live[l]} ${at.n}/${at.total} · ${LIVE_STRINGS.youAreAt[l]} ${me.n}/${me.total}`;
    }
  };
  const apply = (): void => {
    if (!live) return render();
    if (isScrollView(deck)) applyingUntil = performance.now() + SCROLL_APPLY_WINDOW_MS;
    applying = true;
    try {
      if (!atLive(deck, live)) goTo(deck, live);
    } finally {
      applying = false;
    }
    render();
  };
  const onMove = (): void => {
    if (atLive(deck, live)) following = true;
    else if (!applying && performance.now() > applyingUntil) following = false;
    render();
  };
  button.addEventListener('click', () => {
    following = true;
    apply();
  });
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, onMove);

  const socket = openLiveSocket({
    hello: () => ({ kind: 'hello', role: 'audience' }),
    onMessage(m) {
      if (m.kind === 'welcome' && !qrShown) {
        qrShown = true;
        void showAudienceQr(m.audienceUrl, () => deck.layout());
      } else if (m.kind === 'live') {
        live = m.position;
        if (following) apply();
        else render();
      }
    },
    onStatus(s, code) {
      status = s;
      if (s === 'open') full = false;
      else if (code !== undefined) full = code === CLOSE.full;
      everOpen ||= s === 'open';
      render();
    },
  });
  render();
  return { socket, following: () => following };
}
