// Timing child processes from outside, the way a person (or cron) sees
// them: wall time from spawn to exit, stdout and stderr piped. Peak memory is
// measured in separate runs so its wrapper never adds to the timings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Command {
  /** Arguments to node itself (a script and its arguments, or -e code), or to `program`. */
  args: string[];
  /** What to run instead of node (e.g. python3 for bench/prompt.py). */
  program?: string;
  /** The run's time is the number it prints (bench/prompt.py: time to the prompt), not its wall time. */
  reportsMs?: boolean;
  env: Record<string, string>;
  /** Untimed preparation before every run (e.g. a fresh copy of the journal). */
  before?: () => void;
}

export interface Run {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runOnce(c: Command): Run {
  c.before?.();
  const start = process.hrtime.bigint();
  const r = spawnSync(c.program ?? process.execPath, c.args, { env: c.env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  return { ms: c.reportsMs ? Number(r.stdout.trim()) : wall, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Why a command cannot be timed (its last line on stderr), or undefined when it ran fine. */
export function failure(r: Run): string | undefined {
  if (r.code === 0) return undefined;
  const lines = r.stderr.trim().split('\n').filter(Boolean);
  return `exit ${r.code}: ${lines.at(-1) ?? 'no message'}`;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export interface Summary {
  median: number;
  /** Interquartile range relative to the median: how noisy the samples were. */
  spread: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const median = quantile(s, 0.5);
  return { median, spread: (quantile(s, 0.75) - quantile(s, 0.25)) / median, n: s.length };
}

const TIME = '/usr/bin/time';

/** How peak memory is measured here: GNU time when present, else a preload that reports maxRSS at exit. */
export const memoryProbe = existsSync(TIME) ? 'GNU time %M' : 'process.resourceUsage().maxRSS';

/** Peak resident memory of one run, in KiB; `preload` is bench/maxrss.cjs, for machines without GNU time. */
export function peakKb(c: Command, preload: string): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'trust-bench-rss-'));
  const out = join(dir, 'rss');
  try {
    c.before?.();
    const r = existsSync(TIME)
      ? spawnSync(TIME, ['-f', '%M', '-o', out, c.program ?? process.execPath, ...c.args], { env: c.env, stdio: 'ignore' })
      : c.program ? { status: 1 } // the preload needs node itself
      : spawnSync(process.execPath, ['-r', preload, ...c.args], { env: { ...c.env, BENCH_RSS_FILE: out }, stdio: 'ignore' });
    if (r.status !== 0 || !existsSync(out)) return undefined;
    const kb = Number(readFileSync(out, 'utf8').trim().split('\n').at(-1));
    return Number.isFinite(kb) ? kb : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function medianOf(values: (number | undefined)[]): number | undefined {
  const ok = values.filter((v): v is number => v !== undefined);
  return ok.length === 0 ? undefined : quantile([...ok].sort((a, b) => a - b), 0.5);
}
