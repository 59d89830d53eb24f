import type { RevealApi } from 'reveal.js';
import { installShiftKeys } from './keys.ts';
import { UI_STRINGS } from './ui-strings.ts';

/**
 * The deck's two colour schemes: dark for a dim room and a projector, light for a bright room
 * (and for paper: `npm run pdf -- --light` and the handout print the light one). The scheme is
 * `<html data-theme>`, styled by src/styles/light.css. It comes from `?theme=light|dark`, else from
 * what was chosen earlier in this tab (sessionStorage: a projector laptop shared by several
 * speakers starts dark for the next one), else dark.
 */
export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_PARAM = 'theme';
const STORAGE_KEY = 'deck:theme';
/** The page's `<meta name="theme-color">` per scheme: the browser's own bar matches the slide. */
const THEME_COLOR: Record<Theme, string> = { dark: '#0f1b2d', light: '#ffffff' };

const isTheme = (value: string | null): value is Theme => value !== null && (THEMES as readonly string[]).includes(value);

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked; the URL parameter still works
  }
}

/**
 * The scheme to start with. A `?theme=` value that is not a scheme is reported, not silently
 * ignored: the console names the value and the ones that work.
 */
export function initialTheme(search = location.search, warn: (message: string) => void = console.warn): Theme {
  const param = new URLSearchParams(search).get(THEME_PARAM);
  if (isTheme(param)) return param;
  if (param !== null) warn(`?${THEME_PARAM}="${param}" is not a colour scheme: use ?${THEME_PARAM}=${THEMES.join(' or ?theme=')}.`);
  const remembered = stored();
  return isTheme(remembered) ? remembered : 'dark';
}

export function applyTheme(theme: Theme, doc: Document = document): void {
  const root = doc.documentElement;
  root.dataset.theme = theme;
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  doc.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLOR[theme]);
}

export interface ThemeController {
  current(): Theme;
  set(theme: Theme): void;
  toggle(): void;
}

/** Applies the starting scheme at once (before reveal lays out the first slide), without keys. */
export function startTheme(): ThemeController {
  let theme = initialTheme();
  applyTheme(theme);
  const controller: ThemeController = {
    current: () => theme,
    set(next) {
      theme = next;
      applyTheme(theme);
      try {
        sessionStorage.setItem(STORAGE_KEY, theme);
      } catch {
        /* see stored() */
      }
    },
    toggle: () => controller.set(theme === 'dark' ? 'light' : 'dark'),
  };
  return controller;
}

/** Shift+T switches the scheme; registered in reveal's `?` help like the other deck keys. */
export function installThemeKey(deck: RevealApi, controller: ThemeController): void {
  installShiftKeys(deck, [
    { letter: 'T', description: `${UI_STRINGS.keyTheme.ja} / ${UI_STRINGS.keyTheme.en}`, action: () => controller.toggle() },
  ]);
}
