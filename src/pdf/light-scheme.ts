/**
 * `--light`: the print view in the deck's light scheme. The contract with the theme is
 * `?theme=light` → `<html data-theme="light">`, styled by `[data-theme="light"]` rules. The export
 * passes the URL parameter and also sets the attribute itself before the deck's script runs, so
 * the print view is light whether or not the runtime reads the parameter.
 */
export const LIGHT_SCHEME_SCRIPT = `document.addEventListener('readystatechange', () => {
  if (document.readyState === 'interactive') document.documentElement.dataset.theme = 'light';
});`;
