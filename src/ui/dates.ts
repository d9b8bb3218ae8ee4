// Dates as people read them, in the journal's own words.
import dayjs from 'dayjs';

/** "Friday 20 November 2026". */
export const longDay = (date: string): string => dayjs(date).format('dddd D MMMM YYYY');

/** "20 November 2026". */
export const dayOfYear = (date: string): string => dayjs(date).format('D MMMM YYYY');

/** "Friday 20 November". */
export const dayInWeek = (date: string): string => dayjs(date).format('dddd D MMMM');

/** "16 November" (with the year only when `to` falls in another one): the start of a span ending at `to`. */
export const spanStart = (from: string, to: string): string =>
  dayjs(from).format(from.slice(0, 4) === to.slice(0, 4) ? 'D MMMM' : 'D MMMM YYYY');
