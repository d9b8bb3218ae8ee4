// `npm run bench`: generates the journals, times every row interleaved with
// its baseline, and prints medians, ratios, peak memory and PASS/OVER per
// budget. `--check` makes a row over budget (or one that could not run) fail
// the process; by default it only reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { failure, medianOf, memoryProbe, peakKb, runOnce, summarise, type Command } from './measure.js';
import { bareParse, encryptedSetup, fixtures, hasCrypto, rows, settle, type EnvName, type Fixtures, type Row } from './rows.js';
import { timeKdf } from './kdf.js';
import { notes, overBudget, table, type Result } from './table.js';

export interface Setup {
  root: string;
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** Bundles a TypeScript module (path relative to bench/) and imports it. */
  load: (entry: string) => Promise<unknown>;
}

const int = (raw: string | undefined, fallback: number) => {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
};

const note = (text: string) => void process.stderr.write(`${text}\n`);

/** One run; the reason it failed or did not do its work, if so. */
function probe(c: Command, verify?: Row['verify']): string | undefined {
  const r = runOnce(c);
  return failure(r) ?? verify?.(r);
}

/**
 * Rounds of every row, each round running the baseline and the candidate
 * back to back, in alternating order, so that whatever else the machine is
 * doing at that moment lands on both.
 */
function time(live: Row[], warmup: number, runs: number): Map<string, { candidate: number[]; baseline: number[] }> {
  const samples = new Map(live.map((r) => [r.id, { candidate: [] as number[], baseline: [] as number[] }]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const row of live) {
      const s = samples.get(row.id);
      const order: ['candidate' | 'baseline', Command][] = [['baseline', row.baseline], ['candidate', row.candidate]];
      if (round % 2 === 1) order.reverse();
      for (const [which, cmd] of order) {
        const { ms } = runOnce(cmd);
        if (round >= warmup) s?.[which].push(ms);
      }
    }
    if (round >= warmup && (round - warmup + 1) % 10 === 0) note(`  ${round - warmup + 1}/${runs} rounds`);
  }
  return samples;
}

/** The knobs, all from the environment (see BENCHMARKS.md). */
function settings(root: string, env: NodeJS.ProcessEnv) {
  const envs: EnvName[] = env.BENCH_ENV === 'clean' ? ['clean'] : env.BENCH_ENV === 'shell' ? ['shell'] : ['clean', 'shell'];
  return {
    runs: Math.max(1, int(env.BENCH_RUNS, 30)),
    warmup: int(env.BENCH_WARMUP, 3),
    memRuns: int(env.BENCH_MEM_RUNS, 3),
    kdfRuns: int(env.BENCH_KDF_RUNS, 5),
    entries: int(env.BENCH_ENTRIES, 100_000),
    report: (env.BENCH_REPORT ?? 'report --json').split(' ').filter(Boolean),
    only: env.BENCH_ONLY?.split(',').filter(Boolean),
    bin: env.BENCH_BIN ?? join(root, 'bin', 'trust.js'),
    envs,
    keep: env.BENCH_KEEP === '1',
  };
}

/** What results.json keeps: numbers and names, never the commands (their environment is this shell's). */
const saved = (r: Result) => ({ ...r, row: { id: r.row.id, what: r.row.what, baseline: r.row.baselineLabel, budget: r.row.budget, memBudget: r.row.memBudget, skip: r.row.skip } });

const TITLE: Record<EnvName, string> = {
  clean: 'Clean environment (cron\'s: `env -i` with PATH, HOME, TZ, LANG)',
  shell: "This shell's environment (minus TRUST_*)",
};

/** One table: every row timed in one environment. */
function measureIn(name: EnvName, base: Fixtures, o: { bin: string; report: string[]; prompt: string; only?: string[] | undefined; root: string; warmup: number; runs: number; memRuns: number }) {
  const f = { ...base, env: base.envs[name] };
  const all = rows(f, o).filter((r) => !o.only || o.only.includes(r.id));
  const enc = all.find((r) => r.id === 'report-10y-encrypted');
  if (enc) enc.skip = hasCrypto(o.root) ? encryptedSetup(f, (c) => probe(c), o.bin) : 'no src/storage/crypto.ts on this branch';
  for (const row of all) {
    row.skip ??= probe(row.baseline) ?? probe(row.candidate, row.verify);
    if (row.skip) note(`n/a: ${row.id}: ${row.skip}`);
  }
  const live = all.filter((r) => !r.skip);
  note(`${name}: timing ${live.length} rows: ${o.warmup} warm-up + ${o.runs} rounds, each baseline and candidate interleaved`);
  const samples = time(live, o.warmup, o.runs);
  const mem = (c: Command) => medianOf(Array.from({ length: o.memRuns }, () => peakKb(c, join(o.root, 'bench', 'maxrss.cjs'))));
  const parsePeakKb = all.some((r) => r.memBudget !== undefined) ? mem(bareParse(f)) : undefined;
  const results: Result[] = all.map((row) => {
    const s = samples.get(row.id);
    if (row.skip || !s) return { row, env: name };
    const candidate = summarise(s.candidate);
    const baseline = summarise(s.baseline);
    return { row, env: name, candidate, baseline, ratio: candidate.median / baseline.median, peakKb: mem(row.candidate), baselinePeakKb: mem(row.baseline), parsePeakKb };
  });
  return { results, f };
}

export async function main({ root, argv, env, load }: Setup): Promise<number> {
  const check = argv.includes('--check');
  const { runs, warmup, memRuns, kdfRuns, entries, report, only, bin, envs, keep } = settings(root, env);
  const dir = mkdtempSync(join(tmpdir(), 'trust-bench-'));
  const load0 = loadavg()[0] ?? 0;
  try {
    note(`generating journals in ${dir}`);
    const f = fixtures(dir, entries, env);
    settle(f, bin);
    const prompt = join(root, 'bench', 'prompt.py');
    const tables = envs.map((name) => ({ name, ...measureIn(name, f, { bin, report, prompt, only, root, warmup, runs, memRuns }) }));
    const kdf = only && !only.includes('kdf') ? undefined : await timeKdf(root, load, kdfRuns);

    const context = [
      `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${load0.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)}`,
      `${runs} timed rounds (+${warmup} warm-up), medians of wall time from spawn to exit (first prompt: from fork to the prompt's text); peak memory: ${memoryProbe}, median of ${memRuns}`,
      `program: ${bin}${f.envs.shell.NODE_EXTRA_CA_CERTS ? '; this shell sets NODE_EXTRA_CA_CERTS (node loads extra CA certificates at start-up)' : ''}${f.envs.shell.NODE_OPTIONS ? `, NODE_OPTIONS=${f.envs.shell.NODE_OPTIONS}` : ''}`,
      `journals: 10 years = ${f.tenYearsCount} entries; large = ${f.largeCount} entries; TRUST_NOW=${f.env.TRUST_NOW}`,
    ];
    const text = tables.map((t, i) => `${TITLE[t.name]}:\n\n${table(t.results, i === tables.length - 1 ? kdf : undefined)}`).join('\n\n');
    process.stdout.write(`${text}\n\n${notes(tables.flatMap((t) => t.results), kdf, context)}\n`);
    const results = tables.flatMap((t) => t.results);
    writeFileSync(join(root, 'bench', 'out', 'results.json'), `${JSON.stringify({ context, results: results.map(saved), kdf }, null, 2)}\n`);

    const failed = results.filter((r) => overBudget(r));
    if (check && failed.length > 0) {
      note(`over budget or not measured: ${failed.map((r) => `${r.row.id} (${r.env})`).join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    if (keep) note(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
