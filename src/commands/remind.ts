import type { Context } from '../context.js';
import { notYet } from './not-yet.js';

export const remind = notYet;

/** Installs (or replaces) the daily crontab line at HH:MM; returns the line. Used by `trust init --remind-at`. */
export async function installReminder(_ctx: Context, _at: string): Promise<string> {
  return notYet();
}
