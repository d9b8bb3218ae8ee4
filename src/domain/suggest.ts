// The small steps offered today. While a concern is open (care.ts) no step
// that tests trust is offered: testing trust is the wrong goal while someone
// may be in danger or in crisis, so safety and self-care steps take their
// place (data/care-steps.json). The growing steps resume when the concern
// closes: after `trust safety --safe`, or 14 days without a new signal.
import careSteps from '../../data/care-steps.json';
import { openConcern, type CareLevel } from './care.js';
import { suggestActions, type Suggestion } from './steps.js';
import type { Entry, Role, TrustType } from './types.js';

const SUGGESTION_KINDS = ['trust', 'safety', 'self-care'] as const;
type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface KindSuggestion extends Suggestion {
  kind: SuggestionKind;
}

interface CareStep {
  id: string;
  kind: SuggestionKind;
  levels: CareLevel[];
  text: string;
}

const STEPS: readonly CareStep[] = careSteps.steps.map((s) => ({
  ...s,
  kind: s.kind === 'self-care' ? 'self-care' : 'safety',
  levels: s.levels.filter((l): l is CareLevel => l === 'crisis' || l === 'danger'),
}));

/** Safety and self-care steps for a concern of this level: safety first, and always room for one kind to yourself. */
export function careSuggestions(level: CareLevel, limit = 5): KindSuggestion[] {
  const fits = STEPS.filter((s) => s.levels.includes(level));
  const safety = fits.filter((s) => s.kind === 'safety');
  const ordered = [...safety.slice(0, limit - 1), ...fits.filter((s) => s.kind !== 'safety'), ...safety.slice(limit - 1)];
  return ordered.slice(0, limit).map((s) => ({ behaviour: s.id, step: 1, trend: 'first', text: s.text, kind: s.kind }));
}

export interface SuggestOptions {
  /** A concern raised by answers not yet saved (the interactive log), on top of the journal's own. */
  concern?: CareLevel | undefined;
  limit?: number;
}

/** What `trust log` offers today: care steps while a concern is open, otherwise the growing steps. */
export function suggestToday(entries: readonly Entry[], today: string, types: readonly TrustType[], role: Role | undefined, opts: SuggestOptions = {}): KindSuggestion[] {
  const levels = [opts.concern, openConcern(entries, today)?.level];
  // Only crisis and danger open a concern; lasting distress alone does not pause the growing steps.
  const level = levels.includes('crisis') ? 'crisis' : levels.includes('danger') ? 'danger' : undefined;
  if (level) return careSuggestions(level, opts.limit);
  return suggestActions(entries, types, role, opts.limit).map((s) => ({ ...s, kind: 'trust' }));
}
