import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { colorLevel, makePainter } from '../../src/ui/render.js';

describe('colorLevel', () => {
  it.each([
    // env, stdout is a terminal, --no-color, what the terminal supports → level
    [{}, true, false, 3, 3],
    [{}, false, false, 3, 0],
    [{}, true, false, 0, 0], // TERM=dumb
    [{ NO_COLOR: '1' }, true, false, 3, 0],
    [{ NO_COLOR: '' }, true, false, 2, 2],
    [{ FORCE_COLOR: '1' }, false, false, 0, 1],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, false, 2, 2],
    [{ FORCE_COLOR: '0' }, true, false, 3, 0],
    [{ FORCE_COLOR: 'false' }, true, false, 3, 0],
    [{ FORCE_COLOR: '1' }, true, true, 3, 0],
    [{}, true, true, 3, 0],
  ] as const)('%j tty=%s no-color=%s detected=%i → %i', (env, tty, flag, detected, want) => {
    expect(colorLevel(env, tty, flag, detected)).toBe(want);
  });
});

describe('makePainter without colour', () => {
  // A pipe or NO_COLOR never loads chalk; what it paints must still be what chalk at level 0 would give.
  const chalk0 = new Chalk({ level: 0 });
  it.each([
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{}, true, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('env %j, terminal %s, --no-color %s paints as chalk at level 0', (env, tty, flag) => {
    const paint = makePainter(env, tty, flag);
    expect(paint.level).toBe(0);
    expect(paint.green('saved')).toBe(chalk0.green('saved'));
    expect(paint.bold.cyan('a', 'b', 3)).toBe(chalk0.bold.cyan('a', 'b', 3));
    expect(paint.dim('')).toBe(chalk0.dim(''));
  });

  it('is never taken for a promise', async () => {
    const paint = makePainter({}, false, false);
    expect(await Promise.resolve(paint)).toBe(paint);
  });

  it('colours at a terminal that can', () => {
    expect(makePainter({ FORCE_COLOR: '1' }, true, false).green('x')).not.toBe('x');
  });
});
