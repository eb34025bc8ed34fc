import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the Medplum test portal as a static site: relative asset paths so any static server can host
// it under /medplum/dist/, and React's automatic JSX runtime (the repository's own JSX is Preact).
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    // Medplum's published CSS keeps one unprocessed Mantine breakpoint variable that lightningcss
    // rejects when minifying; the test page does not need minified CSS.
    cssMinify: false,
    rolldownOptions: {
      // Mantine marks its modules 'use client' for server components; irrelevant for a static page.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
