// Every view fits the terminal: lines no wider than the width (COLUMNS
// without a terminal, the terminal's own width in a pty), words never split.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { tempJournal, trust } from '../helpers/cli.js';
import { ptyTrust } from '../helpers/pty.js';

const vocabulary = ['they', 'will', 'leave', 'because', 'I', 'am', 'too', 'much', 'understandably', 'tired', '信任', '😀'];
const longThought = Array.from({ length: 500 }, (_, i) => vocabulary[(i * 7) % vocabulary.length]).join(' ');

async function week(): Promise<string> {
  const { file } = tempJournal();
  const logged = await trust(['log', '--file', file, '--date', '2026-11-18', '--thought', longThought, '--belief', '80', '--belief-after', '40',
    '--trap', 'mind-reading', '--action', 'Ask how their day was and listen without fixing anything', '--prediction', 'They will get defensive about it',
    '--gratitude', 'Cooked dinner for both of us while I was out at the late meeting']);
  const id = logged.stdout.trim();
  await trust(['review', id.slice(0, 8), '--file', file, '--done', 'yes', '--came-true', 'no', '--belief-now', '30',
    '--outcome', 'They told me about the meeting and we laughed about the printer for a long time']);
  await trust(['jar', 'add', 'kept their word about Friday and the keys', '--file', file]);
  return file;
}

const tooWide = (text: string, width: number) => text.split('\n').filter((l) => stringWidth(l) > width);

describe('text that fits', () => {
  it.each([
    [['show', '@id'], 60], [['show', '@id'], 200],
    [['list'], 60], [['report'], 60], [['report'], 80], [['fears'], 60], [['suggest'], 60],
  ])('%j at %i columns: no line too wide, every word whole', async (args, width) => {
    const file = await week();
    const id = JSON.parse((await trust(['list', '--kind', 'log', '--json', '--file', file])).stdout)[0].id as string;
    const run = await trust([...args.map((a) => (a === '@id' ? id : a)), '--file', file], { env: { COLUMNS: String(width) } });
    expect(run.code).toBe(0);
    expect(tooWide(run.stdout, width)).toEqual([]);
    if (args[0] === 'show') {
      const at = run.stdout.indexOf('Thought: ');
      const field = run.stdout.slice(at + 'Thought: '.length).split(/\n(?! )/)[0] ?? '';
      expect(field.split(/\s+/).join(' ')).toBe(longThought);
    }
  });

  it('a list row keeps "fear came true: no" whole or drops it, never cut in half', async () => {
    const file = await week();
    for (const width of [40, 50, 60, 70, 80, 100]) {
      const row = (await trust(['list', '--kind', 'review', '--file', file], { env: { COLUMNS: String(width) } })).stdout.trim();
      expect(stringWidth(row)).toBeLessThanOrEqual(width);
      expect(row).not.toMatch(/fear came true(?!: no)|fear came…/);
    }
  });

  it.each([
    [60, 1], [120, 2],
  ])('the number table at %i columns is in %i column(s)', async (width, columns) => {
    const file = await week();
    const lines = (await trust(['report', '--file', file], { env: { COLUMNS: String(width) } })).stdout.split('\n');
    const row = lines.find((l) => l.includes('Days written'));
    expect(row?.includes('Still open')).toBe(columns === 2);
    expect(lines.some((l) => l.trim().startsWith('Still open'))).toBe(columns === 1);
  });

  it('a real terminal 60 columns wide gets lines that fit', async () => {
    const file = await week();
    const id = JSON.parse((await trust(['list', '--kind', 'log', '--json', '--file', file])).stdout)[0].id as string;
    const run = await ptyTrust(['show', id, '--file', file], [], {}, undefined, 60);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Thought: they');
    expect(tooWide(run.output.trimEnd(), 60)).toEqual([]);
  });
});
