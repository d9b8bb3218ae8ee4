// Bundles src/ into dist/. Each command is a dynamic import, so with
// code splitting `trust --help` never loads the prompt library or a command
// it does not run.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // commander is CommonJS; esbuild's ESM output needs a real require for it.
  banner: { js: "import { createRequire as __trustRequire } from 'node:module'; const require = __trustRequire(import.meta.url);" },
  logLevel: 'warning',
});
