/** `npm run present -- --help` and the exit statuses it documents (README's "Presenting live"). */
import { LANGS } from '../deck/types.ts';
import { CACHE_DIR_ENV, KEEP_MS } from '../server/live-links.ts';

export const PRESENT_EXIT = { ok: 0, unexpected: 1, usage: 2, buildFailed: 4, cannotListen: 8, interrupted: 130, terminated: 143 } as const;

export const DEFAULT_PORT = 8080;

export const PRESENT_HELP = `Usage: npm run present -- [options]

Serves the deck on this machine's network with a live relay: the laptop shows the deck, the
presenter's phone is a remote, and the room follows along on their phones. Builds dist/ first if
it is missing or older than the sources. Prints three links, each with a QR code:
  screen:    open on the laptop that drives the projector
  remote:    open on the presenter's phone (a secret link: show it to no one; remote 2 is for a co-presenter)
  audience:  for the room (also shown on the title and coupon slides while live)

Options:
      --host ADDRESS    interface to listen on (default: 0.0.0.0, every interface)
      --port N          port (default: ${DEFAULT_PORT}; 0 picks a free one)
      --public-host H   address phones use to reach this machine (default: the first LAN address)
      --lang ja|en      language of the deck and the notes in the links (default: ${LANGS[0]})
      --new-links       make new secrets: every link printed before stops working
  -h, --help            show this help

Stop with Ctrl-C. The links survive a restart: a run for the same dist/ and --port within
${KEEP_MS / 3_600_000} hours of the last one reuses its secrets (saved, readable by you only, in the
per-user cache directory; ${CACHE_DIR_ENV} moves it), so the phones and the room reconnect by
themselves after a crash or a closed laptop lid. --new-links when a link got out.

Exit status:
  ${PRESENT_EXIT.ok}  stopped with Ctrl-C (or SIGTERM)
  ${PRESENT_EXIT.unexpected}  unexpected error (a bug: please report it with the message)
  ${PRESENT_EXIT.usage}  bad usage (unknown option, bad value)
  ${PRESENT_EXIT.buildFailed}  the deck did not build (the message names the file and line)
  ${PRESENT_EXIT.cannotListen}  cannot listen on --host/--port (in use, or not an address of this machine)
  ${PRESENT_EXIT.interrupted}  Ctrl-C (${PRESENT_EXIT.terminated}: SIGTERM) before the deck was served, e.g. during the build
`;
