// Triggers and requests in exports, on the share card, and out of the way
// of a report that has none.
import { beforeAll, describe, expect, it } from 'vitest';
import { tempJournal, trust, type Run } from '../helpers/cli.js';

const { file } = tempJournal();
let request = '';

async function ok(...args: string[]): Promise<Run> {
  const r = await trust([...args, '--file', file]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

beforeAll(async () => {
  await ok('trigger', '--date', '2026-11-17', '--what', 'the "hotel" again', '--strength', '7', '--helped', 'a walk', '--reassured', 'yes');
  request = (await ok('request', 'add', 'Text me when you leave work', '--cost', 'low', '--date', '2026-11-16')).stdout.trim();
  await ok('request', 'met', request, '--date', '2026-11-16');
  await ok('request', 'met', request, '--date', '2026-11-18', '--note', 'before six');
  await ok('log', '--date', '2026-11-18', '--gratitude', 'Made tea');
});

describe('exports', () => {
  it('csv has a column for each new field, after the earlier ones', async () => {
    const lines = (await ok('export', '--format', 'csv')).stdout.split(/\r?\n/);
    const head = lines[0]?.split(',') ?? [];
    expect(head.slice(-6)).toEqual(['what', 'strength', 'helped', 'reassured', 'cost', 'note']);
    const trigger = lines.find((l) => l.includes(',trigger,'))?.split(',') ?? [];
    expect(trigger[head.indexOf('strength')]).toBe('7');
    expect(trigger[head.indexOf('reassured')]).toBe('yes');
    expect(lines.find((l) => l.includes(',trigger,'))).toContain('"the ""hotel"" again"');
    const met = lines.filter((l) => l.includes(',request-met,')).map((l) => l.split(','));
    expect(met.map((m) => [m[head.indexOf('ref')], m[head.indexOf('text')], m[head.indexOf('note')]])).toEqual([
      [request, 'Text me when you leave work', ''],
      [request, 'Text me when you leave work', 'before six'],
    ]);
  });

  it('markdown gives each a heading and its fields in words', async () => {
    const md = (await ok('export', '--format', 'markdown')).stdout;
    expect(md).toContain('### A trigger\n\n- **How strong (0-10):** 7\n- **What set it off:** the "hotel" again\n- **What helped:** a walk\n- **Reassured:** yes\n');
    expect(md).toContain('### A request\n\n- **What:** Text me when you leave work\n- **Cost:** low\n');
    expect(md).toContain('### Request met: “Text me when you leave work”\n\n- **Note:** before six\n');
  });
});

describe('trust share --week', () => {
  it('puts the requests met on the card, with how often, for the accountability check-in', async () => {
    const card = (await ok('share', '--week', '2026-11-18', '--fields', 'requests')).stdout;
    expect(card).toBe([
      'My week, 16 November to 22 November 2026', '',
      'Monday 16 November', '  Request met: Text me when you leave work', '',
      'Wednesday 18 November', '  Request met: Text me when you leave work (before six)', '',
      'Requests met this week:', '  “Text me when you leave work”: twice', '',
    ].join('\n'));
    expect(card).not.toContain('hotel');
  });

  it('shows requests met among the gentle fields by default, and never a trigger', async () => {
    const card = (await ok('share', '--week', '2026-11-18')).stdout;
    expect(card).toContain('Request met: Text me when you leave work');
    expect(card).toContain('Made tea');
    expect(card).not.toContain('hotel');
  });
});

describe('a report with none of it', () => {
  it('has no triggers section, and zeros in the JSON', async () => {
    const { file: other } = tempJournal();
    await trust(['log', '--gratitude', 'Made tea', '--file', other]);
    const text = (await trust(['report', '--file', other])).stdout;
    expect(text).not.toContain('Triggers and requests');
    const r = JSON.parse((await trust(['report', '--json', '--file', other])).stdout);
    expect(r.triggers).toMatchObject({ count: 0, strength: null, reassured: 0 });
    expect(r.requests).toEqual({ asked: 0, met: 0, items: [] });
    expect(r.stage).toBe('atone');
  });
});
