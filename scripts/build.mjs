// Builds dist/: main.cjs (src/ bundled by esbuild into one CommonJS file,
// which starts sooner than ES modules on Node 20), boot.cjs (the entry),
// main.cache (V8's code cache for main.cjs: Node 20 has no compile cache of
// its own), help.txt (`trust --help`, printed by boot.cjs without loading
// main.cjs) and trust.1 (the man page). Numbers: BENCHMARKS.md.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manPage } from './man.mjs';

// Built in a staging folder and moved into place only when all of it worked.
const root = fileURLToPath(new URL('..', import.meta.url));
const staging = join(root, `.dist-${process.pid}`);
const at = (name) => join(staging, name);
await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));

const { outputFiles: [bundle], metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  outfile: at('main.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  write: false,
  metafile: true,
  // $EDITOR's prompt brings 650 KB of character sets: loaded from node_modules when it is used.
  external: ['@inquirer/editor'],
  // src/system/cron.ts finds the installation from its own URL.
  define: { 'import.meta.url': '__trustUrl' },
  banner: { js: "'use strict'; const __trustUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// What every run loads (main.ts without its dynamic imports) must not include the prompt library, the store, dates or colours.
const startup = new Set(['src/main.ts']);
for (const path of startup) for (const dep of metafile.inputs[path]?.imports ?? []) if (dep.kind !== 'dynamic-import') startup.add(dep.path);
const heavy = [...startup].filter((path) => /node_modules\/(@inquirer|lowdb|dayjs|chalk)\//.test(path));
if (heavy.length > 0) throw new Error(`start-up would load ${heavy.join(', ')}: import it where it is used`);
// Each prompt's package loads at its own first question (src/ui/prompts.ts): the first of `trust log` needs only confirm.
const eager = Object.entries(metafile.inputs).flatMap(([path, { imports }]) =>
  imports.filter((dep) => /node_modules\/@inquirer\/(checkbox|confirm|input|password|select)\//.test(dep.path) && dep.kind !== 'dynamic-import').map((dep) => `${path} -> ${dep.path}`));
if (eager.length > 0) throw new Error(`a prompt package is imported with its importer: ${eager.join(', ')}`);
// vm.Script (boot.cjs) cannot run a dynamic import(); esbuild turns those of bundled modules into requires.
if (/\bimport\(/.test(bundle.text)) throw new Error('dist/main.cjs has a dynamic import() of a module outside the bundle');
// Non-ASCII source makes V8 hold the whole bundle as two-byte text (slower to read and compile): write such characters as \u escapes.
if (/[^\x00-\x7f]/.test(bundle.text)) throw new Error('dist/main.cjs is not ASCII: write the characters of a regular expression as \\u escapes');
// The first line names the build, and the cache starts with it: V8 itself only compares the source's length.
const stamp = `// trust build ${createHash('sha256').update(bundle.text).digest('hex').slice(0, 16)}\n`;
await writeFile(at('main.cjs'), stamp + bundle.text);
await copyFile(new URL('./boot.cjs', import.meta.url), at('boot.cjs'));

const trust = (args, env = {}) => {
  const r = spawnSync(process.execPath, [at('boot.cjs'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`trust ${args.join(' ')} failed in the build (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
};
// A report of the sample journal (a copy, in the staging folder) trains the code cache on what most
// commands share: start-up, the store, the scan, the domain (`--help` to a pipe never loads the bundle).
const sample = at('train/journal.json');
await mkdir(at('train'), { mode: 0o700 });
await copyFile(join(root, 'data/sample-journal.json'), sample);
trust(['report', '--json', '--file', sample], { HOME: at('train'), TRUST_NOW: '2026-11-20', TRUST_CODE_CACHE_OUT: at('main.cache') });
await rm(at('train'), { recursive: true });
await writeFile(at('help.txt'), trust(['--help']));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
await writeFile(at('trust.1'), manPage(version, trust));

await rm(join(root, 'dist'), { recursive: true, force: true });
await rename(staging, join(root, 'dist'));
