#!/usr/bin/env node
// trust against jrnl (github.com/jrnl-org/jrnl) on the same ten years of
// entries, in a clean environment. jrnl is never vendored: check it out and
// install it yourself (BENCHMARKS.md), then
//   JRNL=/path/to/venv/bin/jrnl BENCH_RUNS=10 node bench/jrnl.mjs
// Each entry becomes one jrnl entry (its date and time, its words as body).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './load.mjs';

const jrnl = process.env.JRNL ?? 'jrnl';
const runs = Number(process.env.BENCH_RUNS ?? 10);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trust-jrnl-'));
const gen = await load('generate.ts');
const journal = gen.tenYears();
const words = (e) => Object.entries(e).filter(([k, v]) => typeof v === 'string' && !['id', 'kind', 'date', 'createdAt', 'ref'].includes(k)).map(([, v]) => v);
const text = journal.entries.map((e) => `[${e.date} ${e.createdAt.slice(11, 16)}] ${e.kind}\n${words(e).join('\n')}\n`).join('\n');
writeFileSync(join(dir, 'jrnl.txt'), text);
writeFileSync(join(dir, 'trust.json'), gen.serialize(journal));
mkdirSync(join(dir, 'config', 'jrnl'), { recursive: true });
writeFileSync(join(dir, 'config', 'jrnl', 'jrnl.yaml'), `journals:\n  default: ${join(dir, 'jrnl.txt')}\nencrypt: false\ncolors: {body: none, date: none, tags: none, title: none}\nhighlight: false\nlinewrap: 79\ndefault_hour: 9\ndefault_minute: 0\ntimeformat: '%F %r'\ntagsymbols: '#@'\neditor: ''\nindent_character: '|'\ntemplate: false\nversion: v4.2\n`);
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), TZ: 'UTC', LANG: 'C.UTF-8', NO_COLOR: '1', TRUST_NOW: gen.END };
const trust = (...args) => [process.execPath, join(root, 'bin', 'trust.js'), ...args, '--file', join(dir, 'trust.json')];
const pairs = [
  ['the last ten entries', trust('list', '-n', '10'), [jrnl, '-n', '10']],
  ['entries containing a word', trust('list', '--contains', 'receipt'), [jrnl, '-contains', 'receipt']],
  ['export as JSON', trust('export', '--format', 'json'), [jrnl, '--export', 'json']],
];
const once = ([cmd, ...args]) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status} ${r.error ?? r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  once(trust('log', '--checklist', 'check-in')); // saved once by trust, as a person's journal is
  const rows = ['| ten years | trust | jrnl | jrnl / trust |', '|---|---:|---:|---:|'];
  for (const [what, a, b] of pairs) {
    const t = [];
    const j = [];
    for (let i = 0; i < runs; i++) (i % 2 ? [[j, b], [t, a]] : [[t, a], [j, b]]).forEach(([out, cmd]) => out.push(once(cmd)));
    rows.push(`| ${what} | ${median(t).toFixed(1)} ms | ${median(j).toFixed(1)} ms | ${(median(j) / median(t)).toFixed(1)}× |`);
  }
  console.log(rows.join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
