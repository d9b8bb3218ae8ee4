// Who to call: the help lines of data/helplines.json by country, filled in
// from the general list for any kind a country has no line for, and the
// person's own lines from the profile. Pure: the profile comes in as
// whatever was read from disk, and is checked here, field by field, so a
// hand-edited or half-damaged profile still yields help.
import * as v from 'valibot';
import data from '../../data/helplines.json';
import type { OwnHelpline } from './types.js';

export const LINE_KINDS = ['emergency', 'crisis', 'abuse'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));

const HelplineSchema = v.strictObject({ for: v.picklist(LINE_KINDS), name: text, contact: text });
const OwnHelplineSchema = v.object({ name: text, contact: text });
export const HelplinesSchema = v.strictObject({
  about: v.string(),
  general: v.array(HelplineSchema),
  countries: v.record(countryCode, v.pipe(v.array(HelplineSchema), v.nonEmpty())),
});

export type Helpline = v.InferOutput<typeof HelplineSchema>;
export type Helplines = v.InferOutput<typeof HelplinesSchema>;

// JSON imports are typed with plain strings where the schema has a picklist;
// test/unit/helplines.test.ts checks the file against HelplinesSchema.
export const helplines = data as Helplines;

export interface SafetyHelp {
  /** The profile's country, when it holds a valid one. */
  country: string | null;
  /** Whether the data has lines of that country's own. */
  known: boolean;
  /** One or more lines of each kind, in LINE_KINDS order. */
  lines: Helpline[];
  own: OwnHelpline[];
}

/** The country's lines, and the general ones for any kind it lacks (all general lines without a country). */
export function linesFor(table: Helplines, country: string | null): Helpline[] {
  const local = (country && table.countries[country]) || [];
  return LINE_KINDS.flatMap((kind) => {
    const mine = local.filter((l) => l.for === kind);
    return mine.length > 0 ? mine : table.general.filter((l) => l.for === kind);
  });
}

/** What `trust safety` shows for a profile read from disk (anything at all; undefined when none could be read). */
export function safetyHelp(table: Helplines, profile: unknown): SafetyHelp {
  const p: Record<string, unknown> = typeof profile === 'object' && profile !== null ? { ...profile } : {};
  const country = v.is(countryCode, p.country) ? p.country : null;
  const own = Array.isArray(p.helplines) ? p.helplines.filter((l): l is OwnHelpline => v.is(OwnHelplineSchema, l)) : [];
  return {
    country,
    known: country !== null && country in table.countries,
    lines: linesFor(table, country),
    own: own.map(({ name, contact }) => ({ name: name.trim(), contact: contact.trim() })),
  };
}

// ISO 3166 reserves these for the UK and Greece, and people type them.
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** A two-letter code, any case, as stored (upper-case); undefined when it is not two letters. */
export function toCountry(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  return ALIASES[code] ?? code;
}

/** "name: contact" (split at the first colon); undefined when either side is empty. */
export function toOwnHelpline(raw: string): OwnHelpline | undefined {
  const at = raw.indexOf(':');
  const name = raw.slice(0, Math.max(at, 0)).trim();
  const contact = raw.slice(at + 1).trim();
  return at < 0 || !name || !contact ? undefined : { name, contact };
}

/** The person's lines with new ones added at the end; one already there is not added twice. */
export function addOwnHelplines(current: readonly OwnHelpline[] | undefined, added: readonly OwnHelpline[]): OwnHelpline[] {
  const out = [...(current ?? [])];
  for (const line of added) if (!out.some((o) => o.name === line.name && o.contact === line.contact)) out.push(line);
  return out;
}
