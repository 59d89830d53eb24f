/**
 * A short notice in a corner of the page (who is driving, the relay is gone). A live region, so a
 * screen reader says it too; it hides itself after `ms` so the projected slide stays clean.
 */
export interface LiveNotice {
  show(text: string, ms?: number): void;
  hide(): void;
}

export function liveNotice(className: string): LiveNotice {
  const el = document.createElement('div');
  el.className = `live-notice ${className}`;
  el.setAttribute('role', 'status');
  el.hidden = true;
  document.body.append(el);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const notice: LiveNotice = {
    show(text, ms) {
      clearTimeout(timer);
      el.textContent = text;
      el.hidden = false;
      if (ms) timer = setTimeout(() => notice.hide(), ms);
    },
    hide() {
      clearTimeout(timer);
      el.hidden = true;
    },
  };
  return notice;
}
