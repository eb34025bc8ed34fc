/** Where the settings live in the extension's storage.local. */
export const SETTINGS_KEY = 'settings';
