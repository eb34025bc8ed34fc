/**
 * Matches a keyboard event against a browser command shortcut such as `Alt+Shift+S` or `Ctrl+Shift+Y`
 * (the format `commands.getAll()` reports, also after the user rebinds it). Letters are compared by
 * physical key code, because Alt+letter produces other characters on some layouts.
 */
export interface KeyLike {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  code: string;
  key: string;
}

export function parseShortcut(shortcut: string): { alt: boolean; shift: boolean; ctrl: boolean; meta: boolean; key: string } | undefined {
  const parts = shortcut
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  const key = parts.pop();
  if (!key) return undefined;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    alt: mods.has('alt') || mods.has('option') || mods.has('⌥'),
    shift: mods.has('shift') || mods.has('⇧'),
    ctrl: mods.has('ctrl') || mods.has('macctrl') || mods.has('⌃'),
    meta: mods.has('command') || mods.has('⌘') || mods.has('meta'),
    key: key.toLowerCase(),
  };
}

export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const wanted = parseShortcut(shortcut);
  if (!wanted) return false;
  if (event.altKey !== wanted.alt || event.shiftKey !== wanted.shift || event.ctrlKey !== wanted.ctrl || event.metaKey !== wanted.meta) {
    return false;
  }
  if (/^[a-z]$/.test(wanted.key)) return event.code === `Key${wanted.key.toUpperCase()}`;
  if (/^[0-9]$/.test(wanted.key)) return event.code === `Digit${wanted.key}`;
  return event.key.toLowerCase() === wanted.key;
}

/** The command's default binding; the manifest suggests it and the content script starts with it. */
export const DEFAULT_SHORTCUT = 'Alt+Shift+S';
