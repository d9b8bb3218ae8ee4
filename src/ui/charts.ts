// Small text charts: sparklines, bars and a strip of days. Plain strings
// without colour (the renderer paints them), so they are easy to test and
// read the same in a terminal and in a markdown code block.

const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
export const GAP = '·';
export const FILLED = '●';
export const EMPTY = '○';

/** Averages neighbouring values so a long series fits `width` columns; nulls are skipped, all-null buckets stay null. */
export function squeeze(values: readonly (number | null)[], width: number): (number | null)[] {
  if (values.length <= width) return [...values];
  const size = Math.ceil(values.length / width);
  const out: (number | null)[] = [];
  for (let i = 0; i < values.length; i += size) {
    let sum = 0;
    let n = 0;
    for (const v of values.slice(i, i + size)) if (v !== null) (sum += v), n++;
    out.push(n === 0 ? null : sum / n);
  }
  return out;
}

/** One block per value on a fixed 0..max scale (so weeks compare); a dot where there is no value. */
export function sparkline(values: readonly (number | null)[], max = 100, width = 60): string {
  return squeeze(values, width)
    .map((v) => {
      if (v === null) return GAP;
      const ratio = Math.min(1, Math.max(0, v / max));
      return LEVELS[Math.min(LEVELS.length - 1, Math.floor(ratio * LEVELS.length))] ?? GAP;
    })
    .join('');
}

/** A horizontal bar `value/max` of `width` cells, with eighth-cell precision. */
export function bar(value: number, max: number, width = 20): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}

/** Labelled bars, one a line, labels padded to line up: "Mind reading   ███ 3". */
export function bars(items: readonly { label: string; count: number }[], max: number, width = 20): string[] {
  const pad = Math.max(0, ...items.map((i) => i.label.length));
  return items.map((i) => `${i.label.padEnd(pad)}  ${bar(i.count, max, width).padEnd(width)} ${i.count}`);
}

/**
 * The period as a strip of one-character cells (● written, ○ not, or the
 * weekday letters under them), with a space before each Monday so weeks
 * stand apart; long periods wrap every `weeksPerLine` weeks.
 */
export function strip(cells: readonly { text: string; monday: boolean }[], weeksPerLine = 10): string[] {
  const lines: string[] = [];
  let line = '';
  let weeks = 0;
  cells.forEach((c, i) => {
    if (c.monday && i > 0) {
      weeks++;
      if (weeks % weeksPerLine === 0) {
        lines.push(line);
        line = '';
      } else line += ' ';
    }
    line += c.text;
  });
  if (line) lines.push(line);
  return lines;
}
