#!/usr/bin/env node
// `npm run bench [-- --check]`: see BENCHMARKS.md. The harness is TypeScript;
// this bundles it (Node 20 cannot run .ts) and hands it the loader.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, OUT } from './load.mjs';

mkdirSync(OUT, { recursive: true });
const { main } = await load('harness.ts');
process.exitCode = await main({ root: fileURLToPath(new URL('..', import.meta.url)), argv: process.argv.slice(2), env: process.env, load });
