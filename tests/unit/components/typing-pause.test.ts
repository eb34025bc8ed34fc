// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTypingPause, type TypingPause } from '../../../components/typing-pause';

/** When the clinician counts as typing, and when a pause begins. */
let pause: TypingPause;
let pauses: number;
beforeEach(() => {
  vi.useFakeTimers();
  pauses = 0;
  pause = watchTypingPause(document, 1500, () => pauses++);
});
afterEach(() => {
  pause.dispose();
  vi.useRealTimers();
});

const fire = (type: string, target: EventTarget = document.body) => target.dispatchEvent(new Event(type, { bubbles: true }));

describe('watchTypingPause', () => {
  it('is quiet before anything is typed, and again only after the pause has run out since the last input', () => {
    expect(pause.quiet()).toBe(true);
    fire('input');
    expect(pause.quiet()).toBe(false);
    vi.advanceTimersByTime(1000);
    fire('keydown');
    vi.advanceTimersByTime(1499);
    expect(pause.quiet()).toBe(false);
    expect(pauses).toBe(0);
    vi.advanceTimersByTime(1);
    expect(pause.quiet()).toBe(true);
    expect(pauses).toBe(1);
  });

  it('counts a field that stops the input from bubbling, and a change made by code', () => {
    const field = document.createElement('input');
    field.addEventListener('input', (e) => e.stopPropagation());
    document.body.append(field);
    fire('input', field);
    expect(pause.quiet()).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(pause.quiet()).toBe(true);
    pause.touch();
    expect(pause.quiet()).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(pauses).toBe(2);
    field.remove();
  });

  it('is never quiet while a composition is open, however long it lasts; the pause runs from its end', () => {
    fire('compositionstart');
    vi.advanceTimersByTime(60_000);
    expect(pause.quiet()).toBe(false);
    expect(pauses).toBe(0);
    fire('compositionupdate');
    fire('compositionend');
    vi.advanceTimersByTime(1499);
    expect(pause.quiet()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(pause.quiet()).toBe(true);
    expect(pauses).toBe(1);
  });

  it('hears nothing once disposed', () => {
    pause.dispose();
    fire('input');
    expect(pause.quiet()).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(pauses).toBe(0);
  });
});
