import type { default as RevealClass, RevealApi, RevealConfig } from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './styles/theme.css';
import './styles/code.css';
import './styles/tables.css';
import './styles/controls.css';
import './styles/search-button.css';
import './styles/first-view.css';
import './styles/frame-guard.css';
import './styles/light.css';
import './styles/reading-link.css';
import { DECK_CONFIG } from './deck-config.ts';
import { LIVE_PARAM } from './protocol/live-param.ts';
import { availableLangs, installLanguage, type LanguageController } from './runtime/language.ts';
import { loadNotes, notesNeededAtStart } from './runtime/notes.ts';
import { installDevUpdates } from './runtime/dev-updates.ts';
import { holdNeighbours } from './runtime/first-view.ts';
import { installFrameGuard } from './runtime/frame-guard.ts';
import { installPageTitle } from './runtime/page-title.ts';
import { installSearch, searchInReadingView } from './runtime/search/entry.ts';
import { installReducedMotion } from './runtime/reduced-motion.ts';
import { revealConfig } from './runtime/reveal-config.ts';
import { isScrollView, startsInPrintView, startsInScrollView } from './runtime/scroll-view.ts';
import type { SpeakerView } from './runtime/speaker-view.ts';
import type * as ScrollPhoneModule from './runtime/scroll-phone.ts';
import { installThemeKey, startTheme } from './runtime/theme.ts';
import { pairFragmentSteps } from './runtime/fragment-steps.ts';
import { loadSlides, startsWithAllSlides } from './runtime/deck-slides.ts';
import { speakerViewRequested } from './runtime/speaker-protocol.ts';
import { installReadingLink } from './runtime/reading/deck-link.ts';
import { describePage } from './runtime/reading/page-meta.ts';
import { readingViewRequested } from './runtime/reading/view-choice.ts';

// Framed by another site: the deck does not start (see frame-guard.ts).
if (!installFrameGuard()) throw new Error('The deck does not run inside a page of another origin.');
// Search's button and keys join the reading view's header once it is built (a listener, nothing more).
searchInReadingView();
// speaker.html, and index.html?view=speaker in the single-file build (which has no other page), are
// the speaker view: one entry for both pages, so slide 1 has one entry script.
if (speakerViewRequested()) void import('./runtime/speaker/page.ts').then((page) => page.startSpeakerPage());
else if (readingViewRequested()) startReadingView();
// reveal.js is a chunk of its own: the reading view (a phone's default) never evaluates it, and
// the deck fetches it beside this script (src/deck/plugins/chunk-preload.ts).
else void import('reveal.js').then(({ default: Reveal }) => startDeck(Reveal));

/** The reading view (phones, `?view=read`): no reveal at all; the notes load beside its chunk. */
function startReadingView(): void {
  void loadNotes(() => {});
  void import('./runtime/reading/reading-view.ts').then((reading) => reading.startReading());
}

