// Runs of consecutive logged days. Each distinct day becomes a day number by
// integer arithmetic (no Date objects), so ten years of entries cost one
// cheap parse per day, and month ends, leap years and DST cannot shift a run.

export interface Streak {
  /** The run that ends on `to`, or on the day before it (today may not be written yet). */
  current: number;
  /** The longest run that ends on or before `to`. */
  longest: number;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (proleptic Gregorian calendar). */
export function dayNumber(iso: string): number {
  // Digits read straight from the string: this runs once per logged day.
  const digit = (i: number) => iso.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  // Count years from March, so the leap day falls at the end of the year.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Distinct days as ascending day numbers: computed once, then asked about any `to`. */
export function sortedDays(days: Iterable<string>): number[] {
  const out: number[] = [];
  for (const day of days) out.push(dayNumber(day));
  return out.sort((a, b) => a - b);
}

/** The current and longest runs in `days` (ascending, distinct day numbers), counting only days up to `to`. */
export function streakAt(days: readonly number[], to: string): Streak {
  const end = dayNumber(to);
  let longest = 0;
  let run = 0;
  let last = Number.NaN;
  for (const day of days) {
    if (day > end) break;
    if (day === last) continue;
    run = day === last + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
    last = day;
  }
  const current = last === end || last === end - 1 ? run : 0;
  return { current, longest };
}

export function streak(days: Iterable<string>, to: string): Streak {
  return streakAt(sortedDays(days), to);
}
