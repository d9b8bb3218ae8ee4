// The options commander parsed, turned into an entry's checked fields by the
// declarations in ui/entry-flags.ts.
import { compact, type Loose } from '../domain/entries.js';
import type { FieldFlag } from '../ui/entry-flags.js';

type Parsed = Partial<Record<string, unknown>>;

export const anyGiven = (flags: readonly FieldFlag[], options: Parsed): boolean => flags.some((f) => options[f.key] !== undefined);

/** The flags given, each checked, keyed by the field it fills in the table's order; empty values left out. */
export function checkFlags<Fields extends object>(flags: readonly FieldFlag[], options: Parsed): Fields {
  const out: Record<string, unknown> = {};
  for (const f of flags) {
    const raw = options[f.key];
    // commander parsed it from this same declaration, so it has the shape the check takes.
    if (raw !== undefined) out[f.field] = f.check(raw as never, f.name);
  }
  // Each field was filled by its own declaration's check, which the table types against Fields; a loop over the table cannot say so to TypeScript.
  return compact<Fields>(out as Loose<Fields>);
}
