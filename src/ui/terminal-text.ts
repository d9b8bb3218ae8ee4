// What the journal holds never drives the terminal. Entry text may carry
// escape sequences (typed, imported, merged from another device): a window
// title, a cleared screen, the clipboard (OSC 52), a disguised link (OSC 8).
// Everything trust writes passes through safeOutput (main.ts wraps stdout
// and stderr in it), which shows each control character as a visible symbol
// and keeps line breaks and tabs. The only escapes let through are the
// colour codes trust's own painter emitted in this run (render.ts), and the
// painter neutralises its arguments first, so none of those come from a
// journal. Kept free of imports: main.ts loads it at start-up.
import type { Output } from '../context.js';

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates ("Trojan source"). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const SHOWN = /\x1b\[[0-9;]*m|\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Colour codes the painter has emitted: the only escapes safeOutput passes. */
const painted = new Set<string>();

/** Called by the painter with each colour code it wrote (never with one from its arguments). */
export function allowColour(code: string): void {
  painted.add(code);
}

const hex = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** One control character as something to read: ␛ for ESC (Unicode's control pictures), ⟨U+202E⟩ beyond C0. */
function symbol(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `⟨U+${hex(c)}⟩`;
}

/**
 * Text with every control character shown as a symbol, line breaks (LF or
 * CRLF) and tabs kept; `keep` are escapes to let through.
 */
export function neutralise(text: string, keep: ReadonlySet<string> = new Set()): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(SHOWN, (m) => {
    // A CRLF only ends a line (and CSV, RFC 4180, ends its rows with one); a lone CR could overwrite it.
    if (m === '\r\n') return m;
    if (m.length > 1) return keep.has(m) ? m : `${symbol('\x1b')}${m.slice(1)}`;
    return symbol(m);
  });
}

/** `text` as safeOutput will show it (the painter's colour codes kept): for code that must measure or break it first. */
export const shownSafely = (text: string): string => neutralise(text, painted);

/**
 * Text that can hold no control character but line breaks: JSON as
 * escapeJson leaves it (JSON.stringify escapes C0 itself), or lines of a
 * journal version trust wrote (serialize() escapes them). Neutralising it
 * again would be a second pass over megabytes that finds nothing.
 */
export function writeEscaped(out: Output, text: string): void {
  if (out.escaped) out.escaped(text);
  else out.write(text);
}

/** `out`, with everything written to it neutralised (colour codes of trust's own painter kept). */
export function safeOutput(out: Output): Output {
  return {
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
    write: (text: string) => out.write(neutralise(text, painted)),
    escaped: (text: string) => out.write(text),
  };
}
