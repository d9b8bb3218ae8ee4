// The questions of `trust edit` at a terminal: which field, then its new
// value with the current one as the default. A long answer can be written in
// the person's own text editor ($EDITOR), offered, never forced.
import { catalog } from '../domain/catalog.js';
import { ANSWERS, CHECKLIST, TRAPS, TRUST_TYPES, type Kind } from '../domain/types.js';
import { LABELS } from '../ui/entry-text.js';
import { sayEdit } from '../ui/messages-edit.js';
import type { Prompter } from '../ui/prompts.js';

export interface EditableField {
  key: string;
  label: string;
  /** text: free words; long: words that may run to lines; number: 0-max; one: one of `options`; many: some of `options`; flag: yes or no. */
  type: 'text' | 'long' | 'number' | 'one' | 'many' | 'flag';
  max?: number;
  options?: readonly { id: string; label: string }[];
}

const plain = (ids: readonly string[]) => ids.map((id) => ({ id, label: id }));
const field = (key: string, type: EditableField['type'], more: Partial<EditableField> = {}): EditableField =>
  ({ key, label: LABELS[key] ?? key, type, ...more });

const LOG: EditableField[] = [
  field('situation', 'long'), field('thought', 'long'),
  field('types', 'many', { options: catalog.trustTypes.filter((t) => TRUST_TYPES.includes(t.id)) }),
  field('belief', 'number', { max: 100 }), field('evidenceFor', 'long'), field('evidenceAgainst', 'long'),
  field('traps', 'many', { options: catalog.traps.filter((t) => TRAPS.includes(t.id)) }),
  field('balanced', 'long'), field('beliefBalanced', 'number', { max: 100 }), field('beliefAfter', 'number', { max: 100 }),
  field('action', 'long'), field('prediction', 'long'), field('predictionBelief', 'number', { max: 100 }),
  field('checklist', 'many', { options: catalog.checklist.filter((c) => CHECKLIST.includes(c.id)) }),
];

const REVIEW: EditableField[] = [
  field('done', 'one', { options: plain(ANSWERS) }), field('outcome', 'long'), field('talked', 'flag'),
  field('safety', 'number', { max: 10 }), field('beliefNow', 'number', { max: 100 }),
  field('cameTrue', 'one', { options: plain(ANSWERS) }), field('learned', 'long'),
];

export const editableFields = (kind: Kind): EditableField[] => (kind === 'review' ? REVIEW : kind === 'log' ? LOG : []);

/** Words, typed here or in the editor; undefined when left empty (nothing changes). */
async function words(p: Prompter, f: EditableField, now: unknown): Promise<string | undefined> {
  const before = typeof now === 'string' ? now : '';
  const inEditor = f.type === 'long' && p.editor !== undefined
    && (await p.select(sayEdit.how, [{ value: false, name: sayEdit.here }, { value: true, name: sayEdit.inEditor }], false));
  const typed = inEditor && p.editor ? await p.editor(f.label, before) : await p.text(f.label, before === '' ? {} : { default: before });
  const value = typed.trim();
  return value === '' ? undefined : value;
}

/** The new value of one field; undefined when nothing was given. */
export async function askField(p: Prompter, f: EditableField, now: unknown): Promise<unknown> {
  switch (f.type) {
    case 'number':
      return p.number(f.label, { min: 0, max: f.max ?? 100, ...(typeof now === 'number' ? { default: now } : {}) });
    case 'flag':
      return p.confirm(f.label, now === true);
    case 'one':
      return p.select(f.label, (f.options ?? []).map((o) => ({ value: o.id, name: o.label })), typeof now === 'string' ? now : undefined);
    case 'many': {
      const had = new Set(Array.isArray(now) ? now : []);
      const picked = await p.checkbox(f.label, (f.options ?? []).map((o) => ({ value: o.id, name: o.label, checked: had.has(o.id) })));
      return picked.length === 0 ? undefined : picked;
    }
    default:
      return words(p, f, now);
  }
}
