// The report's notes end with what matters most for the person's role (trust init --role).
import { describe, expect, it } from 'vitest';
import { tempJournal, trust } from '../helpers/cli.js';

async function notes(role?: string): Promise<string[]> {
  const { file } = tempJournal();
  if (role) expect((await trust(['init', '--role', role, '--partner', 'Sam', '--file', file])).code).toBe(0);
  expect((await trust(['log', '--gratitude', 'tea', '--file', file])).code).toBe(0);
  const r = await trust(['report', '--json', '--file', file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).notes as string[];
}

describe('report notes by role', () => {
  it.each([
    ['hurt', /what you need from Sam/],
    ['broke-trust', /answer Sam's questions straight/],
    ['both', /what is working/],
  ])('%s', async (role, note) => {
    expect((await notes(role)).some((n) => note.test(n))).toBe(true);
  });

  it('without a role, no such note', async () => {
    expect((await notes()).some((n) => n.startsWith('For the week ahead'))).toBe(false);
  });
});
