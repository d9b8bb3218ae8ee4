// Words for care in the weekly report and the reminder: what leads the
// report when someone may not be safe or has carried a lot for weeks, and
// the reminder's check-in while a concern is open. Calm and short: a false
// alarm costs something too, and nobody should feel scolded or diagnosed.
import type { CareLevel } from '../domain/care.js';
import { longDate } from './report-rows.js';
import { byKey } from './lookup.js';

export const sayCareReport = {
  /** On stderr before a markdown or html report that holds the care note. */
  beforeSharing:
    'This report says the journal noticed you may not be safe. Before you share or print it, think about who could see it; keep it somewhere only you can open.',
  /** Headings over the lead paragraph(s) in text, markdown and html. */
  heading: { concern: 'Your safety first', distress: 'Before the numbers' },

  /** Thoughts of ending life or self-harm: a crisis line and the emergency number come first. */
  crisis: (since: string | null) =>
    'Please reach a crisis line today, or your local emergency number if you are in danger right now: ' +
    '`trust safety` lists who you can call or text. ' +
    `Some of what you have written${since ? ` since ${longDate(since)}` : ' lately'} sounds very heavy, and you do not have to hold it alone.`,
  /** Said after the crisis note when the journal also holds signs of danger from someone. */
  crisisAndDanger: 'If someone is hurting or frightening you, a domestic-abuse service can help with that too.',
  /** Hit, grabbed, threatened, controlled, afraid, or a step that felt very unsafe. */
  danger: (since: string | null) =>
    `Your safety comes first. ${since ? `Since ${longDate(since)} the journal holds` : 'The journal holds'} signs you may not be safe. ` +
    'If you are in danger now, call your local emergency number; `trust safety` lists abuse lines that listen in confidence. ' +
    'Trust tests can wait; none are suggested here. Once you are safe, `trust safety --safe` tells the journal.',
  /** Lasting distress while a concern is open: support of one's own, never couples work first. */
  heavyToo: (reasons: string[]) =>
    `It has been heavy for a while too (${reasons.join('; ')}); a counsellor of your own can help you carry it.`,
  /** Added wherever the report points to a couples therapist. */
  abuseFirst: 'Where there is violence, threats or control, support of your own and an abuse service come first, before any couples work: `trust safety` has numbers.',

  /** Why the care picture sees lasting distress (care signal ids), for the help note. */
  distress: byKey({
    'lasting-belief': 'the old thoughts have stayed strong for weeks',
    'lasting-low-safety': 'the steps have felt unsafe for weeks',
    'fears-coming-true': 'fears you put to the test keep coming true',
  }),

  /** Fears that came true are evidence: said plainly, never talked away. */
  cameTrue: (tested: number, happened: number, partly: number) => {
    const of = (n: number) => (n === tested ? (tested === 1 ? 'The fear you tested' : `All ${tested} fears you tested`) : `${n} of ${tested} tested fears`);
    if (happened === 0) return `${of(partly)} came partly true; that part is real, and it matters.`;
    return `${of(happened)} came true${partly > 0 ? ` (${partly} more partly)` : ''}. That is real, not a thinking trap, and it matters.`;
  },
  /** A quiet week while a concern is open: no push towards the next step. */
  quiet: 'A pause is allowed. Looking after yourself comes first.',
};

export const sayCareRemind = {
  /**
   * Every day while a concern is open, instead of a nudge to log or review.
   * Discreet on purpose: a cron mail or a desktop notification may be seen by someone else.
   */
  checkIn: (level: CareLevel): string =>
    level === 'crisis'
      ? 'Thinking of you today. If it feels like too much, `trust safety` lists people you can call or text right now.'
      : 'How are you today? Nothing to write unless you want to; `trust safety` is there if you need someone to talk to.',
};
