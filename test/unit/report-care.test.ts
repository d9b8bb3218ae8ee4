// The report's care: the `care` key from the care picture at the period's
// end, what leads the notes (care note, help note), what the notes leave out
// while a concern is open, and fears that came true said plainly.
import { describe, expect, it } from 'vitest';
import type { Care, CareSignal } from '../../src/domain/care.js';
import { catalog } from '../../src/domain/catalog.js';
import { buildReport } from '../../src/domain/report.js';
import { CALM, careWindow, leadOf } from '../../src/domain/report-care.js';
import { notesFor, MAX_NOTES_IN_CONCERN, type Distress } from '../../src/domain/report-notes.js';
import type { CheckEntry, Entry, LogEntry, ReviewEntry } from '../../src/domain/types.js';
import { notesText, reportWords } from '../../src/ui/messages-notes.js';

const WEEK = { from: '2026-11-14', to: '2026-11-20' };
let n = 0;
const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const log = (date: string, fields: Partial<LogEntry> = {}): LogEntry => ({ id: `l${++n}`, kind: 'log', date, createdAt: at(date, 9), ...fields });
const review = (ref: string, date: string, fields: Partial<ReviewEntry> = {}): ReviewEntry => ({ id: `r${++n}`, kind: 'review', ref, date, createdAt: at(date, 20), done: 'yes', ...fields });
const check = (date: string, fields: Partial<CheckEntry> = {}): CheckEntry => ({ id: `c${++n}`, kind: 'check', date, createdAt: at(date, 21), signs: [], ...fields });

const signal = (level: CareSignal['level'], why: string, date = '2026-11-18'): CareSignal => ({ level, why, id: 'x', date });
const care = (...signals: CareSignal[]): Care => ({ level: signals[0]?.level ?? null, signals, since: signals[0]?.date ?? null });

describe('the care key', () => {
  const step = log('2026-11-16', { action: 'Ask Jo about Friday', prediction: 'Jo will shout' });
  it.each<{ name: string; entries: Entry[]; want: object }>([
    { name: 'a calm week', entries: [log('2026-11-18', { thought: 'They will leave', belief: 60 })], want: { level: null, signals: [], since: null } },
    { name: 'a thought about being grabbed', entries: [log('2026-11-18', { id: 'g1', thought: 'Jo grabbed my arm and shouted' })], want: { level: 'danger', signals: [{ date: '2026-11-18', id: 'g1', why: 'violence-words' }], since: '2026-11-18' } },
    { name: 'the same words in two fields of one entry', entries: [log('2026-11-18', { id: 'g2', thought: 'Jo will hit me again', prediction: 'Jo will hit me' })], want: { level: 'danger', signals: [{ date: '2026-11-18', id: 'g2', why: 'violence-words' }], since: '2026-11-18' } },
    { name: 'a step rated 1 for safety', entries: [step, review(step.id, '2026-11-17', { id: 's1', safety: 1 })], want: { level: 'danger', signals: [{ date: '2026-11-17', id: 's1', why: 'unsafe-step' }], since: '2026-11-17' } },
    { name: 'words of not wanting to live', entries: [log('2026-11-19', { id: 'k1', thought: "I don't want to be alive anymore if Jo leaves", belief: 100 })], want: { level: 'crisis', signals: [{ date: '2026-11-19', id: 'k1', why: 'self-harm-words' }], since: '2026-11-19' } },
    { name: 'a safe check after the danger', entries: [log('2026-11-16', { thought: 'Jo hit me' }), check('2026-11-17', { safe: true })], want: { level: null, signals: [], since: null } },
    { name: 'danger after the period ends', entries: [log('2026-11-21', { thought: 'Jo hit me' })], want: { level: null, signals: [], since: null } },
    { name: 'danger more than 14 days before the end', entries: [log('2026-11-06', { thought: 'Jo hit me' })], want: { level: null, signals: [], since: null } },
  ])('$name', ({ entries, want }) => {
    expect(buildReport(entries, WEEK).care).toEqual(want);
  });

  it('a safe check is not counted as a weekly self-check', () => {
    expect(buildReport([check('2026-11-17', { safe: true }), check('2026-11-18', { signs: ['withdrawal'] })], WEEK).checks).toMatchObject({ count: 1, most: 1 });
  });

  it('being afraid of the partner is answered by care, not counted among the warning signs', () => {
    const r = buildReport([check('2026-11-18', { id: 'a1', signs: ['afraid', 'withdrawal', 'monitoring'] })], WEEK);
    expect(r.checks).toEqual({ count: 1, most: 2, signs: { monitoring: 1, withdrawal: 1 } });
    expect(r.distress).toEqual([]);
    expect(r.care).toEqual({ level: 'danger', signals: [{ date: '2026-11-18', id: 'a1', why: 'afraid-of-partner' }], since: '2026-11-18' });
  });

  it('the report reads back far enough for the care picture', () => {
    expect(careWindow({ from: '2026-11-07', to: '2026-11-20' })).toEqual({ from: '2026-10-24', to: '2026-11-20' });
    expect(careWindow({ from: '2026-09-01', to: '2026-11-20' })).toEqual({ from: '2026-09-01', to: '2026-11-20' });
  });
});

