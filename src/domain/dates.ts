// Dates in the journal are plain `YYYY-MM-DD` strings: they sort and compare
// as strings, so hot loops never build Date objects. The helpers below do
// calendar arithmetic on one value at a time, in UTC, where DST cannot shift
// a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The days trust computes with. Strings compare as dates only while years
 * have four digits: one day after 9999-12-31 is "+010000-01-01", which sorts
 * before it. A year's margin at the top leaves room for a week's end or the
 * day after; 1900 keeps Date clear of its two-digit years (0-99 mean 19xx).
 */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '9998-12-31';

/** A calendar date in reach: FIRST_DAY to LAST_DAY. */
export function inReach(date: string): boolean {
  return date >= FIRST_DAY && date <= LAST_DAY;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Monday of the ISO week containing `date`. */
export function mondayOf(date: string): string {
  const weekday = (toUtc(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
