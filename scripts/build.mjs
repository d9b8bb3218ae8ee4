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
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const at = (name) => new URL(name, dist).pathname;

// commander requires child_process at load time, only to run git-style
// external subcommands, which trust never does; loading it costs ~2 ms.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const result = await build({
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
  plugins: [lazyChildProcess],
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
