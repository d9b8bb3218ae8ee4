// The weekly self-check that an interactive `trust report` offers at its end.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDue, offerSelfCheck } from '../../src/commands/self-check.js';
import { catalog } from '../../src/domain/catalog.js';
import type { CheckEntry, Entry } from '../../src/domain/types.js';
import { readJournal, snapshot, tempJournal } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { scripted, type Scripted } from '../helpers/prompter.js';

const check = (date: string): CheckEntry => ({ id: `c-${date}`, kind: 'check', date, createdAt: `${date}T12:00:00Z`, signs: [] });

function journal(entries: Entry[] = []): string {
  const { file } = tempJournal();
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, profile: { partner: 'Sam' }, entries }), { mode: 0o600 });
  return file;
}

/** Yes to the take-it question, then yes to the signs at these positions. */
const answering = (yes: number[]): Scripted[] => [{ confirm: true }, ...catalog.warningSigns.map((_, i) => ({ confirm: yes.includes(i) }))];

describe('checkDue', () => {
  // Today is 2026-11-20: a check from the 14th onwards is this week's.
  const cases: [string, Entry[], boolean][] = [
    ['never taken', [], true],
    ['taken today', [check('2026-11-20')], false],
    ['taken six days ago', [check('2026-11-14')], false],
    ['taken seven days ago', [check('2026-11-13')], true],
    ['only dated in the future', [check('2026-11-25')], true],
    ['only a safe-now check today', [{ ...check('2026-11-20'), safe: true }], true],
  ];
  it.each(cases)('%s: due %s', (_, entries, due) => expect(checkDue(entries, '2026-11-20')).toBe(due));
});

describe('offerSelfCheck', () => {
  it('asks each warning sign and saves the ones answered yes', async () => {
    const p = scripted(answering([1, 5]));
    const { ctx, out, file } = testContext({ prompter: p, file: journal([check('2026-11-13')]) });
    await offerSelfCheck(ctx);
    expect(p.remaining()).toBe(0);
    // Questions name the partner.
    expect(p.asked).toContain("This past week, did I check Sam's phone or keep tabs on where they were?");
    const saved = readJournal(file).entries.at(-1);
    expect(saved).toMatchObject({ kind: 'check', date: '2026-11-20', signs: ['monitoring', 'withdrawal'] });
    const text = out.join('');
    expect(text).toContain('2 signs this week');
    expect(text).not.toContain('therapist');
  });

  it('with three or more signs points gently to professional and emergency help', async () => {
    const { ctx, out, file } = testContext({ prompter: scripted(answering([0, 2, 4])), file: journal() });
    await offerSelfCheck(ctx);
    expect(readJournal(file).entries[0]).toMatchObject({ signs: ['jealousy-without-evidence', 'cannot-be-vulnerable', 'fear-of-abandonment'] });
    const text = out.join('');
    expect(text).toContain('3 of the signs came up this week');
    expect(text).toContain('couples therapist');
    for (const when of catalog.professionalHelp.when) expect(text).toContain(when);
    expect(text).toContain('local emergency services');
  });

  it('asks whether they are afraid of their partner; a yes opens a concern, answered on screen, not counted as a sign', async () => {
    const afraid = catalog.warningSigns.findIndex((s) => s.id === 'afraid');
    const p = scripted(answering([0, 2, 4, afraid]));
    const { ctx, out, err, file } = testContext({ prompter: p, file: journal() });
    await offerSelfCheck(ctx);
    expect(p.asked).toContain('This past week, was I afraid of Sam?');
    expect(readJournal(file).entries[0]).toMatchObject({ signs: ['jealousy-without-evidence', 'cannot-be-vulnerable', 'fear-of-abandonment', 'afraid'] });
    const text = out.join('');
    expect(text).toContain('Your safety comes first');
    expect(text.indexOf('Your safety comes first')).toBeLessThan(text.indexOf('3 of the signs'));
    // Couples therapy is the wrong first pointer while someone is afraid of their partner.
    expect(text).not.toContain('couples therapist');
    expect(err).toEqual([]);
  });

  it('says so kindly when no sign came up', async () => {
    const { ctx, out, file } = testContext({ prompter: scripted(answering([])), file: journal() });
    await offerSelfCheck(ctx);
    expect(readJournal(file).entries[0]).toMatchObject({ kind: 'check', signs: [] });
    expect(out.join('')).toContain('None of the warning signs this week.');
  });

  it('asks nothing and saves nothing when a check was taken this week', async () => {
    const file = journal([check('2026-11-16')]);
    const before = snapshot(file);
    const p = scripted([]);
    const { ctx, out } = testContext({ prompter: p, file });
    await offerSelfCheck(ctx);
    expect(p.asked).toEqual([]);
    expect(out).toEqual([]);
    expect(snapshot(file)).toBe(before);
  });

  it('saves no check when the offer is declined, only the day it was declined (not asked again that week)', async () => {
    const file = journal();
    const p = scripted([{ confirm: false }]);
    const { ctx } = testContext({ prompter: p, file });
    await offerSelfCheck(ctx);
    expect(p.asked).toHaveLength(1);
    expect(readJournal(file)).toMatchObject({ profile: { partner: 'Sam', selfCheckDeclined: '2026-11-20' }, entries: [] });
  });

  it('never asks without a terminal', async () => {
    const file = journal();
    const { ctx, out } = testContext({ file });
    await offerSelfCheck(ctx);
    expect(out).toEqual([]);
    expect(readJournal(file).entries).toEqual([]);
  });
});
