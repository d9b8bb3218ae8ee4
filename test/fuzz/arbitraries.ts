// Generated journals for the property tests: valid ones (every kind, every
// optional field sometimes there), and the same with one thing broken.
// Every piece of free text starts with PRIVATE, so a test can tell whether
// any of it was ever quoted back.
import fc from 'fast-check';
import { AFRAID_SIGN } from '../../src/domain/care.js';
import { addDays } from '../../src/domain/dates.js';
import { ANSWERS, CHECKLIST, ROLES, TRAPS, TRUST_TYPES, type Entry, type Journal } from '../../src/domain/types.js';

export const PRIVATE = 'PRIVATE';

// Any text at all (control characters, emoji, lone surrogates), marked.
// DEL, C1 and bidi characters often, as the journal stores them escaped (storage/json-text.ts).
const unit = fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) }, fc.constantFrom('\x7f', '\u009b', '\u202e', '\u2066', '\x1b'));
const text = fc.array(unit, { maxLength: 12 }).map((s) => `${PRIVATE}${s.join('')}`);
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });
const date = day.map((d) => d.toISOString().slice(0, 10));
const createdAt = day.map((d) => d.toISOString());
const id = fc.uuid({ version: 4 });
const rating = (max: number) => fc.integer({ min: 0, max });
const some = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });
const base = { id, date, createdAt };

const log = fc.record({
  ...base,
  kind: fc.constant('log' as const),
  situation: text,
  thought: text,
  types: some(TRUST_TYPES),
  emotions: fc.array(fc.record({ name: text, intensity: rating(100) }), { minLength: 1, maxLength: 3 }),
  belief: rating(100),
  evidenceFor: text,
  evidenceAgainst: text,
  traps: some(TRAPS),
  balanced: text,
  beliefAfter: rating(100),
  action: text,
  behaviour: text,
  step: fc.integer({ min: 1, max: 3 }),
  prediction: text,
  checklist: some(CHECKLIST),
  gratitude: fc.array(text, { minLength: 1, maxLength: 3 }),
}, { requiredKeys: ['id', 'kind', 'date', 'createdAt'] });

const review = fc.record({
  ...base,
  kind: fc.constant('review' as const),
  ref: id,
  done: fc.constantFrom(...ANSWERS),
  outcome: text,
  talked: fc.boolean(),
  safety: rating(10),
  beliefNow: rating(100),
  cameTrue: fc.constantFrom(...ANSWERS),
}, { requiredKeys: ['id', 'kind', 'date', 'createdAt', 'ref', 'done'] });

const jar = fc.record({ ...base, kind: fc.constant('jar' as const), change: fc.constantFrom('add' as const, 'remove' as const), text, marbles: fc.integer({ min: 0, max: 5 }) });
const exercise = fc.record({ ...base, kind: fc.constant('exercise' as const), exercise: text, answers: fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }) });
const check = fc.record({ ...base, kind: fc.constant('check' as const), signs: fc.array(text, { maxLength: 3 }) });

const entry: fc.Arbitrary<Entry> = fc.oneof(log, review, jar, exercise, check);

const profile = fc.record({ name: text, role: fc.constantFrom(...ROLES), partner: text, remindAt: fc.constantFrom('07:30', '20:00', '23:59') }, { requiredKeys: [] });

export const journal: fc.Arbitrary<Journal> = fc.record({
  schemaVersion: fc.constant(1),
  profile,
  entries: fc.uniqueArray(entry, { maxLength: 12, selector: (e) => e.id }),
}).chain((j) => fc.record({
  // Sometimes a few ids remembered as deleted (none of them still present).
  deleted: fc.uniqueArray(id, { maxLength: 3 }),
}).map(({ deleted }) => (deleted.length === 0 ? j : { ...j, deleted })));

