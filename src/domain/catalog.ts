// The content catalogue (data/catalog.json) with types. It is bundled into
// the program, so reading it costs no I/O.
import data from '../../data/catalog.json';
import type * as v from 'valibot';
import type { CatalogSchema } from './schemas.js';
import type { Role } from './types.js';

/** The catalogue's shape, as its schema (domain/schemas.ts) has it. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type Behaviour = Catalog['behaviours'][number];
export type Exercise = Catalog['exercises'][number];
/** Words that read differently from one side of the repair: the variant replaces the fields it names. */
type ByRole<T> = { byRole?: Partial<Record<Role, Partial<T>>> };

// JSON modules are typed loosely (every id a plain string), hence the cast;
// test/unit/schemas.test.ts checks the file against CatalogSchema.
export const catalog = data as Catalog;

export function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((i) => i.id === id)?.label ?? id;
}

/** The item as it reads for this role: its variant's fields over the shared ones. */
export function forRole<T extends ByRole<Partial<T>>>(item: T, role: Role | undefined): T {
  const variant = role === undefined ? undefined : item.byRole?.[role];
  return variant ? { ...item, ...variant } : item;
}
