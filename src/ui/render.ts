// The only module that colours text. Colour is off with --no-color, with
// NO_COLOR set, or when stdout is not a terminal; FORCE_COLOR turns it on
// (FORCE_COLOR=0 off), and wins over NO_COLOR. At a terminal that cannot
// show colour (TERM=dumb) it stays off unless forced.
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

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

export function makePainter(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean): Painter {
  return new Chalk({ level: colorLevel(env, isTTY, noColorFlag, supportsColor ? supportsColor.level : 0) });
}
