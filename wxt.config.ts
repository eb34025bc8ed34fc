import { DEFAULT_SHORTCUT } from './lib/shortcut';
import { BUILT_IN_MATCHES } from './lib/sites';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * Public key of the demo and test build (never a private key: none is kept). It fixes the unpacked
 * extension's id, so an organisation's test policy and the browser tests can name the extension; the
 * id is derived from this key (docs/deploy.md). Store builds (`--mode store`, or SO_STORE_BUILD=1) leave it out: the
 * store assigns its own id.
 */
const DEMO_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArKbFCW3SPf+UbB42rrw/mA0dxVnHjnjfSaIYvz4ylq6M2o7mCByjqzfP/n1rIM/u7kdph/4POj1IlMM1sz9XRNKPqfdgYX2W8zBB4QoHHpNp3gGKH/insek2QX+BEyNYyv9n5RexLjHZBBYarLaCVZLR95c1Ze2vRagKoQd8wXHCelubq52qW9dFWOAuU7cpRSti/8cs17x3S54sIRDbxnYCJQvmLY1sXj6JqLVI86mzVpFmQjwIg7H1ur3EacJv5/Rk4fduFxCrvojPff6SFX3xk+rAjOFYfFxzNyENrUrLz21T/AO/FP6jLZimkbxtonbW+VHew3rPHFe1Z2jRWQIDAQAB';
/** `wxt build --mode store` / `npm run zip`: what goes to the browser stores (see README, "Two builds"). */
const STORE_MODE = 'store';
/**
 * `wxt build --mode org` / `npm run zip:org` (output `.output/chrome-mv3-org`): the organisation build
 * for Chrome and Edge, deployed only by browser policy together with `ExtensionSettings` →
 * `runtime_blocked_hosts` / `runtime_allowed_hosts`, which fence it to the organisation's portals
 * (docs/deploy.md). It holds its host access from install on, so policy portals need no prompt; the
 * extension itself registers its content script only on the portals the policy (or, where allowed, the
 * user) enabled.
 */
const ORG_MODE = 'org';
const ALL_WEB_HOSTS = ['https://*/*', 'http://*/*'];
/** One drawing (assets/icon.svg) rendered to PNG by scripts/render-icons.mjs. */
const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

// The single manifest source. Permissions are deliberately few: the demo portal on loopback is
// enabled out of the box; every other portal is an optional host permission the user grants per site.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifestVersion: 3,
  // Store submissions get the sources, not generated test pages, builds or local output.
  zip: {
    excludeSources: ['tests/portals/generated/**', 'tests/portals/medplum/dist/**', 'bench/store/dist/**', 'demo-output/**', 'test-results/**', 'docs/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ mode }) => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), pagesWithoutPolyfill()],
    build: { sourcemap: false },
    // The organisation build has no built-in portal either: outside the policy only what the user enabled.
    define: { __SO_STORE_BUILD__: JSON.stringify(mode === STORE_MODE || mode === ORG_MODE) },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // The demo build runs on the loopback demo portal out of the box; the store build (mode "store")
    // asks for no host at install: every portal, loopback included, is granted by the user per site.
    // The organisation build asks for every web host at install, fenced by the organisation's policy.
    host_permissions: mode === STORE_MODE ? [] : mode === ORG_MODE ? ALL_WEB_HOSTS : [...BUILT_IN_MATCHES],
    ...(mode === ORG_MODE ? {} : { optional_host_permissions: ALL_WEB_HOSTS }),
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: DEFAULT_SHORTCUT },
        description: '__MSG_commandToggle__',
      },
    },
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['http://*/*', 'https://*/*'],
        // Chrome's per-session dynamic URL keeps the extension id out of the page (no fingerprinting by
        // id); the frame's document still has the extension's own origin. Firefox ids are per install.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors http://*:* https://*:*; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-opinion-sidebar@example.org',
              // 140 is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: no data is transmitted to us or anyone else.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome 130 is the first that hands out the per-session dynamic URL of use_dynamic_url
          // (runtime.getURL), which keeps the extension id out of the portal page; the built code's
          // syntax itself targets Chrome 111 (Vite's baseline).
          minimum_chrome_version: '130',
        }),
    // The organisation's policy (Chrome/Edge "3rdparty" extension policy) is declared here; Firefox
    // reads the same keys from policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox' || mode === STORE_MODE || process.env.SO_STORE_BUILD === '1' ? {} : { key: DEMO_EXTENSION_KEY }),
  }),
  hooks: {
    // The store and organisation builds register no content script for any host: the background
    // registers it only for the enabled portals it has access to (entrypoints/background).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === STORE_MODE || wxt.config.mode === ORG_MODE) delete manifest.content_scripts;
    },
    // The organisation package is named apart from the store packages (…-chrome-org.zip).
    'config:resolved': (wxt) => {
      if (wxt.config.mode === ORG_MODE) wxt.config.zip.artifactTemplate = '{{name}}-{{version}}-{{browser}}-org.zip';
    },
  },
});

/**
 * The content script runs on every portal page, and the sidebar opens inside it, so both carry as
 * little as they can: they (and the options page, which shares the sidebar's chunks) use the browser's
 * own promise-based extension API (Chrome's MV3 `chrome`, Firefox's `browser`) instead of the
 * webextension polyfill — about 3 KB gzipped less each. Every call they make returns a promise
 * natively; the background keeps the polyfill for its message listeners that answer with a promise.
 */
function pagesWithoutPolyfill(): Plugin {
  let page = false;
  return {
    name: 'so-pages-without-polyfill',
    enforce: 'pre',
    options(options) {
      page = /content|sidebar|options/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(source, importer) {
      if (!page || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
