import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUT, matchesShortcut, parseShortcut } from '../../../lib/shortcut';

const key = (over: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string; key: string }>) => ({
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  code: '',
  key: '',
  ...over,
});

describe('shortcut', () => {
  it('parses the browser command format', () => {
    expect(parseShortcut('Alt+Shift+S')).toEqual({ alt: true, shift: true, ctrl: false, meta: false, key: 's' });
    expect(parseShortcut('')).toBeUndefined();
  });

  it('matches the default binding by physical key, whatever character Alt produces', () => {
    expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyS', key: 'Í' }), DEFAULT_SHORTCUT)).toBe(true);
  });

  it('needs exactly the modifiers of the binding', () => {
    expect(matchesShortcut(key({ altKey: true, code: 'KeyS', key: 's' }), DEFAULT_SHORTCUT)).toBe(false);
    expect(matchesShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyS' }), DEFAULT_SHORTCUT)).toBe(false);
    expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyD' }), DEFAULT_SHORTCUT)).toBe(false);
  });

  it('follows a rebinding', () => {
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true, code: 'Digit5', key: '%' }), 'Ctrl+Shift+5')).toBe(true);
    expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyS' }), 'Ctrl+Shift+5')).toBe(false);
  });
});
