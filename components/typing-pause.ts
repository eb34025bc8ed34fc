/**
 * Whether the clinician is typing in this page. Every input, key press and paste counts, and an input
 * method's composition (a character being built, as with Chinese, Japanese or a dead key) counts until
 * it ends; a pause is `quietMs` without any of them. Another tab's text is shown only in a pause, so it
 * never replaces what is being typed under the caret.
 */
export interface TypingPause {
  /** A change the page's events may not show (a programmatic edit) counts as typing too. */
  touch(): void;
  /** True in a pause: nothing typed for the pause's length and no composition open. */
  quiet(): boolean;
  dispose(): void;
}

const TYPING_EVENTS = ['keydown', 'beforeinput', 'input', 'paste', 'compositionupdate'] as const;

export function watchTypingPause(target: Pick<Document, 'addEventListener' | 'removeEventListener'>, quietMs: number, onPause: () => void): TypingPause {
  let typing = false;
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const restart = () => {
    typing = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      typing = false;
      if (!composing) onPause();
    }, quietMs);
  };
  const onStart = () => {
    composing = true;
    restart();
  };
  const onEnd = () => {
    composing = false;
    restart();
  };
  // Capture: a field that stops an event's propagation is still typed in.
  const options = { capture: true, passive: true } as const;
  TYPING_EVENTS.forEach((type) => target.addEventListener(type, restart, options));
  target.addEventListener('compositionstart', onStart, options);
  target.addEventListener('compositionend', onEnd, options);

  return {
    touch: restart,
    quiet: () => !typing && !composing,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      TYPING_EVENTS.forEach((type) => target.removeEventListener(type, restart, options));
      target.removeEventListener('compositionstart', onStart, options);
      target.removeEventListener('compositionend', onEnd, options);
    },
  };
}
