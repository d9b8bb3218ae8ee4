// The one save a signal waits for (src/signals.ts): run once, never for long, never throwing.
import { describe, expect, it } from 'vitest';
import { lastSave, saveOnSignal } from '../../src/signals.js';

describe('the save a signal waits for', () => {
  it('runs once, and not after it is taken back', async () => {
    let runs = 0;
    saveOnSignal(async () => void runs++);
    await lastSave(1000);
    await lastSave(1000);
    expect(runs).toBe(1);
    const takeBack = saveOnSignal(async () => void runs++);
    takeBack();
    await lastSave(1000);
    expect(runs).toBe(1);
  });

  it('is given up after its time, and a failed one does not throw', async () => {
    saveOnSignal(() => new Promise(() => undefined));
    const started = Date.now();
    await lastSave(50);
    expect(Date.now() - started).toBeLessThan(1000);
    saveOnSignal(async () => {
      throw new Error('disk full');
    });
    await expect(lastSave(1000)).resolves.toBeUndefined();
  });
});
