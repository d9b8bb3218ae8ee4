// Growing steps (graded exposure): each behaviour in the catalogue has a
// small, a medium and a bigger step. After an action that went well the next
// suggestion of that kind is a step bigger; after one that went badly, a
// step smaller.
import { catalog, type Behaviour } from './catalog.js';
import type { Entry, LogEntry, Role, TrustType } from './types.js';

export const MIN_STEP = 1;
export const MAX_STEP = 3;

/** The size of the next step for a behaviour, from its most recent reviewed action. */
export function nextStep(entries: readonly Entry[], behaviour: string): number {
  const actions = new Map<string, LogEntry>();
  for (const e of entries) if (e.kind === 'log' && e.behaviour === behaviour) actions.set(e.id, e);
  let last: { step: number; grow: number; at: string } | undefined;
  for (const e of entries) {
    if (e.kind !== 'review') continue;
    const action = actions.get(e.ref);
    if (!action) continue;
    const wentWell = e.done === 'yes' && e.cameTrue !== 'yes' && (e.safety === undefined || e.safety >= 5);
    const wentBadly = e.done === 'no' || e.cameTrue === 'yes' || (e.safety !== undefined && e.safety <= 3);
    const at = `${e.date}${e.createdAt}`;
    if (!last || at >= last.at) last = { step: action.step ?? MIN_STEP, grow: wentWell ? 1 : wentBadly ? -1 : 0, at };
  }
  if (!last) return MIN_STEP;
  return Math.min(MAX_STEP, Math.max(MIN_STEP, last.step + last.grow));
}

export interface Suggestion {
  behaviour: string;
  step: number;
  text: string;
}

function suits(b: Behaviour, role: Role | undefined): boolean {
  return role === undefined || b.roles.includes('both') || b.roles.includes(role);
}

/** Suggested actions: behaviours touching the chosen trust types first, each at its next step size. */
export function suggestActions(entries: readonly Entry[], types: readonly TrustType[], role?: Role, limit = 5): Suggestion[] {
  const ranked = catalog.behaviours
    .filter((b) => suits(b, role))
    .map((b, order) => ({ b, order, overlap: b.types.filter((t) => types.includes(t)).length }))
    .sort((x, y) => y.overlap - x.overlap || x.order - y.order);
  return ranked.slice(0, limit).map(({ b }) => {
    const step = nextStep(entries, b.id);
    return { behaviour: b.id, step, text: b.steps[step - 1] ?? b.steps[0] ?? b.label };
  });
}
