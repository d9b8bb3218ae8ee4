// Draws the marble jar for the terminal: the jar filled from the bottom with
// the marbles of the last four weeks, the balance against 5:1 beside it, and
// a small bar for each week below.
import type { JarView, Ratio, Week } from '../domain/jar.js';
import { sayJar } from './messages-practice.js';
import type { Painter } from './render.js';

const PER_ROW = 4;
const MARBLE = '●';
const OUT = '○';
const BAR_MAX = 14;
const JAR_WIDTH = 16;

// Padding counts what shows on screen: colour codes take no room.
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
const padTo = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - visible(s)));

/** The jar's lines, top to bottom, `marbles` of `capacity` slots filled from the bottom. */
function jarLines(marbles: number, capacity: number, paint: Painter): string[] {
  const rows = Math.ceil(capacity / PER_ROW);
  const inner = PER_ROW * 2 + 1;
  const glass = (s: string) => paint.dim(s);
  const lines = [
    `  ${glass(`╭${'─'.repeat(inner - 2)}╮`)}`,
    `  ${glass(`╰┬${'─'.repeat(inner - 4)}┬╯`)}`,
    ` ${glass(`╭─╯${' '.repeat(inner - 4)}╰─╮`)}`,
  ];
  for (let row = rows - 1; row >= 0; row--) {
    const inRow = Math.min(PER_ROW, Math.max(0, marbles - row * PER_ROW));
    const cells = Array.from({ length: PER_ROW }, (_, i) => (i < inRow ? paint.green(MARBLE) : ' '));
    lines.push(` ${glass('│')} ${cells.join(' ')} ${glass('│')}`);
  }
  lines.push(` ${glass(`╰${'─'.repeat(inner)}╯`)}`);
  return lines;
}

function balanceText(r: Ratio): string {
  const words = sayJar.balance;
  if (r.balance === 'empty' || r.balance === 'no-removals') return words[r.balance];
  return words[r.balance](r.ratio ?? 0);
}

function bar(w: Week, paint: Painter): string {
  if (w.added === 0 && w.removed === 0) return paint.dim(sayJar.marbleQuietWeek);
  const ins = Math.min(w.added, BAR_MAX);
  const outs = Math.min(w.removed, BAR_MAX - ins);
  const cut = ins + outs < w.added + w.removed ? '…' : '';
  return `${paint.green(MARBLE.repeat(ins))}${paint.yellow(OUT.repeat(outs))}${cut}`;
}

function weekLine(w: Week, paint: Painter): string {
  const counts = [w.added ? `+${w.added}` : '', w.removed ? `−${w.removed}` : ''].filter(Boolean).join(' ');
  return `  ${sayJar.weekLabel(w.week)}  ${padTo(bar(w, paint), BAR_MAX + 2)}${counts}`.trimEnd();
}

/** The whole `trust jar` screen. */
export function renderJar(view: JarView, paint: Painter): string {
  const side = [
    paint.bold(sayJar.title),
    '',
    sayJar.windowLine(view.window.from, view.window.to),
    sayJar.counts(view.recent.added, view.recent.removed),
    sayJar.nowHolds(view.marbles, view.capacity),
  ];
  const jar = jarLines(view.marbles, view.capacity, paint);
  const top: string[] = [];
  for (let i = 0; i < Math.max(jar.length, side.length); i++) top.push(`${padTo(jar[i] ?? '', JAR_WIDTH)}${side[i] ?? ''}`.trimEnd());
  return [
    ...top,
    '',
    balanceText(view.recent),
    ...(view.total.balance === 'empty' ? [] : [sayJar.total(view.total.added, view.total.removed)]),
    ...(view.weeks.length > 0 ? ['', sayJar.timeline, ...view.weeks.map((w) => weekLine(w, paint))] : []),
  ].join('\n');
}
