// The benchmark's report: one Markdown table, ready to paste into BENCHMARKS.md.
import type { KdfResult } from './kdf.js';
import type { Summary } from './measure.js';
import type { Row } from './rows.js';

export interface Result {
  row: Row;
  candidate?: Summary;
  baseline?: Summary;
  ratio?: number;
  peakKb?: number | undefined;
  baselinePeakKb?: number | undefined;
}

const ms = (s: Summary) => `${s.median.toFixed(1)} ms ±${Math.round(s.spread * 50)}%`;
const mb = (kb: number | undefined) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`);

function verdict(r: Result): string {
  if (r.row.budget === undefined) return '';
  if (r.ratio === undefined) return 'n/a';
  return r.ratio <= r.row.budget ? 'PASS' : 'OVER';
}

function line(r: Result): string {
  const budget = r.row.budget === undefined ? '—' : `≤ ${r.row.budget.toFixed(2)}×`;
  if (!r.candidate || !r.baseline || r.ratio === undefined) {
    return `| ${r.row.what} | n/a | ${r.row.baselineLabel} | | | ${budget} | ${verdict(r)} | |`;
  }
  const memory = `${mb(r.peakKb)} (${mb(r.baselinePeakKb)})`;
  return `| ${r.row.what} | ${ms(r.candidate)} | ${r.row.baselineLabel} | ${ms(r.baseline)} | ${r.ratio.toFixed(2)}× | ${budget} | ${verdict(r)} | ${memory} |`;
}

export function table(results: Result[], kdf: KdfResult | undefined, context: string[]): string {
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
  const reasons = results.filter((r) => r.row.skip).map((r) => `- n/a ${r.row.what}: ${r.row.skip}`);
  if (kdf && 'skip' in kdf) reasons.push(`- n/a scrypt key derivation: ${kdf.skip}`);
  return [...out, '', ...context.map((c) => `- ${c}`), '- ±: half the interquartile range, as a share of the median', ...reasons].join('\n');
}
