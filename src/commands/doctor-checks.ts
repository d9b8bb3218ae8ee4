// What `trust doctor` looks at: the journal and each backup (do they parse
// and validate?), the modes of file, folder, backups and draft, a lock left
// behind, temp files of killed saves, an unfinished entry. Each check says
// ok, note (worth knowing) or problem, and carries its fix when one is safe.
// A mode is only changed on a file recognised for what it should be (a
// journal, a backup, a draft), opened without following links: never on
// whatever a link in its place points to.
import { chmod, lstat, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Journal } from '../domain/types.js';
import { JournalError } from '../errors.js';
import { isSealed } from '../storage/crypto.js';
import { loadDraft } from '../storage/draft.js';
import { findLeftovers, readBytes, removeLeftovers } from '../storage/file.js';
import { withOwn } from '../storage/identity.js';
import type { Store } from '../storage/journal.js';
import { breakLock, inspectLock } from '../storage/lock.js';
import { backupPaths, draftPath, lockPath } from '../storage/paths.js';
import { sayDoctor } from '../ui/messages-doctor.js';

export type Status = 'ok' | 'note' | 'problem';

export interface Check {
  id: string;
  status: Status;
  message: string;
  /** Makes the problem go away; returns what it did. */
  fix?: () => Promise<string>;
}

/** One copy of the journal: the file itself or a backup. */
export interface Version {
  name: string;
  path: string;
  exists: boolean;
  size: number;
  mode: number;
  mtimeMs: number;
  /** Sealed with a passphrase: when it will not open, the passphrase is the first suspect. */
  sealed: boolean;
  journal?: Journal;
  error?: string;
  /** The way out the error suggests. */
  hint?: string;
}

export interface Health {
  file: string;
  current: Version;
  backups: Version[];
  /** The newest backup that reads and validates. */
  good: Version | undefined;
  checks: Check[];
}

const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
const isOpen = (mode: number) => (mode & 0o077) !== 0;

/** Sets the mode of the file at `path` itself: a link there fails (ELOOP) rather than being followed. */
const chmodOwn = (path: string, mode: number) => withOwn(path, false, (fd) => fd.chmod(mode));

/** `path` is read through a link only when `follow` (the journal as the person named it). */
async function examine(store: Store, path: string, follow = false): Promise<Version> {
  // Not there (or not to be looked at) is itself what doctor reports for this version.
  const info = await (follow ? stat(path) : lstat(path)).catch(() => undefined);
  const v: Version = { name: basename(path), path, exists: info !== undefined, size: info?.size ?? 0, mode: (info?.mode ?? 0) & 0o777, mtimeMs: info?.mtimeMs ?? 0, sealed: false };
  if (!info) return v;
  try {
    const bytes = await readBytes(path, follow);
    v.sealed = isSealed(bytes);
    const journal = await store.adapter.parse(bytes, path);
    if (journal) v.journal = journal;
  } catch (e) {
    v.error = e instanceof Error ? e.message : String(e);
    if (e instanceof JournalError && e.hint) v.hint = e.hint;
  }
  return v;
}

/** `recognised`: the file at `path` is what it should be, so its mode is ours to change. */
function modeCheck(id: string, what: 'file' | 'folder', path: string, mode: number, want: number, recognised = true): Check {
  if (!isOpen(mode)) return { id, status: 'ok', message: sayDoctor.modeOk(what, mode) };
  const set = what === 'folder' ? chmod : chmodOwn;
  const check: Check = { id, status: 'problem', message: sayDoctor.modeOpen(what, mode, want) };
  return recognised ? { ...check, fix: async () => (await set(path, want), sayDoctor.modeFixed(path, want)) } : check;
}

function journalCheck(current: Version, backups: Version[]): Check {
  const anyBackup = backups.some((b) => b.exists && b.size > 0);
  if (current.error) return { id: 'journal', status: 'problem', message: sayDoctor.journalBad(current.error) };
  if (!current.journal && anyBackup) return { id: 'journal', status: 'problem', message: sayDoctor.missingBackupsExist };
  if (!current.exists) return { id: 'journal', status: 'note', message: sayDoctor.noJournal };
  if (!current.journal) return { id: 'journal', status: 'note', message: sayDoctor.journalEmpty };
  return { id: 'journal', status: 'ok', message: sayDoctor.journalOk(current.journal.entries.length, current.journal.schemaVersion) };
}