function startDeck(Reveal: typeof RevealClass): void {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) throw new Error('index.html has no .reveal element');
  pairFragmentSteps(root);

  // The colour scheme first: reveal's first layout and paint are already in it.
  const theme = startTheme();
  const config = revealConfig();
  const releaseNeighbours = holdNeighbours(config);
  // reveal rewrites the hash in its scroll view (see scroll-deep-link.ts): the link as opened.
  const openedAt = location.hash;
  // The one cast at reveal's boundary: see DeckRevealConfig for the options its types lack.
  const deck = new Reveal(root, config as RevealConfig);
  // `let`, not `const`: installLanguage renders (and so reads the title) before it returns.
  // eslint-disable-next-line prefer-const
  let language: LanguageController | undefined;
  let speakerView: SpeakerView | undefined;
  const updateTitle = installPageTitle(deck, () => DECK_CONFIG.title[language?.state().slides ?? DECK_CONFIG.langs[0] ?? 'ja']);
  const updateReadingLink = installReadingLink();
  language = installLanguage(deck, availableLangs(), (state) => {
    updateTitle();
    updateReadingLink(state.slides);
    describePage(state.slides);
    speakerView?.refresh();
  });
  installReducedMotion(deck);
  // Search: the button and keys now, the dialog and its index on the first open.
  installSearch(deck);
  // The overview's own layout (all parts on screen, labelled) loads with the first `O`.
  deck.on('overviewshown', () => void import('./runtime/overview/overview.ts').then((o) => o.startOverview(deck)));
  installThemeKey(deck, theme);
  const loadDeckNotes = (): Promise<void> => loadNotes(() => language?.refresh());
  // Print with notes and ?showNotes lay the notes out at start: fetch them before reveal does.
  const notesAtStart = notesNeededAtStart();
  const notesFirst = notesAtStart ? loadDeckNotes() : Promise.resolve();
  const printing = startsInPrintView(config);
  const scrolling = startsInScrollView(config);
  // The print view's CSS arrives before reveal lays the pages out (src/runtime/print-styles.ts), for
  // `?print-pdf` and for `view: 'print'` alike: reveal prints for either. Its module also marks each
  // slide's part before reveal flattens them (src/runtime/print-sections.ts).
  const printFirst = printing ? import('./runtime/print-styles.ts') : Promise.resolve(undefined);
  // The scroll view's styles and code (src/runtime/scroll-phone.ts), likewise: only phones load them,
  // before reveal lays the scroll view out, or when a turn of the phone switches reveal into it (below).
  // Unloadable (the Wi-Fi dropped), the deck still starts, in reveal's plain scroll view.
  const scrollView = (): Promise<ScrollPhone | undefined> => import('./runtime/scroll-phone.ts').catch(() => undefined);
  const scrollFirst = scrolling ? scrollView() : Promise.resolve();
  // The slides after slide 1 (not in the built index.html: src/runtime/deck-slides.ts) come before
  // reveal starts only when its first view needs them; else just after slide 1 is ready (below).
  const slidesEarly = startsWithAllSlides({
    allAtOnce: printing || scrolling || notesAtStart,
    firstId: root.querySelector('.slides section[id]')?.id,
  });
  const adoptSlides = (added: boolean): void => {
    if (!added) return;
    language?.refresh();
    if (deck.isReady()) deck.sync();
  };
  const slidesFirst = slidesEarly ? loadSlidesRetrying().then(adoptSlides) : Promise.resolve();
  void Promise.all([slidesFirst, notesFirst, printFirst, scrollFirst])
    .then(([, , print]) => {
      print?.markSections(root);
      return deck.initialize();
    })
    .then(async () => {
      // The speaker view's previews are this page too: never "presenting", nor a deck a view follows.
      const receiver = new URLSearchParams(location.search).has('receiver');
      installDevUpdates(deck, () => language?.refresh());
      // After reveal's own resize listener (added by initialize), which switches the view.
      addEventListener('resize', () => void (isScrollView(deck) && scrollView().then((m) => m?.startScrollView(deck, ''))));
      // Ready = reveal laid out and the fonts the first slide uses have arrived. The benchmark
      // measures up to this mark; tests and the PDF export wait for the attribute.
      await document.fonts.ready;
      if (isScrollView(deck)) await scrollView().then((m) => m?.startScrollView(deck, openedAt));
      performance.mark('deck-ready');
      // The other slides and the presenter's tools are no part of slide 1: they load after the mark,
      // and before the attribute that tests, the PDF export and a presenter's first `S` wait for.
      const tools =
        !receiver && language ? Promise.all([import('./runtime/speaker-view.ts'), import('./runtime/presenting-mode.ts')]) : undefined;
      if (!slidesEarly) adoptSlides(await loadSlidesRetrying());
      if (tools && language) {
        const [{ installSpeakerView }, { installPresentingMode }] = await tools;
        speakerView = installSpeakerView(deck, language, availableLangs());
        installPresentingMode(() => speakerView?.isOpen() ?? false);
      }
      document.documentElement.dataset.deckReady = 'true';
      releaseNeighbours(deck);
      // Only links from `npm run present` carry ?live=: a static deploy loads none of the live code.
      // A Wi-Fi drop while it loads must not leave a follower behind for good: tried again, backing off
      // (Chromium fetches a module whose fetch failed again).
      const live = (wait: number): void =>
        void import('./runtime/live.ts').then(
          (m) => m.installLive(deck, () => language?.state().slides ?? 'ja'),
          () => setTimeout(live, wait, Math.min(wait * 2, 15_000)),
        );
      if (new URLSearchParams(location.search).has(LIVE_PARAM)) live(1000);
    });
  // Tests and the PDF export read the deck through this handle.
  window.deck = deck;
  window.loadDeckNotes = loadDeckNotes;
}

type ScrollPhone = typeof ScrollPhoneModule;

/** The other slides, tried again while the chunk cannot be fetched (the venue's Wi-Fi dropped), backing off. */
async function loadSlidesRetrying(): Promise<boolean> {
  for (let wait = 1000; ; wait = Math.min(wait * 2, 15_000)) {
    try {
      return await loadSlides();
    } catch (error) {
      console.warn(`The slides after slide 1 did not load; trying again in ${wait / 1000} s.`, error);
      await new Promise((retry) => setTimeout(retry, wait));
    }
  }
}

declare global {
  interface Window {
    deck?: RevealApi;
    /** Loads the speaker notes into the slides (they are not in index.html). */
    loadDeckNotes?: () => Promise<void>;
  }
}
