// The couples exercises and rituals (data/catalog.json `exercises`): finding
// one by name, checking scripted answers, and building the entry.
import { refuse } from './problems.js';
import { catalog, type Exercise } from './catalog.js';
import { compact, type Stamp } from './entries.js';
import type { ExerciseEntry } from './types.js';

export const exerciseIds = (): string[] => catalog.exercises.map((x) => x.id);

/** The fields an exercise writes answers to, in step order. */
export function fieldsOf(x: Exercise): string[] {
  return x.steps.flatMap((s) => (s.field ? [s.field] : []));
}

/** By id, or by a start of the id that fits only one exercise. */
export function findExercise(name: string): Exercise {
  const wanted = name.trim().toLowerCase();
  const exact = catalog.exercises.find((x) => x.id === wanted);
  if (exact) return exact;
  const hits = wanted ? catalog.exercises.filter((x) => x.id.startsWith(wanted)) : [];
  if (hits.length === 1 && hits[0]) return hits[0];
  return refuse({ kind: 'unknown-exercise', name, ids: exerciseIds() });
}

/** `field=text` pairs from --answer, each field one of the exercise's and given once. */
export function parseAnswers(x: Exercise, raw: readonly string[]): Record<string, string> {
  const fields = fieldsOf(x);
  const out: Record<string, string> = {};
  for (const pair of raw) {
    const at = pair.indexOf('=');
    const field = at < 0 ? '' : pair.slice(0, at).trim();
    if (!fields.includes(field)) refuse({ kind: 'bad-answer', pair, exercise: x.id, fields });
    if (field in out) refuse({ kind: 'answer-twice', field });
    const text = pair.slice(at + 1).trim();
    if (text) out[field] = text;
  }
  return out;
}

export function newExercise(x: Exercise, answers: Record<string, string>, date: string, stamp: Stamp): ExerciseEntry {
  return {
    id: stamp.id,
    kind: 'exercise',
    date,
    createdAt: stamp.createdAt,
    exercise: x.id,
    answers: compact<Record<string, string>>(answers),
  };
}
