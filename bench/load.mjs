// Node 20 cannot run TypeScript, so the benchmark's own modules (and the
// src/ modules they share, like serialize()) are bundled with esbuild into
// bench/out/ and imported from there.
import { build } from 'esbuild';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

export const OUT = new URL('./out/', import.meta.url);

/** Bundles `entry` (a path relative to bench/) into bench/out/ and imports it. Packages stay external. */
export async function load(entry) {
  const outfile = new URL(basename(entry).replace(/\.ts$/, '.mjs'), OUT);
  await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    outfile: outfile.pathname,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile.pathname).href);
}
