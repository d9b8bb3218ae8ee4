// The report's facts (domain/notes.ts) in words: each note, the headline and
// the lead, and the whole report as it is printed and serialised (its JSON
// keys `notes`, `headline` and `lead` hold these sentences).
import { catalog, labelOf } from '../domain/catalog.js';
import type { Headline, Lead, Note, Reason } from '../domain/notes.js';
import type { Report, ReportFacts } from '../domain/report.js';
import { fearWords } from './messages-answer.js';
import { careReport } from './messages-care-report.js';
import { partnerOr, roleWords } from './messages-practice.js';
import { sayRecoveryReport } from './messages-recovery.js';
import { span, words } from './messages-report.js';

const trapLabel = (trap: string) => labelOf(catalog.traps, trap);

function headlineText(h: Headline): string {
  switch (h.kind) {
    case 'feared': return words.feared(h.tested, h.cameTrue, h.partly);
    case 'untested': return words.untested(h.planned, h.days);
    case 'logged-only': return words.loggedOnly(h.logged, h.days);
    case 'noted': return sayRecoveryReport.headline(h.triggers, h.met, h.days);
    case 'other-only': return words.otherOnly(h.written, h.days);
    case 'quiet': return words.quiet(h.days);
  }
}

function reasonText(r: Reason): string {
  return r.from === 'report' ? (words.distress[r.distress] ?? r.distress) : (careReport.distress[r.why] ?? r.why);
}

function leadText(l: Lead): string {
  const reasons = l.reasons.map(reasonText);
  if (l.kind === 'help') return `${words.help(reasons, catalog.professionalHelp.note)} ${careReport.abuseFirst}`;
  const lead = l.level === 'crisis' ? [careReport.crisis(l.since), ...(l.dangerToo ? [careReport.crisisAndDanger] : [])].join(' ') : careReport.danger(l.since);
  return reasons.length > 0 ? `${lead} ${careReport.heavyToo(reasons)}` : lead;
}

function triggerTrendText(way: string, back: number, days: number): string | undefined {
  const trend = sayRecoveryReport.trend[way]?.(back);
  return trend ? `${sayRecoveryReport.triggersLead(span(days))} ${trend.charAt(0).toLowerCase()}${trend.slice(1)}` : undefined;
}

/** One note in words; undefined for the rare fact with nothing to say (a role the words do not know). */
export function noteText(n: Note): string | undefined {
  switch (n.kind) {
    case 'feared': case 'untested': case 'logged-only': case 'noted': case 'other-only': case 'quiet': return headlineText(n);
    case 'help': case 'concern': return leadText(n);
    case 'came-true': return careReport.cameTrue(n.tested, n.cameTrue, n.partly);
    case 'pause': return n.concern ? careReport.quiet : words.quietNote;
    case 'fear-ledger': return fearWords.reportLine(n.trap === undefined ? undefined : trapLabel(n.trap), n.trapTested, n.tested);
    case 'belief-fell': return words.beliefFell(n.from, n.to);
    case 'belief-held': return words.beliefHeld(n.from, n.to);
    case 'talked': return words.talked(n.talked, n.reviewed, partnerOr(n.partner));
    case 'not-talked': return words.notTalked(partnerOr(n.partner));
    case 'gratitude': return words.gratitude(n.count, partnerOr(n.partner));
    case 'open': return words.open(n.count);
    case 'trap': return words.trap(trapLabel(n.trap), n.count);
    case 'belief-lower': return words.beliefLower(n.now, n.then, n.days);
    case 'streak': return words.streak(n.days);
    case 'jar': return words.jar(n.added, n.removed);
    case 'for-role': return roleWords.reportNote(n.role, n.partner);
    case 'request-met': return sayRecoveryReport.met(n.role, n.partner, n.text, n.met, span(n.days));
    case 'trigger-trend': return triggerTrendText(n.way, n.back, n.days);
  }
}

/** Notes in words, in order. */
export function notesText(notes: readonly Note[]): string[] {
  return notes.flatMap((n) => noteText(n) ?? []);
}

/** The report as it is printed and serialised: the same numbers, its notes in words. */
export function reportWords(r: ReportFacts): Report {
  const previous = r.previous && { ...r.previous, notes: notesText(r.previous.notes) };
  return { ...r, previous, notes: notesText(r.notes), headline: headlineText(r.headline), lead: r.lead.map(leadText) };
}
