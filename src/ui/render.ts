// The only module that colours text. Colour is off with --no-color, with
// NO_COLOR set, or when stdout is not a terminal; FORCE_COLOR turns it on
// (FORCE_COLOR=0 off), and wins over NO_COLOR. At a terminal that cannot
// show colour (TERM=dumb) it stays off unless forced.
import type { ChalkInstance } from 'chalk';
import { allowColour, neutralise } from './terminal-text.js';

export type Painter = ChalkInstance;
type Level = 0 | 1 | 2 | 3;

/** `detected`: what the terminal supports, as chalk sees it. */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean, detected: Level): Level {
  if (noColorFlag) return 0;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return 0;
  if (force !== undefined) return detected || 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? detected : 0;
}

/**
 * Output that cannot be coloured (a pipe, a file, NO_COLOR) is painted by
 * `plain`, so chalk is never loaded for it; chalk loads at the first painter
 * that colours (it asks the terminal as it loads, which loads Node's tty and
 * net code: ~5 ms). `require` keeps it in the bundle and its load lazy.
 */
export function makePainter(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean): Painter {
  if (colorLevel(env, isTTY, noColorFlag, 1) === 0) return plain;
  const { Chalk, supportsColor }: typeof import('chalk') = require('chalk');
  return safePainter(new Chalk({ level: colorLevel(env, isTTY, noColorFlag, supportsColor ? supportsColor.level : 0) }));
}

/** A painter that paints nothing, as chalk at level 0 does: any chain of styles, its arguments joined by spaces. */
const plainStyle = (...texts: unknown[]) => texts.join(' ');
// Every style of a painter with no colours is this same function; the Proxy gives it chalk's shape, so it has chalk's type.
// Only names are styles: `then` stays undefined (so the painter is never taken for a promise), as do symbols.
const styleOf = (key: string | symbol) => (key === 'level' ? 0 : typeof key === 'string' && key !== 'then' ? plain : undefined);
const plain: Painter = new Proxy(plainStyle, { get: (_, key) => styleOf(key) }) as unknown as Painter;

const SGR = /\x1b\[[0-9;]*m/g;

/**
 * chalk, whose arguments are neutralised before they are painted, and whose
 * colour codes are then known to be its own: they alone may reach the
 * terminal (see terminal-text.ts). Chained styles (`paint.bold.cyan`) too.
 * The Proxy stands on a bare function, not on chalk itself: chalk caches
 * each style as a fixed property of the object it is read from, and a Proxy
 * may not hand out anything else for such a property.
 */
export function safePainter<T extends object>(paint: T): T {
  const stand = () => undefined;
  const handler: ProxyHandler<typeof stand> = {
    get(_, key) {
      const value: unknown = Reflect.get(paint, key);
      return typeof value === 'function' && typeof key === 'string' ? safePainter(value) : value;
    },
    apply(_, self, args: unknown[]) {
      // apply is only reached when `paint` itself is callable (a chalk style is a function).
      const out: unknown = Reflect.apply(paint as (...a: unknown[]) => unknown, self, args.map((a) => (typeof a === 'string' ? neutralise(a) : a)));
      if (typeof out === 'string') for (const code of out.match(SGR) ?? []) allowColour(code);
      return out;
    },
  };
  // The Proxy answers for `paint` in every use chalk documents, so it has paint's type.
  return new Proxy(stand, handler) as unknown as T;
}
