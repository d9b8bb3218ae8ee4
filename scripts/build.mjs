// Bundles src/ into one CommonJS file, dist/main.cjs, plus a V8 code cache
// for it. Measured on this machine (BENCHMARKS.md): CommonJS starts a few
// milliseconds sooner than ES modules on Node 20 (no ESM loader to boot), and
// one file with a code cache beats code splitting, because the cache spares
// V8 the parsing that splitting was there to avoid. Commands are still only
// run when used: esbuild turns each `await import()` into a module that is
// initialised on first use.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// Built into a staging folder and moved into place only when everything
// worked, so a failed build never leaves the program missing; paths come
// from this file, so the build works from any folder.
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const staging = join(root, `.dist-${process.pid}`);
const at = (name) => join(staging, name);

// Modules that cost milliseconds to load, replaced for the importers below
// by stand-ins that load them on first use. A stand-in has the module's
// member names (so esbuild's ESM interop finds them) and hands out the real
// members when they are first read.
const lazy = (spec, members) => {
  const names = JSON.stringify(Object.keys(members));
  return `module.exports = new Proxy(Object.fromEntries(${names}.map((k) => [k, undefined])), { get: (_, key) => require('${spec}')[key] });`;
};
const builtin = (name) => lazy(`node:${name}`, createRequire(import.meta.url)(`node:${name}`));
const STAND_INS = [
  // commander: only to run git-style external subcommands, which trust never does (~2 ms).
  { module: 'child_process', importer: '/node_modules/commander/', contents: builtin('child_process') },
  // ids and temp-file names: a command that only reads never needs crypto (~2.5 ms).
  { module: 'crypto', importer: '/src/', contents: builtin('crypto') },
  // colours: a command whose output is JSON or goes to a pipe never paints (~1.5 ms).
  { module: 'chalk', importer: '/src/ui/render.ts', contents: lazy('chalk', await import('chalk')) },
  // chalk asks whether stdout is a terminal as it loads; tty brings net and
  // streams with it (~1.5 ms), and a pipe or a file is never a terminal.
  {
    module: 'tty',
    importer: '/node_modules/chalk/',
    contents: `const { fstatSync } = require('node:fs');
      const character = (fd) => { try { return fstatSync(fd).isCharacterDevice(); } catch { return false; } };
      module.exports = { isatty: (fd) => character(fd) && require('node:tty').isatty(fd) };`,
  },
];
const standIns = {
  name: 'stand-ins',
  setup(b) {
    b.onResolve({ filter: /^((node:)?(child_process|crypto|tty)|chalk)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      const i = STAND_INS.findIndex((s) => s.module === name && args.importer.includes(s.importer));
      return i < 0 ? undefined : { path: `${name}:${i}`, namespace: 'stand-in', pluginData: i };
    });
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({ contents: STAND_INS[args.pluginData].contents, loader: 'js', resolveDir: root }));
  },
};

await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
// On any failure the staging folder goes, and dist/ stays as it was.
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  write: false,
  outfile: at('main.cjs'),
  // src/system/cron.ts finds the installation from its own URL.
  define: { 'import.meta.url': '__trustUrl' },
  banner: { js: "'use strict'; const __trustUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [standIns],
  metafile: true,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;

// What every run initialises: the modules reachable from main.ts without a
// dynamic import(). The prompt library, the store, dates and colours must
// stay out, so that `trust --help` never pays for them.
const startup = new Set();
for (const queue = ['src/main.ts']; queue.length > 0; ) {
  const path = queue.pop();
  if (startup.has(path)) continue;
  startup.add(path);
  for (const dep of result.metafile.inputs[path]?.imports ?? []) if (dep.kind !== 'dynamic-import' && !dep.external) queue.push(dep.path);
}
if (process.argv.includes('--print-startup')) console.log([...startup].sort().join('\n'));
const heavy = [...startup].filter((path) => /node_modules\/(@inquirer|lowdb|dayjs|chalk)\//.test(path));
if (heavy.length > 0) throw new Error(`start-up would load ${heavy.join(', ')}: import it with await import() where it is used`);
if (/\bimport\(/.test(code)) throw new Error('dist/main.cjs still has a dynamic import(); the code cache loader cannot run it');

// The first line names the build, so dist/boot.cjs never pairs a cache with
// other code (V8 itself only compares the source's length).
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
await writeFile(at('main.cjs'), `// trust build ${id}\n${code}`);
await copyFile(new URL('./boot.cjs', import.meta.url), at('boot.cjs'));

// Train the code cache: one run of `--help` compiles commander and the
// command tree, the code every invocation shares.
const trained = spawnSync(process.execPath, [at('boot.cjs'), '--help'], {
  env: { PATH: process.env.PATH ?? '', TRUST_CODE_CACHE_OUT: at('main.cache') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (trained.status !== 0) throw new Error(`training the code cache failed (exit ${trained.status})`);

// The man page, from the help text the build just made.
const help = (args) => {
  const r = spawnSync(process.execPath, [at('boot.cjs'), ...args], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`trust ${args.join(' ')} failed while writing the man page`);
  return r.stdout;
};
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
await writeFile(at('trust.1'), (await import('./man.mjs')).manPage(version, help));

await rm(dist, { recursive: true, force: true });
await rename(staging, dist);
