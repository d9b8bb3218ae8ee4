import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/ui/render.js';

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
