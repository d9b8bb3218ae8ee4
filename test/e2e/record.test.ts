// The complete thought record through the real binary: every new flag lands
// in the file, in `report --json`, in `trust fears`, in exports and share
// cards; half-records save; the answer-back lines go to stderr, stdout keeps the id.
import { describe, expect, it } from 'vitest';
import { readJournal, snapshot, tempJournal, trust, UUID } from '../helpers/cli.js';

const at = (day: string) => ({ env: { TRUST_NOW: day } });

/** A thought challenged with every field, its step, and a review of it. */
async function fullRecord(file: string): Promise<{ logId: string; reviewId: string }> {
  const logged = await trust([
    'log', '--file', file, '--thought', 'They will leave me', '--belief', '90', '--emotion', 'fear:80', '--emotion', 'hurt:60',
    '--evidence-against', 'They stayed through the worst of it', '--trap', 'fortune-telling', '--balanced', 'They are still here and trying',
    '--belief-balanced', '65', '--belief-after', '55', '--emotion-after', 'fear:50', '--emotion-after', 'hurt:60',
    '--action', 'Ask them to stay for coffee', '--prediction', 'They will make an excuse', '--prediction-belief', '70',
  ], at('2026-11-16'));
  expect(logged.code).toBe(0);
  expect(logged.stdout.trim()).toMatch(UUID); // only the id on stdout
  expect(logged.stderr).toBe('Belief in the old thought went from 90 to 55. Looking at the proof did that.\nThe fear eased from 80 to 50.\n');
  const logId = logged.stdout.trim();
  const reviewed = await trust(['review', logId, '--file', file, '--done', 'yes', '--came-true', 'no', '--outcome', 'We had coffee', '--belief-now', '30', '--learned', 'Asking is allowed'], at('2026-11-17'));
  expect(reviewed.code).toBe(0);
  expect(reviewed.stderr).toBe(
    'What you feared did not happen. You were 70 out of 100 sure it would. Worth remembering the next time that fear comes back.\n' +
      'Belief in the old thought: 90 when you wrote it, 30 now. The step moved it.\n',
  );
  return { logId, reviewId: reviewed.stdout.trim() };
}

