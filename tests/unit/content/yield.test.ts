import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBeforeNextSlice, yieldToPage } from '../../../entrypoints/content/yield';

describe('yieldToPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hands back one task, without waiting for a frame, while the extension changed nothing of its own', async () => {
    const frame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frame);
    await yieldToPage();
    expect(frame).not.toHaveBeenCalled();
  });

  it('after the launcher changed, waits for the frame that renders it before the next slice', async () => {
    let render: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      render = callback;
      return 1;
    });
    renderBeforeNextSlice();
    let resumed = false;
    const yielded = yieldToPage().then(() => {
      resumed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(render).toBeDefined();
    expect(resumed).toBe(false);
    render!();
    await yielded;
    expect(resumed).toBe(true);
    // Only the first yield after the change waits for a frame.
    render = undefined;
    await yieldToPage();
    expect(render).toBeUndefined();
  });

  it('goes on after a short while in a tab that renders no frames (hidden or minimised)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      renderBeforeNextSlice();
      let resumed = false;
      const yielded = yieldToPage().then(() => {
        resumed = true;
      });
      await vi.advanceTimersByTimeAsync(50);
      expect(resumed).toBe(false);
      await vi.advanceTimersByTimeAsync(60);
      await yielded;
      expect(resumed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
