// `trust trigger` at a real (pseudo-)terminal: the short questions, then one
// saved entry; Ctrl-C on the way saves nothing.
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust } from '../helpers/cli.js';
import { keys, ptyTrust } from '../helpers/pty.js';

describe('trust trigger at a terminal', () => {
  it('asks what set it off, how strong, what helped and about reassurance, and saves one trigger', async () => {
    const { file } = tempJournal();
    await trust(['init', '--partner', 'Sam', '--role', 'hurt', '--file', file]);
    const r = await ptyTrust(['trigger', '--file', file], [
      { wait: 'What set it off?', send: `a song in the shop${keys.enter}` },
      { wait: 'How strong was it?', send: `6${keys.enter}` },
      { wait: 'What helped, if anything?', send: `a walk${keys.enter}` },
      { wait: 'Did Sam answer with reassurance?', send: `${keys.down}${keys.enter}` },
      { wait: 'Noted a trigger of 6/10' },
    ]);
    expect(r.stuck).toBeNull();
    expect(r.code).toBe(0);
    expect(readJournal(file).entries).toEqual([{
      id: expect.any(String), kind: 'trigger', date: '2026-11-20', createdAt: expect.any(String),
      strength: 6, what: 'a song in the shop', helped: 'a walk', reassured: 'partly',
    }]);
  });

  it('Ctrl-C before the end saves nothing', async () => {
    const { file } = tempJournal();
    await trust(['trigger', '--strength', '3', '--file', file]);
    const before = snapshot(file);
    const r = await ptyTrust(['trigger', '--file', file], [
      { wait: 'What set it off?', send: `the hotel${keys.enter}` },
      { wait: 'How strong was it?', send: keys.ctrlC },
    ]);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/trust: Stopped\. Nothing was saved\./);
    expect(snapshot(file)).toBe(before);
  });
});
