// Turns raw flag and prompt values into checked domain values. Every failure
// is a Refusal naming the flag, the bad value and the rule (problems.ts).
// This stays in the domain, not commands/: the same rules check prompt
// answers and drafts read back from disk, not only flags.
import { FIRST_DAY, inReach, isIsoDate, LAST_DAY } from './dates.js';
import { refuse } from './problems.js';
import { ANSWERS, type Answer, type Emotion } from './types.js';

export function rating(flag: string, raw: string | number, max: number): number {
  const text = String(raw).trim();
  const n = Number(text);
  if (!/^\d{1,3}$/.test(text) || n > max) {
    refuse({ kind: 'bad-rating', flag, value: text, max });
  }
  return n;
}

export function oneOf<T extends string>(flag: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  // TypeScript's lib types includes() on a T[] to take a T only, and cannot narrow by it.
  if (!(allowed as readonly string[]).includes(value)) refuse({ kind: 'bad-choice', flag, value: raw, allowed });
  return value as T;
}

/** A comma-separated list of catalogue ids, each checked, duplicates dropped. */
export function listOf<T extends string>(flag: string, raw: string | string[], allowed: readonly T[]): T[] {
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((r) => r.split(','));
  const picked = new Set<T>();
  for (const part of parts) {
    if (part.trim() === '') continue;
    picked.add(oneOf(flag, part, allowed));
  }
  return [...picked];
}

export function answer(flag: string, raw: string): Answer {
  return oneOf(flag, raw, ANSWERS);
}

/** A calendar date that is not after `today`. */
export function pastDate(flag: string, raw: string, today: string): string {
  const value = anyDate(flag, raw);
  if (value > today) refuse({ kind: 'future-date', flag, value, today });
  return value;
}

export function anyDate(flag: string, raw: string): string {
  const value = raw.trim();
  if (!isIsoDate(value)) refuse({ kind: 'bad-date', flag, value: raw });
  if (!inReach(value)) refuse({ kind: 'date-out-of-reach', flag, value, first: FIRST_DAY, last: LAST_DAY });
  return value;
}

/** `name:0-100`, e.g. `fear:70`. */
export function emotion(raw: string): Emotion {
  return feeling('--emotion', raw);
}

/** `name:0-100` given to `flag` (--emotion, --emotion-after). */
export function feeling(flag: string, raw: string): Emotion {
  const at = raw.lastIndexOf(':');
  const name = (at < 0 ? '' : raw.slice(0, at)).trim().toLowerCase();
  if (at < 0 || name === '') refuse({ kind: 'bad-feeling', flag, value: raw });
  return { name, intensity: rating(flag, raw.slice(at + 1), 100) };
}

/** Free text: trimmed, empty means absent. */
export function text(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}
