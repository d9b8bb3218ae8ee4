// The benchmark's report: Markdown tables, ready to paste into BENCHMARKS.md.
import type { KdfResult } from './kdf.js';
import type { Summary } from './measure.js';
import type { EnvName, Row } from './rows.js';

export interface Result {
  row: Row;
  env: EnvName;
  candidate?: Summary;
  baseline?: Summary;
  ratio?: number;
  peakKb?: number | undefined;
  baselinePeakKb?: number | undefined;
  /** Peak memory of a bare `JSON.parse` of the large journal, for rows with a memory budget. */
  parsePeakKb?: number | undefined;
}

const ms = (s: Summary) => `${s.median.toFixed(1)} ms ±${Math.round(s.spread * 50)}%`;
const mb = (kb: number | undefined) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`);

const memRatio = (r: Result) => (r.peakKb !== undefined && r.parsePeakKb ? r.peakKb / r.parsePeakKb : undefined);

/** Why a result fails `--check`: over its time or memory budget, or not measured at all. */
export function overBudget(r: Result): boolean {
  const budget = r.row.budget?.[r.env];
  if (budget === undefined && r.row.memBudget === undefined) return false;
  if (r.ratio === undefined) return true;
  if (budget !== undefined && r.ratio > budget) return true;
  const m = memRatio(r);
  return r.row.memBudget !== undefined && (m === undefined || m > r.row.memBudget);
}

function line(r: Result): string {
  const limit = r.row.budget?.[r.env];
  const budget = limit === undefined ? '—' : `≤ ${limit.toFixed(2)}×`;
  const verdict = limit === undefined && r.row.memBudget === undefined ? '' : overBudget(r) ? (r.ratio === undefined ? 'n/a' : 'OVER') : 'PASS';
  if (!r.candidate || !r.baseline || r.ratio === undefined) {
    return `| ${r.row.what} | n/a | ${r.row.baselineLabel} | | | ${budget} | ${verdict} | |`;
  }
  const m = memRatio(r);
  const memory = `${mb(r.peakKb)} (${mb(r.baselinePeakKb)})${m === undefined || r.row.memBudget === undefined ? '' : `, ${m.toFixed(2)}× a parse (≤ ${r.row.memBudget.toFixed(1)}×)`}`;
  return `| ${r.row.what} | ${ms(r.candidate)} | ${r.row.baselineLabel} | ${ms(r.baseline)} | ${r.ratio.toFixed(2)}× | ${budget} | ${verdict} | ${memory} |`;
}

export function table(results: Result[], kdf: KdfResult | undefined): string {
  const out = [
    '| what | trust (median) | baseline | baseline (median) | ratio | budget | result | peak memory (baseline) |',
    '|---|---:|---|---:|---:|---:|---|---:|',
    ...results.map(line),
  ];
  if (kdf) {
    out.push('summary' in kdf
      ? `| scrypt key derivation (in-process) | ${ms(kdf.summary)} | | | | — | | |`
      : '| scrypt key derivation (in-process) | n/a | | | | — | | |');
  }
  return out.join('\n');
}

/** The run's circumstances and every n/a's reason, under the tables. */
export function notes(results: Result[], kdf: KdfResult | undefined, context: string[]): string {
  const reasons = results.filter((r) => r.row.skip).map((r) => `- n/a ${r.row.what} (${r.env}): ${r.row.skip}`);
  if (kdf && 'skip' in kdf) reasons.push(`- n/a scrypt key derivation: ${kdf.skip}`);
  return [...context.map((c) => `- ${c}`), '- ±: half the interquartile range, as a share of the median', ...reasons].join('\n');
}