function backupChecks(backups: Version[]): Check[] {
  const present = backups.filter((b) => b.exists);
  const newest = present.find((b) => b.journal);
  if (present.length === 0) return [{ id: 'backups', status: 'note', message: sayDoctor.noBackups }];
  const checks: Check[] = [];
  if (newest?.journal) checks.push({ id: 'backups', status: 'ok', message: sayDoctor.backupsOk(present.length, newest.mtimeMs, newest.journal.entries.length) });
  for (const b of present) {
    if (!b.journal) checks.push({ id: 'backups', status: 'problem', message: sayDoctor.backupBad(b.name, b.error ?? sayDoctor.journalEmpty) });
    // A backup that is not a journal (a link read as none) is left as it is.
    if (b.journal && isOpen(b.mode)) {
      const fix = async () => (await chmodOwn(b.path, PRIVATE_FILE), sayDoctor.modeFixed(b.path, PRIVATE_FILE));
      checks.push({ id: 'backups', status: 'problem', message: sayDoctor.backupOpen(b.name, b.mode), fix });
    }
  }
  return checks;
}

async function lockCheck(file: string): Promise<Check> {
  const lock = await inspectLock(lockPath(file));
  if (!lock) return { id: 'lock', status: 'ok', message: sayDoctor.noLock };
  if (!lock.stale) return { id: 'lock', status: 'note', message: sayDoctor.lockLive(lock.holder?.pid, lock.holder?.host) };
  const fix = async () => (await breakLock(lockPath(file), lock.raw), sayDoctor.lockCleared);
  return { id: 'lock', status: 'problem', message: sayDoctor.lockStale(lock.holder?.pid), fix };
}

async function leftoverCheck(file: string): Promise<Check> {
  const { dead, live } = await findLeftovers(file);
  if (dead.length > 0) return { id: 'leftovers', status: 'problem', message: sayDoctor.leftovers(dead.length), fix: async () => sayDoctor.leftoversRemoved(await removeLeftovers(file)) };
  if (live.length > 0) return { id: 'leftovers', status: 'note', message: sayDoctor.leftoversBusy(live.length) };
  return { id: 'leftovers', status: 'ok', message: sayDoctor.noLeftovers };
}

async function draftChecks(store: Store, file: string): Promise<Check[]> {
  const path = draftPath(file);
  const info = await lstat(path).catch(() => undefined); // no draft: the usual case
  if (!info) return [{ id: 'draft', status: 'ok', message: sayDoctor.noDraft }];
  // A draft that will not open is still reported, without its date.
  const draft = await loadDraft(file, store.adapter.codec).catch(() => undefined);
  const checks: Check[] = [{ id: 'draft', status: 'note', message: sayDoctor.draft(draft?.date) }];
  const mode = info.mode & 0o777;
  if (info.isFile() && isOpen(mode)) {
    checks.push({ id: 'draft', status: 'problem', message: sayDoctor.draftOpen(mode), fix: async () => (await chmodOwn(path, PRIVATE_FILE), sayDoctor.modeFixed(path, PRIVATE_FILE)) });
  }
  return checks;
}

/**
 * The folder's mode is only ours to change when the folder is the journal's
 * own: never a shared one like /tmp (sticky), the home folder or the root.
 */
function folderCheck(dir: string, mode: number, home: string | undefined): Check {
  const check = modeCheck('folderMode', 'folder', dir, mode & 0o777, PRIVATE_FOLDER);
  const shared = (mode & 0o1000) !== 0 || dir === '/' || (home !== undefined && dir === resolve(home));
  if (check.status !== 'problem' || !shared) return check;
  return { id: check.id, status: 'problem', message: sayDoctor.folderShared(dir, mode & 0o7777) };
}

export async function checkHealth(store: Store, home: string | undefined): Promise<Health> {
  const { file, real } = store;
  const backups: Version[] = [];
  for (const path of backupPaths(real)) backups.push(await examine(store, path));
  // The journal last, so the codec left behind (for the draft) is the journal's.
  const current = await examine(store, file, true);
  const folder = await stat(dirname(real)).catch(() => undefined); // no folder yet: no mode of its own to check
  const checks: Check[] = [journalCheck(current, backups)];
  // Its mode is set on the real file, and only once it reads as a journal (or an empty one).
  const recognised = current.journal !== undefined || (current.size === 0 && current.error === undefined);
  if (current.exists) checks.push(modeCheck('fileMode', 'file', real, current.mode, PRIVATE_FILE, recognised));
  if (folder) checks.push(folderCheck(dirname(real), folder.mode, home));
  checks.push(await lockCheck(real), ...backupChecks(backups), await leftoverCheck(real), ...(await draftChecks(store, real)));
  return { file, current, backups, good: backups.find((b) => b.journal), checks };
}