describe('the complete thought record', () => {
  it('every new field is kept in the file', async () => {
    const { file } = tempJournal();
    const { logId } = await fullRecord(file);
    const [log, review] = readJournal(file).entries;
    expect(log).toMatchObject({
      id: logId, beliefBalanced: 65, beliefAfter: 55, predictionBelief: 70,
      emotionsAfter: [{ name: 'fear', intensity: 50 }, { name: 'hurt', intensity: 60 }],
    });
    expect(review).toMatchObject({ ref: logId, beliefNow: 30, learned: 'Asking is allowed', cameTrue: 'no' });
  });

  it('with --json, stdout is one JSON document holding the new fields, and the lines go to stderr', async () => {
    const { file } = tempJournal();
    const r = await trust(['log', '--file', file, '--thought', 't', '--belief', '80', '--belief-after', '40', '--action', 'a', '--prediction', 'p', '--prediction-belief', '90', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ predictionBelief: 90, beliefAfter: 40 });
    expect(r.stderr).toMatch(/from 80 to 40/);
  });

  it('report --json reads every field: challenged, belief now, how sure, feelings', async () => {
    const { file } = tempJournal();
    await fullRecord(file);
    // A thought written but not challenged (no proof, no trap, no fairer thought) is not counted as challenged.
    expect((await trust(['log', '--file', file, '--thought', 'Nobody can be trusted', '--belief', '70', '--emotion', 'fear:60'], at('2026-11-18'))).code).toBe(0);
    const r = await trust(['report', '--json', '--file', file, '--week', '2026-11-18'], at('2026-11-20'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.thoughts).toEqual({ count: 2, beliefBefore: 80, beliefAfter: 55, challenged: 1, beliefNow: 30 });
    expect(doc.predictions).toEqual({ tested: 1, cameTrue: 0, partly: 0, didNot: 1, sureBefore: 70 });
    expect(doc.emotions).toEqual({ fear: { count: 2, before: 70, after: 50 }, hurt: { count: 1, before: 60, after: 60 } });
    expect(doc.beliefs.map((b: { before: number; afterChallenge: number | null; afterStep: number | null }) => [b.before, b.afterChallenge, b.afterStep])).toEqual([[90, 55, 30], [70, null, null]]);
    expect(doc.notes[1]).toMatch(/`trust fears`/); // the ledger leads the story, just under the headline
  });

  it.each([
    ['text', [], /16 Nov\s+90 →  55 →  30  They will leave me/],
    ['markdown', ['--format', 'markdown'], /- Mon 16 Nov: `90 → 55 → 30` They will leave me/],
    ['html', ['--format', 'html'], /Mon 16 Nov: <b>90 → 55 → 30<\/b> They will leave me/],
  ])('the %s report shows belief before → after challenge → after the step, one line a thought', async (_name, args, line) => {
    const { file } = tempJournal();
    await fullRecord(file);
    const r = await trust(['report', '--file', file, '--week', '2026-11-16', ...args], at('2026-11-20'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(line);
    expect(r.stdout).toMatch(/Thoughts challenged/);
  });

  it.each([['markdown'], ['html']])('the %s report says it is not therapy', async (format) => {
    const { file } = tempJournal();
    await fullRecord(file);
    const r = await trust(['report', '--file', file, '--format', format], at('2026-11-20'));
    expect(r.stdout).toContain('trust supports self-help; it is not therapy.');
  });

  it('exports carry the new fields: csv columns, markdown labels', async () => {
    const { file } = tempJournal();
    await fullRecord(file);
    const csv = (await trust(['export', '--format', 'csv', '--file', file])).stdout.split('\r\n');
    const head = (csv[0] ?? '').split(',');
    const row = (csv[1] ?? '').split(',');
    const cell = (name: string) => row[head.indexOf(name)];
    expect([cell('beliefBalanced'), cell('emotionsAfter'), cell('predictionBelief')]).toEqual(['65', 'fear:50;hurt:60', '70']);
    expect((csv[2] ?? '').split(',')[head.indexOf('learned')]).toBe('Asking is allowed');
    const md = (await trust(['export', '--format', 'markdown', '--file', file])).stdout;
    expect(md).toContain('**Belief in the balanced thought:** 65');
    expect(md).toContain('**Feelings after:** fear 50, hurt 60');
    expect(md).toContain('**How sure it would happen:** 70');
    expect(md).toContain('**What it taught:** Asking is allowed');
  });

  it('a share card shows the belief at each stage and what the step taught', async () => {
    const { file } = tempJournal();
    const { logId } = await fullRecord(file);
    const r = await trust(['share', logId, '--fields', 'belief,feelings,balanced,prediction,outcome', '--file', file], at('2026-11-20'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('How much I believed it: 90 out of 100 at first, 55 after thinking it through, 30 after the step');
    expect(r.stdout).toContain('What I felt after thinking it through: fear 50, hurt 60');
    expect(r.stdout).toContain('How much I believe the fairer thought: 65 out of 100');
    expect(r.stdout).toContain('How sure I was it would happen: 70 out of 100');
    expect(r.stdout).toMatch(/How it went: .*What I learned: Asking is allowed/);
  });
});

describe('half-records are fine', () => {
  it.each([
    ['a thought record without a step', ['--thought', 'They will leave', '--belief', '80', '--balanced', 'They came back'], { thought: 'They will leave' }],
    ['a step without a thought', ['--action', 'Tell them one thing about my day'], { action: 'Tell them one thing about my day' }],
    ['feelings alone, a mood check-in', ['--emotion', 'hope:40', '--emotion', 'fear:30'], { emotions: [{ name: 'hope', intensity: 40 }, { name: 'fear', intensity: 30 }] }],
  ])('%s saves', async (_name, args, fields) => {
    const { file } = tempJournal();
    const r = await trust(['log', '--file', file, ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(UUID);
    const [entry] = readJournal(file).entries;
    expect(entry).toMatchObject({ kind: 'log', ...fields });
  });
});

describe('trust fears', () => {
  async function ledger(): Promise<string> {
    const { file } = tempJournal();
    const steps: [string, string, string, string, string][] = [
      ['2026-11-10', 'They will leave', 'fortune-telling', 'emotional', 'no'],
      ['2026-11-11', 'They will leave', 'fortune-telling', 'emotional', 'yes'],
      ['2026-11-12', 'They will lie', 'mind-reading', 'informational', 'partly'],
    ];
    for (const [day, prediction, trap, type, came] of steps) {
      const id = (await trust(['log', '--file', file, '--thought', 't', '--trap', trap, '--type', type, '--action', 'a', '--prediction', prediction], at(day))).stdout.trim();
      expect((await trust(['review', id, '--file', file, '--done', 'yes', '--came-true', came, '--learned', `learned on ${day}`], at(day))).code).toBe(0);
    }
    return file;
  }

  it.each([
    ['everything', [], [3, 1, 1, 1], ['They will leave', 'They will leave', 'They will lie']],
    ['by trap', ['--trap', 'fortune-telling'], [2, 1, 0, 1], ['They will leave', 'They will leave']],
    ['by trust type', ['--type', 'informational'], [1, 0, 1, 0], ['They will lie']],
    ['nothing matches', ['--trap', 'labelling'], [0, 0, 0, 0], []],
  ])('--json: %s', async (_name, args, [tested, cameTrue, partly, didNot], predictions) => {
    const file = await ledger();
    const r = await trust(['fears', '--json', '--file', file, ...args]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ tested, cameTrue, partly, didNot });
    expect(doc.items.map((i: { prediction: string }) => i.prediction)).toEqual(predictions);
    for (const i of doc.items) expect(Object.keys(i)).toEqual(['id', 'date', 'prediction', 'cameTrue', 'outcome', 'learned', 'traps', 'types']);
  });

  it('reads as a list at the terminal, and a new thought with a tested fear hears about it', async () => {
    const file = await ledger();
    const text = await trust(['fears', '--file', file]);
    expect(text.stdout).toContain('3 fears tested: 1 did not happen, 1 partly, 1 came true.');
    expect(text.stdout).toMatch(/Wed 11 Nov 2026\s+came true: They will leave/);
    expect(text.stdout).toMatch(/learned: learned on 2026-11-11/);
    const again = await trust(['log', '--file', file, '--thought', 't', '--action', 'a', '--prediction', 'They will leave'], at('2026-11-13'));
    expect(again.stderr).toBe('You have feared this twice; it came true once.\n');
  });

  it('an unknown trap is bad usage and changes nothing', async () => {
    const file = await ledger();
    const before = snapshot(file);
    const r = await trust(['fears', '--trap', 'doom', '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--trap: "doom" is not one of/);
    expect(snapshot(file)).toBe(before);
  });
});

describe('the care note comes first', () => {
  it('a fear that came true: said plainly by the care note, then a line for the role', async () => {
    const { file } = tempJournal();
    expect((await trust(['init', '--file', file, '--role', 'hurt'])).code).toBe(0);
    const id = (await trust(['log', '--file', file, '--action', 'Ask about the weekend', '--prediction', 'They will snap at me'])).stdout.trim();
    const r = await trust(['review', id, '--file', file, '--done', 'yes', '--came-true', 'yes']);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^What you feared did happen\./);
    expect(lines.at(-1)).toBe('You went and looked anyway, and what you feel about it is real. The next step can be a gentler one.');
    expect(r.stderr).not.toMatch(/Looking at the proof/);
  });

  it.each([
    ['crisis words in the thought', ['log', '--thought', "I don't want to be alive anymore", '--belief', '90', '--belief-after', '50']],
    ['danger in the situation', ['log', '--situation', 'They hit me', '--thought', 'It was my fault', '--belief', '90', '--belief-after', '50']],
  ])('%s: the care note stands alone, with no cheerful line after it', async (_name, args) => {
    const { file } = tempJournal();
    const r = await trust([...args, '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(/from 90 to 50|Looking at the proof/);
  });
});

