// Text that fits the terminal: every view wraps and cuts through here, so
// widths are measured the same way everywhere (string-width: an emoji or a
// CJK character takes two columns, a colour code none) and lines break at
// spaces (wrap-ansi), never in the middle of a word that has a space near it.
import type { Output } from '../context.js';
import { shownSafely } from './terminal-text.js';

/** The narrowest width views are laid out for; a narrower terminal still gets whole words. */
export const MIN_WIDTH = 20;

/**
 * The columns to lay text out in: the terminal's own width, else COLUMNS
 * (as ls and git read it) when set, else 80.
 */
export function columnsOf(out: Output, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const width = out.isTTY === true && out.columns ? out.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(MIN_WIDTH, width);
}

interface Unicode {
  width: typeof import('string-width').default;
  wrap: typeof import('wrap-ansi').default;
}
let unicode: Unicode | undefined;
/**
 * string-width and wrap-ansi build their Unicode tables as they load (about
 * 20 ms, a third of a whole `trust list`), so they are loaded at the first
 * text that needs them; `require` keeps them in the bundle and their load
 * lazy (an `import` would load them with this file).
 */
function libs(): Unicode {
  if (unicode) return unicode;
  const width: typeof import('string-width') = require('string-width');
  const wrap: typeof import('wrap-ansi') = require('wrap-ansi');
  return (unicode = { width: width.default, wrap: wrap.default });
}

/**
 * Characters one column wide with nothing wide, joined or zero-width among
 * them: printable ASCII, Latin letters, common punctuation (curly quotes,
 * dashes, "…") and the symbols trust draws (arrows, box lines, bars, ✓, the
 * pictures of control characters). Text of only these is as wide as it is
 * long, as string-width says too (test/unit/fit-width.property.test.ts).
 */
export const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20ac, 0x20ac],
  [0x2190, 0x2193], [0x2212, 0x2212], [0x2400, 0x2426], [0x2500, 0x259f], [0x25cb, 0x25cb], [0x25cf, 0x25d0],
  [0x2713, 0x2713], [0x2717, 0x2717], [0x27e8, 0x27e9],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const PLAIN = new RegExp(`^[${PLAIN_RANGES.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('')}]*$`, 'u');

export const widthOf = (text: string): number => (PLAIN.test(text) ? text.length : libs().width(text));

/** A `command` in backticks is one word: its spaces are held (as a one-column private-use character) while wrapping. */
const COMMAND = /`[^`\n]*`/g;
const HOLD = '\ue000';
/** A tab is kept as it is (wrap-ansi would turn it into spaces), held meanwhile as one column. */
const TAB = '\ue001';

/** A run of two-column characters (CJK) has no spaces to break at, so it may break between characters. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u;

export interface WrapOptions {
  /** Put before every line after the first (a hanging indent). */
  indent?: string;
  /** Put before the first line (a bullet, a label). */
  first?: string;
}

/**
 * `text` broken at spaces into lines no wider than `width` (indents
 * included). A word wider than the line (a long link) stays whole on a line
 * of its own, except a run of CJK, which breaks between its characters.
 * Newlines in the text start new lines, tabs stay tabs; the painter's
 * colour codes are kept, any other control character is shown as a symbol.
 */
export function wrapText(text: string, width: number, opts: WrapOptions = {}): string[] {
  const first = opts.first ?? '';
  const indent = opts.indent ?? '';
  // Control characters from the journal become visible symbols first: wrap-ansi must never see (and re-emit) a stored escape.
  const held = shownSafely(text).replace(COMMAND, (c) => c.replace(/ /g, HOLD)).replace(/\t/g, TAB);
  const lines = held.split('\n').flatMap((para, p) => {
    if (para.trim() === '') return [''];
    // A paragraph's own leading spaces (a list inside a field) are kept, its later lines under its text.
    const own = /^ */.exec(para)?.[0] ?? '';
    const lead = p === 0 ? widthOf(first) : widthOf(indent);
    const under = own ? `${own}  ` : '';
    return breakLines(para.slice(own.length), width - lead - own.length, width - widthOf(indent) - under.length)
      .map((l, i) => `${i === 0 ? own : under}${l}`);
  });
  return lines.map((l, i) => `${i === 0 ? first : indent}${l.replaceAll(HOLD, ' ').replaceAll(TAB, '\t')}`);
}

/** Lines of `text`: the first at most `firstRoom` wide, the rest at most `room`. */
function breakLines(text: string, firstRoom: number, room: number): string[] {
  const opts = { hard: WIDE.test(text), trim: true };
  const [head = '', ...rest] = libs().wrap(text, Math.max(1, firstRoom), opts).split('\n');
  if (rest.length === 0 || firstRoom === room) return [head, ...rest];
  return [head, ...libs().wrap(rest.join(' '), Math.max(1, room), opts).split('\n')];
}

/** wrapText joined into one string. */
export const wrapBlock = (text: string, width: number, opts: WrapOptions = {}): string => wrapText(text, width, opts).join('\n');

/**
 * `text` cut to `width` columns at the last whole word that fits, with "…"
 * after it; unchanged when it fits. A first word wider than the room is cut
 * by columns (there is no space to cut at).
 */
export function clipWords(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  const room = Math.max(1, width - 1);
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (widthOf(next) > room) break;
    kept = next;
  }
  if (kept === '') kept = clipColumns(text, room);
  // A line ending on a separator (", —") reads as cut: drop it with the cut words.
  return `${kept.replace(/[\s,;:\u2014\u2013-]+$/u, '')}…`;
}

/** The first characters of `text` that fit `width` columns. */
function clipColumns(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (widthOf(out + ch) > width) break;
    out += ch;
  }
  return out;
}

export interface Field {
  text: string;
  /** What goes before it when a field comes before (default a space). */
  sep?: string;
  /** Shown whole or not at all ("fear came true: no" cut to "fear came true…" would say the opposite). */
  whole?: boolean;
}

/**
 * Fields joined, as many as fit `width`. A field that does not fit is cut at
 * a word when it may be (free text), or dropped with all after it when it
 * must stay whole; "…" then says something was left out.
 */
export function fitFields(fields: readonly Field[], width: number): string {
  let line = '';
  for (const { text, whole, sep = ' ' } of fields) {
    if (text === '') continue;
    const next = line ? `${line}${sep}${text}` : text;
    if (widthOf(next) <= width) {
      line = next;
      continue;
    }
    if (line === '') return clipWords(next, width);
    const cut = clipWords(next, width);
    if (!whole && cut.startsWith(`${line}${sep.trimEnd()}`) && cut.length > line.length + sep.length) return cut;
    return widthOf(`${line} …`) <= width ? `${line} …` : clipWords(line, width);
  }
  return line;
}
