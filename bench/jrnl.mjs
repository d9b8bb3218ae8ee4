#!/usr/bin/env node
// trust against jrnl (github.com/jrnl-org/jrnl) on the same entries, in a
// clean environment. jrnl is never vendored: get its source yourself and
// check it runs (bench/jrnl-setup.sh), then
//   JRNL=/path/to/jrnl BENCH_RUNS=10 node bench/jrnl.mjs
// BENCH_JRNL_ENTRIES (default 100000, 0 skips it) adds a journal of that many
// entries; a jrnl run longer than BENCH_JRNL_TIMEOUT seconds (default 60) is
// stopped and its row says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './load.mjs';

const jrnl = process.env.JRNL ?? 'jrnl';
const runs = Number(process.env.BENCH_RUNS ?? 10);
const bigCount = Number(process.env.BENCH_JRNL_ENTRIES ?? 100_000);
const timeoutS = Number(process.env.BENCH_JRNL_TIMEOUT ?? 60);
const root = fileURLToPath(new URL('..', import.meta.url));
const probe = spawnSync(jrnl, ['--version'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, encoding: 'utf8' });
if (probe.status !== 0) throw new Error(`${jrnl} --version did not run (${probe.error ?? probe.stderr}); see bench/jrnl-setup.sh`);
const jrnlVersion = probe.stdout.split('\n')[0].replace(/^jrnl v?/, '').trim();
const tmp = mkdtempSync(join(tmpdir(), 'trust-jrnl-'));
const gen = await load('generate.ts');
const { settleFile } = await load('rows.ts');
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, XDG_CONFIG_HOME: join(tmp, 'config'), TZ: 'UTC', LANG: 'C.UTF-8', NO_COLOR: '1', TRUST_NOW: gen.END };

const trustVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

// A time format strptime reads, so jrnl takes its fast path for every date
// (with its default '%F %r' Python's strptime fails and each date goes to dateutil).
const timeformat = '%Y-%m-%d %H:%M';
// Each entry becomes one jrnl entry: its time, its kind as the title, and
// every piece of text in it (gratitude and answers too) as the body.
const strings = (v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
const body = (e) => Object.entries(e).filter(([k]) => !['id', 'kind', 'date', 'createdAt', 'ref'].includes(k)).flatMap(([, v]) => strings(v));
const asJrnl = (entries) => entries.map((e) => `[${e.createdAt.slice(0, 10)} ${e.createdAt.slice(11, 16)}] ${e.kind}\n${body(e).join('\n')}\n`).join('\n');

/** Writes `journal` for both tools; jrnl's copy is made from trust's file after trust saved it, so both hold the same entries. */
function prepare(name, journal) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  const files = { trust: join(dir, 'trust.json'), jrnl: join(dir, 'jrnl.txt'), config: join(dir, 'jrnl.yaml') };
  writeFileSync(files.trust, gen.serialize(journal));
  settleFile(files.trust, join(root, 'bin', 'trust.js'), env); // saved once by trust, as a person's journal is
  const saved = JSON.parse(readFileSync(files.trust, 'utf8')).entries;
  writeFileSync(files.jrnl, asJrnl(saved));
  writeFileSync(files.config, `journals:\n  default: ${files.jrnl}\nencrypt: false\ncolors: {body: none, date: none, tags: none, title: none}\nhighlight: false\nlinewrap: 79\ndefault_hour: 9\ndefault_minute: 0\ntimeformat: '${timeformat}'\ntagsymbols: '#@'\neditor: ''\nindent_character: '|'\ntemplate: false\nversion: '${jrnlVersion}'\n`);
  const mb = (f) => (statSync(f).size / 1e6).toFixed(1);
  return { files, note: `${saved.length} entries (trust ${mb(files.trust)} MB, jrnl ${mb(files.jrnl)} MB)` };
}
const trustCmd = (files, ...args) => [process.execPath, join(root, 'bin', 'trust.js'), ...args, '--file', files.trust];
const jrnlCmd = (files, ...args) => [jrnl, '--config-file', files.config, ...args];
const pairs = (f) => [
  ['the last ten entries', trustCmd(f, 'list', '-n', '10'), jrnlCmd(f, '-n', '10')],
  ['entries containing a word', trustCmd(f, 'list', '--contains', 'receipt'), jrnlCmd(f, '-contains', 'receipt')],
  ['export as JSON', trustCmd(f, 'export', '--format', 'json'), jrnlCmd(f, '--export', 'json')],
];

// On a busy machine wall time is mostly waiting for a core, so each run is
// also timed in CPU seconds (user + system) by time(1) where it is installed.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall and CPU milliseconds of one run (cpu NaN without time(1)), or null when it passed the time bound. */
function once(command) {
  const [cmd, ...args] = timeBin ? [timeBin, '-f', '%U %S', ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error?.code === 'ETIMEDOUT') return null;
  if (r.status !== 0) throw new Error(`${command.join(' ')}: exit ${r.status} ${r.error ?? r.stderr}`);
  const [user, sys] = timeBin ? r.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN];
  return { wall, cpu: (user + sys) * 1000 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);

/**
 * Both tools in turn, the order swapped every run, after one untimed run each
 * (page cache, jrnl's bytecode). Once a jrnl run passes the time bound, only
 * trust is timed.
 */
function row(journal, [what, a, b]) {
  let finished = once(b) !== null;
  once(a);
  const t = [];
  const j = [];
  for (let i = 0; i < runs; i++) {
    for (const [out, cmd] of i % 2 ? [[j, b], [t, a]] : [[t, a], [j, b]]) {
      if (out === j && !finished) continue;
      const took = once(cmd);
      if (took === null) finished = false;
      else out.push(took);
    }
  }
  const cells = ['wall', 'cpu'].flatMap((k) => {
    const mt = median(t.map((x) => x[k]));
    if (!finished) return [ms(mt), `did not finish within ${timeoutS} s`, ''];
    const mj = median(j.map((x) => x[k]));
    return [ms(mt), ms(mj), `${(mj / mt).toFixed(1)}×`];
  });
  return `| ${what} | ${journal} | ${cells.join(' | ')} |`;
}

try {
  const load0 = loadavg();
  const journals = [['ten years', gen.tenYears()]];
  if (bigCount > 0) journals.push([bigCount.toLocaleString('en'), gen.merged(bigCount)]);
  const rows = ['| question | journal | trust | jrnl | jrnl / trust | trust CPU | jrnl CPU | jrnl / trust CPU |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  const notes = [];
  for (const [name, journal] of journals) {
    const { files, note } = prepare(name.replace(/\W/g, ''), journal);
    notes.push(`${name}: ${note}`);
    for (const pair of pairs(files)) rows.push(row(name, pair));
  }
  const load1 = loadavg();
  console.log(rows.join('\n'));
  console.log(`\nmedians of ${runs} runs, wall clock and CPU (user + system); trust ${trustVersion} on Node ${process.versions.node}, jrnl ${jrnlVersion}`);
  console.log(notes.join('\n'));
  console.log(`load average (1 min) ${load0[0].toFixed(1)} before, ${load1[0].toFixed(1)} after; ${new Date().toISOString()}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
