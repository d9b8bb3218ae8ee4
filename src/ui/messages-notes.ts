// The report's facts (domain/notes.ts) in words: each note, the headline and
// the lead, and the whole report as it is printed and serialised (its JSON
// keys `notes`, `headline` and `lead` hold these sentences).
import { catalog, labelOf } from '../domain/catalog.js';
import type { Headline, Lead, Note, Reason } from '../domain/notes.js';
import type { Report, ReportFacts } from '../domain/report.js';
import { sayFears } from './messages-answer.js';
import { sayCareReport } from './messages-care-report.js';
import { partnerOr, sayRole } from './messages-practice.js';
import { sayRecoveryReport } from './messages-recovery.js';
import { saySpan, sayReport } from './messages-report.js';

const trapLabel = (trap: string) => labelOf(catalog.traps, trap);

function headlineText(h: Headline): string {
  switch (h.kind) {
    case 'feared': return sayReport.feared(h.tested, h.cameTrue, h.partly);
    case 'untested': return sayReport.untested(h.planned, h.days);
    case 'logged-only': return sayReport.loggedOnly(h.logged, h.days);
    case 'noted': return sayRecoveryReport.headline(h.triggers, h.met, h.days);
    case 'other-only': return sayReport.otherOnly(h.written, h.days);
    case 'quiet': return sayReport.quiet(h.days);
  }
}

function reasonText(r: Reason): string {
  return r.from === 'report' ? (sayReport.distress[r.distress] ?? r.distress) : (sayCareReport.distress[r.why] ?? r.why);
}

function leadText(l: Lead): string {
  const reasons = l.reasons.map(reasonText);
  if (l.kind === 'help') return `${sayReport.help(reasons, catalog.professionalHelp.note)} ${sayCareReport.abuseFirst}`;
  const lead = l.level === 'crisis' ? [sayCareReport.crisis(l.since), ...(l.dangerToo ? [sayCareReport.crisisAndDanger] : [])].join(' ') : sayCareReport.danger(l.since);
  return reasons.length > 0 ? `${lead} ${sayCareReport.heavyToo(reasons)}` : lead;
}

function triggerTrendText(way: string, back: number, days: number): string | undefined {
  const trend = sayRecoveryReport.trend[way]?.(back);
  return trend ? `${sayRecoveryReport.triggersLead(saySpan(days))} ${trend.charAt(0).toLowerCase()}${trend.slice(1)}` : undefined;
}

/** One note in words; undefined for the rare fact with nothing to say (a role the words do not know). */
export function noteText(n: Note): string | undefined {
  switch (n.kind) {
    case 'feared': case 'untested': case 'logged-only': case 'noted': case 'other-only': case 'quiet': return headlineText(n);
    case 'help': case 'concern': return leadText(n);
    case 'came-true': return sayCareReport.cameTrue(n.tested, n.cameTrue, n.partly);
    case 'pause': return n.concern ? sayCareReport.quiet : sayReport.quietNote;
    case 'fear-ledger': return sayFears.reportLine(n.trap === undefined ? undefined : trapLabel(n.trap), n.trapTested, n.tested);
    case 'belief-fell': return sayReport.beliefFell(n.from, n.to);
    case 'belief-held': return sayReport.beliefHeld(n.from, n.to);
    case 'talked': return sayReport.talked(n.talked, n.reviewed, partnerOr(n.partner));
    case 'not-talked': return sayReport.notTalked(partnerOr(n.partner));
    case 'gratitude': return sayReport.gratitude(n.count, partnerOr(n.partner));
    case 'open': return sayReport.open(n.count);
    case 'trap': return sayReport.trap(trapLabel(n.trap), n.count);
    case 'belief-lower': return sayReport.beliefLower(n.now, n.then, n.days);
    case 'streak': return sayReport.streak(n.days);
    case 'jar': return sayReport.jar(n.added, n.removed);
    case 'for-role': return sayRole.reportNote(n.role, n.partner);
    case 'request-met': return sayRecoveryReport.met(n.role, n.partner, n.text, n.met, saySpan(n.days));
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
