// The content catalogue (data/catalog.json) with types. It is bundled into
// the program, so reading it costs no I/O.
import data from '../../data/catalog.json';
import type { ChecklistId, Role, TrapId, TrustType } from './types.js';

interface TrustTypeInfo { id: TrustType; label: string; meaning: string; question: string }
/** Words that read differently from one side of the repair: the variant replaces the fields it names. */
export type ByRole<T> = { byRole?: Partial<Record<Role, Partial<T>>> };
interface TrapInfo extends ByRole<{ example: string }> { id: TrapId; label: string; explain: string; example: string; challenge: string }
export interface Behaviour extends ByRole<{ steps: string[] }> { id: string; label: string; types: TrustType[]; roles: Role[]; steps: string[] }
interface ChecklistItem extends ByRole<{ label: string; hint: string }> { id: ChecklistId; label: string; hint: string }
interface RoleInfo { id: Role; label: string; focus: string; tips: string[] }
interface ExerciseStep { prompt: string; field: string | null }
export interface Exercise { id: string; title: string; goal: string; minutes: number; together: boolean; intro: string; steps: ExerciseStep[] }
interface WarningSign { id: string; question: string }
interface Labelled { id: string; label: string; meaning?: string }

export interface Catalog {
  trustTypes: TrustTypeInfo[];
  traps: TrapInfo[];
  emotions: string[];
  behaviours: Behaviour[];
  checklist: ChecklistItem[];
  roles: RoleInfo[];
  exercises: Exercise[];
  warningSigns: WarningSign[];
  forgiveness: Labelled[];
  destroyers: Labelled[];
  professionalHelp: { when: string[]; note: string };
}

// JSON modules are typed loosely (every id a plain string), hence the cast;
// test/unit/catalog.test.ts checks the file against CatalogSchema
// (storage/schemas.ts), which the build ties to this interface.
export const catalog = data as Catalog;

export function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((i) => i.id === id)?.label ?? id;
}

/** The item as it reads for this role: its variant's fields over the shared ones. */
export function forRole<T extends ByRole<Partial<T>>>(item: T, role: Role | undefined): T {
  const variant = role === undefined ? undefined : item.byRole?.[role];
  return variant ? { ...item, ...variant } : item;
}