const nest = (depth: number): unknown => {
  let v: unknown = PRIVATE;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

const NOT_TEXT = [null, 1, true, [], {}, [PRIVATE]];
const NOT_RATING = [-1, 1.5, 1e9, PRIVATE, null, [3]];
const NOT_LIST = [PRIVATE, null, {}, 3, [null], [1], [[PRIVATE]]];
/** For each field, values it can never hold. */
const NEVER: Record<string, unknown[]> = {
  id: ['x', '', 'has space', `${PRIVATE} words`, 7, null],
  ref: ['x', null, 7],
  kind: [PRIVATE, 'Log', '', 1, null],
  date: ['garbage', '2026-13-01', '2026-11-31', '26-11-01', 20261101, null],
  createdAt: ['yesterday', '2026-11-01', '2026-11-01T24:00:00Z', 0],
  thought: NOT_TEXT, situation: NOT_TEXT, text: NOT_TEXT, outcome: NOT_TEXT, exercise: NOT_TEXT,
  belief: NOT_RATING, beliefAfter: NOT_RATING, safety: NOT_RATING, beliefNow: NOT_RATING, step: [0, 4, 2.5, PRIVATE],
  marbles: [-1, 0.5, PRIVATE, null],
  emotions: [...NOT_LIST, [{ name: PRIVATE }], [{ name: PRIVATE, intensity: 101 }]],
  types: [...NOT_LIST, [PRIVATE]], traps: [...NOT_LIST, [PRIVATE]], checklist: [...NOT_LIST, [PRIVATE]],
  gratitude: NOT_LIST, signs: NOT_LIST,
  done: [PRIVATE, true, null], cameTrue: [PRIVATE, 1], talked: ['yes', 1, null], change: [PRIVATE, null],
  answers: [[], null, PRIVATE, { [PRIVATE]: 1 }, { a: [PRIVATE] }],
};

/** One way to damage an entry so that it is no longer one trust can read. */
type Damage = (e: Record<string, unknown>) => Record<string, unknown> | unknown;
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constantFrom<Damage>(
    (e) => ({ ...e, id: 'x' }),
    (e) => ({ ...e, kind: 'bogus' }),
    (e) => ({ ...e, kind: PRIVATE }),
    (e) => ({ ...e, date: 'garbage' }),
    (e) => ({ ...e, date: '2026-02-30' }),
    (e) => ({ ...e, createdAt: 'yesterday' }),
    (e) => ({ ...e, id: undefined }),
    (e) => ({ ...e, later: nest(40) }),
    () => null,
    () => PRIVATE,
    () => [PRIVATE],
  ),
  // A field the entry has, given a value that can never be right for it.
  fc.constantFrom(...Object.keys(NEVER)).chain((key) => fc.constantFrom(...(NEVER[key] ?? [])).map((value): Damage =>
    (e) => (key in e ? { ...e, [key]: value } : { ...e, kind: 'bogus' }))),
);

/** A valid journal with one entry damaged: where, and the damaged journal. */
export const damaged = fc.tuple(journal.filter((j) => j.entries.length > 0), damage, fc.nat()).map(([j, hurt, n]) => {
  const at = n % j.entries.length;
  const entries: unknown[] = [...j.entries];
  entries[at] = hurt({ ...j.entries[at] });
  return { journal: { ...j, entries } as Record<string, unknown>, at: at + 1 };
});

/**
 * Journals for the fast paths, laid out as trust writes entries (id, kind,
 * date, createdAt first), with at least one entry, some reviews closing real
 * actions.
 */
export const writtenJournal = journal
  .filter((j) => j.entries.length > 0)
  .chain((j) => fc.tuple(fc.constant(j), fc.array(fc.nat(), { minLength: j.entries.length, maxLength: j.entries.length })))
  .map(([j, picks]): Journal => {
    const logs = j.entries.filter((e) => e.kind === 'log');
    const entries = j.entries.map((e, i): Entry => {
      const { id, kind, date, createdAt, ...rest } = e;
      const k = picks[i] ?? 0;
      const target = logs[k % Math.max(1, logs.length)];
      const closing = e.kind === 'review' && target && k % 3 > 0 ? { ref: target.id } : {};
      // Some entries share a day and a time, so ties are ordered as the slow path orders them.
      // Others fall within a few weeks of it, so windows of days hold some entries.
      const first = j.entries[0];
      const when = !first || k % 4 > 1 ? { date, createdAt } : k % 4 === 0 ? { date: first.date, createdAt: first.createdAt } : { date: addDays(first.date, (k % 41) - 20), createdAt };
      // Some self-checks say "afraid", so care has something to find in its window.
      const afraid = e.kind === 'check' && k % 3 === 0 ? { signs: [AFRAID_SIGN] } : {};
      // A review's ref right after the identity (as trust writes it), or last (as another copy may).
      const { ref, ...others } = { ...rest, ...closing, ...afraid } as { ref?: string };
      const body = ref === undefined ? others : k % 2 ? { ref, ...others } : { ...others, ref };
      return { id, kind, ...when, ...body } as Entry; // the same entry, the identity first as trust writes it
    });
    return { ...j, entries };
  });
