// The only module that colours text. Colour is off with --no-color, with
// NO_COLOR set, or when stdout is not a terminal; FORCE_COLOR turns it on.
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export type Painter = ChalkInstance;

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  const detected = supportsColor ? supportsColor.level : 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return detected || 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY) return 0;
  return detected || 1;
}

export function makePainter(env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag: boolean): Painter {
  return new Chalk({ level: colorLevel(env, isTTY, noColorFlag) });
}
