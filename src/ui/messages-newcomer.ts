// Words a newcomer meets in the first days: an empty list, a reminder that
// cannot reach the desktop, a draft picked up again, a log stopped halfway.
import { localDate } from '../domain/dates.js';
import { longDate } from './report-rows.js';

const clock = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
/** "Mon 30 Nov": the year goes without saying for a draft. */
const dayName = (iso: string) => longDate(iso).slice(0, -5);

export const sayNewcomer = {
  emptyJournal: 'Nothing in the journal yet. `trust log` starts your first entry, one question at a time.',
  /** `date`: the day the entry is for; `startedAt`: when it was begun (an instant); `today`: the local date now. */
  resumeDraft: (date: string, startedAt: string, today: string): string => {
    const at = new Date(startedAt);
    const started = Number.isNaN(at.getTime()) ? date : localDate(at);
    const when = Number.isNaN(at.getTime()) ? '' : started === today ? ` today at ${clock(at)}` : ` on ${dayName(started)} at ${clock(at)}`;
    const forDay = date === started ? '' : ` for ${date === today ? 'today' : dayName(date)}`;
    return `You started an entry${forDay}${when} and did not finish. Pick up where you left off?`;
  },
  /** Ctrl-C during `trust log` with nothing typed on the line: only finished answers are in the draft. */
  stoppedDraftKept: 'Stopped. Nothing went into the journal yet; the answers you finished are kept as a draft for your next `trust log`.',
  /** The same stop with words on the line (now, or kept from before): they are in the draft too. */
  stoppedTypingKept: 'Stopped. Nothing went into the journal yet; what you typed, even the answer you were halfway through, is kept as a draft for your next `trust log`.',
  noNotifier: 'No desktop notification could be shown here (notify-send and a desktop session are needed), so the reminder is only the line above.',
  /** Under a highlighted choice: the id the same choice takes in a script, so the screen and `--help` name it alike. */
  withFlag: (hint: string, flag: string, id: string) => `${hint} (in a script: ${flag} ${id})`,
  reminderSet: (at: string) => `Daily reminder set for ${at}. It arrives through cron, the same line \`trust remind --install\` adds (\`trust remind --uninstall\` takes it out).`,
};
