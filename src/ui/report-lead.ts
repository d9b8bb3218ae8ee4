// What leads the report in every format: the care note or the pointer to
// professional support (Report.lead), under a heading of its own, before the
// headline and the numbers. The notes list below it leaves those out.
import type { Report } from '../domain/report.js';
import { sayCareReport } from './messages-care-report.js';

/** The heading over the lead, or undefined on a calm week. */
export function leadHeading(r: Pick<Report, 'lead' | 'care'>): string | undefined {
  if (r.lead.length === 0) return undefined;
  return r.care.level === 'crisis' || r.care.level === 'danger' ? sayCareReport.heading.concern : sayCareReport.heading.distress;
}

/** The notes shown as a list: all but the headline and the lead. */
export function listedNotes(r: Pick<Report, 'notes' | 'headline' | 'lead'>): string[] {
  return r.notes.filter((n) => n !== r.headline && !r.lead.includes(n));
}
