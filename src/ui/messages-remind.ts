// Words for `trust remind`. The reminder itself is one line, read in a cron
// mail or a desktop notification at the end of a day: short and kind, never
// a scolding.
import type { Due } from '../domain/remind.js';

const actions = (n: number) => (n === 1 ? 'one small step' : `${n} small steps`);

export const sayRemind = {
  /** The reminder: one line, naming what is due and the command that does it. */
  due: (d: Due): string => {
    const from = d.reviews === 1 ? `from ${d.oldest}` : `the oldest from ${d.oldest}`;
    if (d.reviews === 0) return "Today's page is still blank: a few quiet minutes with `trust log`, whenever you're ready.";
    const since = d.reviews === 1 ? `from ${d.oldest}` : `oldest ${d.oldest}`;
    if (d.entry) return `Today's page is still blank and ${actions(d.reviews)} ${d.reviews === 1 ? 'waits' : 'wait'} for a look back (${since}): \`trust log\` does both.`;
    const waiting = d.reviews === 1 ? `One small step ${from} is waiting for a look back` : `${actions(d.reviews)} are waiting for a look back, ${from}`;
    return `${waiting}: \`trust review\` when you have a moment.`;
  },
  notificationTitle: 'trust',
  /** Encrypted journal, no passphrase here (cron): we cannot see what is due. */
  locked: "Your journal is encrypted, so trust can't see from here what is due. If today's page is still blank, `trust log` when you're ready.",

  // bad usage (exit 2)
  badTime: (flag: string, value: string) => `${flag} takes a time of day as HH:MM, from 00:00 to 23:59 (e.g. 20:30), not "${value}".`,
  atAlone: '--at sets the time for --install or --print: add one of them.',
  oneMode: 'Pick one of --install, --uninstall and --print.',
  lineBreak: (path: string) => `A crontab line cannot hold a path with a line break: ${JSON.stringify(path)}.`,

  // results
  installed: (time: string, line: string) => `Reminder set for ${time} every day. Your crontab now has:\n  ${line}`,
  removed: 'Reminder removed from your crontab. Everything else in it is as it was.',
  noneInstalled: 'No trust reminder in your crontab, so nothing to remove.',
  noCrontabToClean: 'The crontab command is not installed here, so there is no reminder to remove.',

  // crontab problems (exit 1)
  noCrontab: 'The crontab command is not installed, so trust cannot add the reminder itself.',
  byHand: (line: string) => `Add this line with \`crontab -e\` once cron is installed (or to your own scheduler): ${line}`,
  crontabFailed: (what: string, why: string) => `\`crontab ${what}\` failed${why ? `: ${why}` : ''}.`,
  crontabHint: 'Your crontab was not changed. `trust remind --print` shows the line to add by hand.',
};
