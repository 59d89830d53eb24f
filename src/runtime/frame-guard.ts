import { UI_STRINGS } from './ui-strings.ts';

/**
 * The deck can be driven through reveal's postMessage API (`{ method: 'slide', args: [3] }`) and
 * shown inside any page's iframe. Where the host sends a `frame-ancestors` header that is shut
 * already; GitHub Pages (the documented deploy) sends none. So, in the page itself:
 * - messages from another origin never reach reveal (its own windows — the speaker view and its
 *   previews — are same-origin, and keep working);
 * - framed by a page of another origin, the deck does not start: it shows a link to open it directly.
 */
export function installFrameGuard(): boolean {
  window.addEventListener(
    'message',
    (event) => {
      // Capture phase on window: runs before reveal's own listener, which it then never reaches.
      if (!ownOrigin(event.origin)) event.stopImmediatePropagation();
    },
    true,
  );
  // file:// (the single-file build) cannot be framed by a web page at all; its own previews can
  // not read their parent's location there, as every file is an opaque origin.
  if (window.top === window.self || location.protocol === 'file:' || sameOriginParent()) return true;
  showFramedNotice();
  return false;
}

/**
 * From file:// (the single-file build) the deck's own windows post with origin "null" while
 * location.origin reads "file://"; no web page can hold a reference to a file:// window.
 */
function ownOrigin(origin: string): boolean {
  return origin === location.origin || (location.protocol === 'file:' && origin === 'null');
}

function sameOriginParent(): boolean {
  try {
    // Reading a cross-origin parent's location throws; a same-origin one has ours.
    return window.parent.location.origin === location.origin;
  } catch {
    return false;
  }
}

function showFramedNotice(): void {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = UI_STRINGS.framedOpen[lang];
  const box = document.createElement('main');
  box.className = 'framed-notice';
  box.append(link);
  document.body.replaceChildren(box);
}