describe('what leads the report', () => {
  const first = (lead: string[]) => lead[0] ?? '';
  it.each<{ name: string; care: Care; distress: Distress[]; starts: RegExp; has: RegExp[]; never: RegExp[] }>([
    {
      name: 'danger: safety first, emergency number, abuse lines, no couples work',
      care: care(signal('danger', 'violence-words')), distress: [],
      starts: /^Your safety comes first\. Since Wed 18 Nov 2026/, has: [/local emergency number/, /abuse lines/, /`trust safety`/, /`trust safety --safe`/], never: [/couples/i, /therapist/],
    },
    {
      name: 'crisis: the crisis line and emergency number come first',
      care: care(signal('crisis', 'self-harm-words')), distress: [],
      starts: /^Please reach a crisis line today, or your local emergency number/, has: [/`trust safety`/], never: [/couples/i, /abuse service/],
    },
    {
      name: 'crisis and danger: crisis first, abuse help named too',
      care: care(signal('crisis', 'self-harm-words'), signal('danger', 'threat-words')), distress: [],
      starts: /^Please reach a crisis line/, has: [/domestic-abuse service/], never: [/couples/i],
    },
    {
      name: 'danger with lasting distress: support of their own, never couples first',
      care: care(signal('danger', 'unsafe-step'), signal('distress', 'fears-coming-true')), distress: ['feels-unsafe'],
      starts: /^Your safety comes first/, has: [/the steps have mostly not felt safe; fears you put to the test keep coming true/, /counsellor of your own/], never: [/couples/i],
    },
    {
      name: 'distress without a concern: the help note, with abuse support first where it fits',
      care: CALM, distress: ['beliefs-high'],
      starts: /^It has been heavy for a while \(the old thoughts have stayed strong/, has: [/couples therapist/, /violence, threats or control, support of your own and an abuse service come first/], never: [/Your safety comes first/],
    },
    {
      name: 'distress seen only by the care picture',
      care: care(signal('distress', 'lasting-belief')), distress: [],
      starts: /^It has been heavy for a while \(the old thoughts have stayed strong for weeks\)/, has: [/`trust safety`/], never: [/Your safety comes first/],
    },
    {
      name: 'the same reason is not said twice',
      care: care(signal('distress', 'lasting-belief'), signal('distress', 'lasting-low-safety')), distress: ['beliefs-high'],
      starts: /^It has been heavy for a while \(the old thoughts have stayed strong for two periods in a row; the steps have felt unsafe for weeks\)/, has: [], never: [/for weeks;.*for weeks/],
    },
  ])('$name', ({ care, distress, starts, has, never }) => {
    const lead = notesText(leadOf(care, distress));
    expect(lead).toHaveLength(1);
    expect(first(lead)).toMatch(starts);
    for (const re of has) expect(first(lead)).toMatch(re);
    for (const re of never) expect(first(lead)).not.toMatch(re);
  });

  it('a calm week leads with nothing', () => {
    expect(leadOf(CALM, [])).toEqual([]);
  });
});

describe('the notes while a concern is open', () => {
  const first = log('2026-11-14', { thought: 'Jo is lying', belief: 90, beliefAfter: 60, traps: ['mind-reading'], gratitude: ['made tea'], action: 'Ask about Friday' });
  const numbers = buildReport(
    [
      first,
      review(first.id, '2026-11-15', { safety: 6 }),
      log('2026-11-15', { thought: 'Jo is lying again', belief: 80, beliefAfter: 50, traps: ['mind-reading'], action: 'Say how I feel' }),
    ],
    WEEK,
  );
  const jarWeek = buildReport([log('2026-11-15'), { id: 'j1', kind: 'jar', date: '2026-11-15', createdAt: at('2026-11-15', 12), change: 'add', text: 'called', marbles: 1 }], WEEK);
  const danger = care(signal('danger', 'control-words'));

  it.each([
    { note: /When it feels possible, telling Jo how a step went/, week: numbers, concern: false },
    { note: /You noticed 1 good thing Jo did/, week: numbers, concern: false },
    { note: /Mind reading came up twice/, week: numbers, concern: false },
    { note: /For the week ahead: reread what you need from Jo/, week: numbers, concern: false },
    { note: /The marble jar gained 1 marble/, week: jarWeek, concern: false },
    { note: /Challenging the old thoughts loosened their grip/, week: numbers, concern: true },
    { note: /still waiting for a look back/, week: numbers, concern: true },
  ])('$note: said on a calm week, and while a concern is open: $concern', ({ note, week, concern }) => {
    const said = (notes: string[]) => notes.some((s) => note.test(s));
    expect(said(notesText(notesFor(week, null, [], 'Jo', 'hurt')))).toBe(true);
    expect(said(notesText(notesFor(week, null, [], 'Jo', 'hurt', danger)))).toBe(concern);
  });

  it('keeps to fewer notes, the care note first', () => {
    const notes = notesText(notesFor(numbers, null, ['feels-unsafe'], 'Jo', 'hurt', danger));
    expect(notes[0]).toMatch(/^Your safety comes first/);
    expect(notes.length).toBeLessThanOrEqual(1 + MAX_NOTES_IN_CONCERN);
    expect(notes.join(' ')).not.toContain(catalog.professionalHelp.note);
  });

  it('a quiet week during a concern asks for no next step', () => {
    const quiet = buildReport([], WEEK);
    expect(notesText(notesFor(quiet, null, [], undefined, undefined, danger)).slice(1)).toEqual(['A pause is allowed. Looking after yourself comes first.']);
  });
});

describe('fears that came true', () => {
  /** A week of `cases` tested fears, each tagged fortune-telling and catastrophising, with these answers. */
  function week(answers: ReviewEntry['cameTrue'][]): Entry[] {
    return answers.flatMap((cameTrue, i) => {
      const date = `2026-11-1${4 + i}`;
      const l = log(date, { thought: 'It will go badly', belief: 70, traps: ['fortune-telling', 'catastrophising'], action: 'Ask', prediction: 'Jo will refuse' });
      return [l, review(l.id, date, { safety: 7, ...(cameTrue ? { cameTrue } : {}) })];
    });
  }
  it.each<{ answers: ReviewEntry['cameTrue'][]; said: string | undefined; trap: string | undefined }>([
    { answers: ['yes', 'yes', 'no'], said: '2 of 3 tested fears came true. That is real, not a thinking trap, and it matters.', trap: undefined },
    { answers: ['yes'], said: 'The fear you tested came true. That is real, not a thinking trap, and it matters.', trap: undefined },
    { answers: ['yes', 'yes'], said: 'All 2 fears you tested came true. That is real, not a thinking trap, and it matters.', trap: undefined },
    { answers: ['yes', 'partly', 'no'], said: '1 of 3 tested fears came true (1 more partly). That is real, not a thinking trap, and it matters.', trap: undefined },
    { answers: ['partly', 'no', 'no'], said: '1 of 3 tested fears came partly true; that part is real, and it matters.', trap: 'Fortune telling came up twice.' },
    { answers: ['no', 'no', 'no'], said: undefined, trap: 'Fortune telling came up 3 times.' },
  ])('$answers', ({ answers, said, trap }) => {
    const notes = reportWords(buildReport(week(answers), WEEK)).notes;
    const plain = notes.find((s) => /came (partly )?true/.test(s) && !s.startsWith('You feared'));
    expect(plain).toBe(said);
    // The trap is named only for fears that did not come true.
    expect(notes.find((s) => /came up/.test(s))?.replace(/ Next time.*/, '')).toBe(trap);
  });

  it('is said before the other observations, so no cap drops it', () => {
    const notes = reportWords(buildReport(week(['yes', 'yes', 'no']), WEEK)).notes;
    expect(notes[1]).toMatch(/^2 of 3 tested fears came true/);
  });
});
