// `npm run bench`: generates the journals, times every row interleaved with
// its baseline, and prints medians, ratios, peak memory and PASS/OVER per
// budget. `--check` makes a row over budget (or one that could not run) fail
// the process; by default it only reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { failure, medianOf, memoryProbe, peakKb, runOnce, summarise, type Command } from './measure.js';
import { encryptedSetup, fixtures, hasCrypto, rows, settle, type Row } from './rows.js';
import { timeKdf } from './kdf.js';
import { table, type Result } from './table.js';

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
  return {
    runs: Math.max(1, int(env.BENCH_RUNS, 30)),
    warmup: int(env.BENCH_WARMUP, 3),
    memRuns: int(env.BENCH_MEM_RUNS, 3),
    kdfRuns: int(env.BENCH_KDF_RUNS, 5),
    entries: int(env.BENCH_ENTRIES, 100_000),
    report: (env.BENCH_REPORT ?? 'report --json').split(' ').filter(Boolean),
    only: env.BENCH_ONLY?.split(',').filter(Boolean),
    bin: env.BENCH_BIN ?? join(root, 'bin', 'trust.js'),
    clean: env.BENCH_ENV === 'clean',
    keep: env.BENCH_KEEP === '1',
  };
}

/** What results.json keeps: numbers and names, never the commands (their environment is this shell's). */
const saved = (r: Result) => ({ ...r, row: { id: r.row.id, what: r.row.what, baseline: r.row.baselineLabel, budget: r.row.budget, skip: r.row.skip } });

export async function main({ root, argv, env, load }: Setup): Promise<number> {
  const check = argv.includes('--check');
  const { runs, warmup, memRuns, kdfRuns, entries, report, only, bin, clean, keep } = settings(root, env);
  const dir = mkdtempSync(join(tmpdir(), 'trust-bench-'));
  const load0 = loadavg()[0] ?? 0;
  try {
    note(`generating journals in ${dir}`);
    const f = fixtures(dir, entries, env, clean);
    settle(f, bin);
    const all = rows(f, { bin, report }).filter((r) => !only || only.includes(r.id));
    const enc = all.find((r) => r.id === 'report-10y-encrypted');
    if (enc) enc.skip = hasCrypto(root) ? encryptedSetup(f, (c) => probe(c), bin) : 'no src/storage/crypto.ts on this branch';
    for (const row of all) {
      row.skip ??= probe(row.baseline) ?? probe(row.candidate, row.verify);
      if (row.skip) note(`n/a: ${row.id}: ${row.skip}`);
    }
    const live = all.filter((r) => !r.skip);
    note(`timing ${live.length} rows: ${warmup} warm-up + ${runs} rounds, each baseline and candidate interleaved`);
    const samples = time(live, warmup, runs);

    const results: Result[] = all.map((row) => {
      const s = samples.get(row.id);
      if (row.skip || !s) return { row };
      const candidate = summarise(s.candidate);
      const baseline = summarise(s.baseline);
      const mem = (c: Command) => medianOf(Array.from({ length: memRuns }, () => peakKb(c, join(root, 'bench', 'maxrss.cjs'))));
      return { row, candidate, baseline, ratio: candidate.median / baseline.median, peakKb: mem(row.candidate), baselinePeakKb: mem(row.baseline) };
    });
    const kdf = only && !only.includes('kdf') ? undefined : await timeKdf(root, load, kdfRuns);

    const context = [
      `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${load0.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)}`,
      `${runs} timed rounds (+${warmup} warm-up), medians of wall time from spawn to exit; peak memory: ${memoryProbe}, median of ${memRuns}`,
      `program: ${bin}; environment: ${clean ? 'clean (BENCH_ENV=clean)' : "this shell's, minus TRUST_*"}${f.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set: node loads extra CA certificates at start-up)' : ''}${f.env.NODE_OPTIONS ? `, NODE_OPTIONS=${f.env.NODE_OPTIONS}` : ''}`,
      `journals: 10 years = ${f.tenYearsCount} entries; large = ${f.largeCount} entries; TRUST_NOW=${f.env.TRUST_NOW}`,
    ];
    process.stdout.write(`${table(results, kdf, context)}\n`);
    writeFileSync(join(root, 'bench', 'out', 'results.json'), `${JSON.stringify({ context, results: results.map(saved), kdf }, null, 2)}\n`);

    const failed = results.filter((r) => r.row.budget !== undefined && (r.ratio === undefined || r.ratio > r.row.budget));
    if (check && failed.length > 0) {
      note(`over budget or not measured: ${failed.map((r) => r.row.id).join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    if (keep) note(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
