// What the journal says when it notices danger, crisis or lasting distress
// (src/domain/care.ts finds them; src/commands/care-note.ts decides when).
// Short and calm: no alarm, no lecture, and nothing that sounds like a
// verdict, because a false alarm should cost the person as little as possible.
import type { CareLevel } from '../domain/care.js';
import { byKey } from './lookup.js';

const notMeant = 'If you are safe and this was only a turn of phrase, `trust safety --safe` lets the journal know.';

export const sayCare = {
  crisis: [
    'What you wrote sounds very heavy. You matter, and your safety comes first.',
    'If you might act on these thoughts, please call your local emergency number now, or a crisis line.',
    '`trust safety` lists lines you can call or text, at any hour.',
  ],
  danger: [
    'What you wrote sounds frightening. Your safety comes first, before any work on trust.',
    'If you are in danger now, call your local emergency number.',
    '`trust safety` lists lines to call or text, including support for abuse at home.',
  ],
  distress: [
    'The last few weeks look heavy: {reasons}. That is a lot to carry on your own.',
    'A counsellor or your doctor can help with this; you do not have to wait until it gets worse.',
    'If it ever feels like too much, `trust safety` lists lines you can call or text.',
  ],
  paused: 'Steps that test trust are paused for now.',
  /** Before the note, when the entry was refused for another reason and nothing was saved. */
  refused: 'That was not saved yet (the line above says what to change), but what you wrote matters.',
  notMeant,
  /** While a concern stays open, one quiet line on each save instead of the whole note. */
  stillOpen: 'Your safety still comes first. `trust safety` lists lines to call; `trust safety --safe` once you are safe.',
  distressReason: byKey({
    'lasting-belief': 'the old thoughts have stayed strong',
    'lasting-low-safety': 'your steps have often felt unsafe',
    'fears-coming-true': 'several of your fears have come true',
  }),
  /** The interactive log while a concern is open. */
  phaseChallenge: 'Now write down what you know. If the fear is about your safety, you do not have to argue yourself out of it.',
  phaseAct: 'For now, one small step for your safety, or for yourself.',
  actionAsk: 'A small step for today:',
  /** Before the thinking traps, when a fear came true lately. */
  notATrap: 'If what you feared has already happened, that part is not a thinking trap: it happened, and it counts.',
  cameTrue: 'What you feared did happen. That is not a thinking trap; it is something real, and it counts.',
  selfCompassion: 'Owning what you did is about what you do next, not about being a bad person. Being kind to yourself helps the change last.',
} satisfies Record<CareLevel, string[]> & Record<string, unknown>;

/** The note for a level; `paused` when steps that test trust are now paused (said after danger). Distress names what it noticed. */
export function careLines(level: CareLevel, whys: readonly string[], paused: boolean): string[] {
  if (level !== 'distress') return [...sayCare[level], level === 'danger' && paused ? `${sayCare.paused} ${notMeant}` : notMeant];
  const reasons = [...new Set(whys)].map((w) => sayCare.distressReason[w]).filter((r): r is string => r !== undefined);
  return sayCare.distress.map((line) => line.replace('{reasons}', reasons.join(', and ')));
}

export const saySuggest = {
  header: 'Small steps you could try today:',
  paused: 'For now, steps for your safety and for yourself. Steps that test trust can wait:',
  pausedAfter: 'When you are safe again, `trust safety --safe` brings the usual steps back.',
};
