// The words of `trust doctor` (storage problems themselves are worded in
// messages.ts). Plain and calm: something may have gone wrong with the most
// private thing the person owns.
import dayjs from 'dayjs';
import { plural } from './messages.js';

const when = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');
const octal = (m: number) => `0${m.toString(8)}`;

/** One line per check in `trust doctor`. */
export const sayDoctor = {
  cannotSetAside: (file: string, why: string) => `Could not keep a copy of ${file} before restoring (${why}).`,
  hintSetAside: 'Nothing was restored: free some space or fix the folder permissions, then try again.',
  backupsMoved: (file: string) => `The backups of ${file} changed while you were deciding.`,
  hintRunAgain: 'Nothing was restored: run `trust doctor --restore` again to see them as they are now.',
  title: (file: string) => `Checking ${file}`,
  noJournal: 'No journal yet: it is created with your first entry.',
  journalOk: (entries: number, version: number) => `Reads fine: ${plural(entries, 'entry', 'entries')}, schema ${version}.`,
  journalEmpty: 'The file is empty: it is treated as a new journal.',
  journalBad: (why: string) => `Cannot be read: ${why}`,
  missingBackupsExist: 'The journal is missing or empty, but backups of it exist.',
  modeOk: (what: 'file' | 'folder', mode: number) => `The ${what} is private (mode ${octal(mode)}).`,
  modeOpen: (what: 'file' | 'folder', mode: number, want: number) =>
    `The ${what} can be read by others (mode ${octal(mode)}; should be ${octal(want)}).`,
  folderShared: (dir: string, mode: number) =>
    `The folder ${dir} is open to others (mode ${octal(mode)}) and not trust's to change: keep the journal in a private folder of its own.`,
  modeFixed: (what: string, want: number) => `Set ${what} to mode ${octal(want)}.`,
  noLock: 'Not locked.',
  lockLive: (pid: number | undefined, host: string | undefined) =>
    `In use right now${pid ? ` by process ${pid}` : ''}${host ? ` on ${host}` : ''}.`,
  lockStale: (pid: number | undefined) =>
    `A lock was left behind${pid ? ` by process ${pid}, which is no longer running` : ''}; the next save clears it.`,
  lockCleared: 'Removed the stale lock.',
  noBackups: 'No backups yet: one is kept each time the journal is saved.',
  backupsOk: (n: number, newest: number, entries: number) =>
    `${plural(n, 'backup')}; the newest is from ${when(newest)} with ${plural(entries, 'entry', 'entries')}.`,
  backupBad: (name: string, why: string) => `Backup ${name} cannot be read: ${why}`,
  backupOpen: (name: string, mode: number) => `Backup ${name} can be read by others (mode ${octal(mode)}).`,
  noLeftovers: 'No half-written temporary files.',
  leftovers: (n: number) => `${plural(n, 'temporary file')} left by an interrupted save (harmless; the next save removes it).`,
  leftoversRemoved: (n: number) => `Removed ${plural(n, 'temporary file')}.`,
  leftoversBusy: (n: number) => `${plural(n, 'temporary file')} belonging to a save in progress.`,
  noDraft: 'No unfinished entry.',
  draft: (date: string | undefined) =>
    `An unfinished entry${date ? ` for ${date}` : ''} is waiting: \`trust log\` offers to pick it up.`,
  draftOpen: (mode: number) => `The draft can be read by others (mode ${octal(mode)}).`,
  healthy: 'All good.',
  problems: (n: number) => `${plural(n, 'problem')} found.`,
  adviceFix: 'Run `trust doctor --fix` to set the permissions and tidy up.',
  adviceRestore: (name: string, entries: number, at: number) =>
    `Run \`trust doctor --restore\` to bring back ${name} (${when(at)}, ${plural(entries, 'entry', 'entries')}).`,
  adviceSeeChecks: 'Each check marked as a problem says what to do.',
  adviceNoBackup: 'No good backup to restore: the file is left as it is; a copy from another device or an export can be imported.',

  // --restore
  noGoodBackup: (file: string) => `There is no good backup of ${file} to restore.`,
  hintNoGoodBackup: 'Run `trust doctor` to see what is wrong. Nothing was changed.',
  confirmRestore: (name: string, at: number, entries: number) =>
    `Bring back ${name} from ${when(at)} (${plural(entries, 'entry', 'entries')})? The current file is kept aside.`,
  restoreNeedsYes: 'Restoring replaces the journal: add --yes to do it without being asked.',
  restoreKept: 'Nothing was changed.',
  restored: (name: string, entries: number) => `Restored ${name} (${plural(entries, 'entry', 'entries')}).`,
  keptAside: (path: string) => `The file it replaced is kept as ${path}.`,
};
