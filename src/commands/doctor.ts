// `trust doctor`: a checklist of what keeps the journal safe; exit 1 when
// something is wrong. `--fix` sets modes and tidies what is safe to tidy;
// `--restore` brings back the newest good backup, keeping the current file
// aside rather than destroying it.
import { chmod, copyFile, link, lstat } from 'node:fs/promises';
import type { Context } from '../context.js';
import { JournalError, UsageError, errnoCode } from '../errors.js';
import { readBytes, writeAtomic } from '../storage/file.js';
import { acquire } from '../storage/lock.js';
import { asidePath, lockPath } from '../storage/paths.js';
import { sayDoctor } from '../ui/messages-doctor.js';
import { checkHealth, type Check, type Health, type Status, type Version } from './doctor-checks.js';

export interface DoctorOptions {
  restore?: boolean;
  fix?: boolean;
  yes?: boolean;
  json?: boolean;
}

const problems = (h: Health) => h.checks.filter((c) => c.status === 'problem');

function backupJson(b: Version) {
  return { name: b.name, path: b.path, ok: b.journal !== undefined, entries: b.journal?.entries.length ?? null, modifiedAt: new Date(b.mtimeMs).toISOString(), ...(b.error ? { error: b.error } : {}) };
}

function advice(h: Health): string[] {
  const out: string[] = [];
  const journal = h.checks.find((c) => c.id === 'journal');
  if (journal?.status === 'problem') {
    const g = h.good;
    if (g?.journal) out.push(sayDoctor.adviceRestore(g.name, g.journal.entries.length, g.mtimeMs));
    // An encrypted journal that will not open: the passphrase is more likely at fault than the file.
    else out.push(h.current.sealed && h.current.hint ? h.current.hint : sayDoctor.adviceNoBackup);
  }
  if (problems(h).some((c) => c.fix)) out.push(sayDoctor.adviceFix);
  return out;
}

function render(ctx: Context, h: Health, fixed: string[]): void {
  const mark: Record<Status, string> = { ok: ctx.paint.green('✓'), note: ctx.paint.yellow('•'), problem: ctx.paint.red('✗') };
  ctx.print(ctx.paint.bold(sayDoctor.title(h.file)));
  for (const line of fixed) ctx.print(`  ${ctx.paint.green('→')} ${line}`);
  for (const c of h.checks) ctx.print(`  ${mark[c.status]} ${c.message}`);
  if (problems(h).length === 0) ctx.print(ctx.paint.green(sayDoctor.healthy));
}

async function applyFixes(checks: Check[]): Promise<string[]> {
  const done: string[] = [];
  for (const c of checks) if (c.status === 'problem' && c.fix) done.push(await c.fix());
  return done;
}

/** Keeps the current file under a new name: a hard link where possible, else a private copy. */
async function setAside(file: string, damaged: boolean, now: Date): Promise<string | undefined> {
  for (let n = 1; n < 100; n++) {
    const aside = asidePath(file, damaged ? 'damaged' : 'replaced', now) + (n > 1 ? `-${n}` : '');
    try {
      await link(file, aside).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' || e.code === 'EEXIST') throw e;
        return copyFile(file, aside);
      });
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EEXIST') continue;
      if (code === 'ENOENT') return undefined; // no file to keep
      // The current file may hold entries no backup has: never write over it unkept.
      throw new JournalError(sayDoctor.cannotSetAside(file, code ?? String(e)), sayDoctor.hintSetAside);
    }
    await chmod(aside, 0o600);
    return aside;
  }
  return undefined;
}

async function restore(ctx: Context, opts: DoctorOptions, h: Health): Promise<void> {
  const g = h.good;
  if (!g?.journal) throw new JournalError(sayDoctor.noGoodBackup(h.file), sayDoctor.hintNoGoodBackup);
  if (!opts.yes) {
    if (!ctx.interactive) throw new UsageError(sayDoctor.restoreNeedsYes);
    const p = await ctx.ask();
    if (!(await p.confirm(sayDoctor.confirmRestore(g.name, g.mtimeMs, g.journal.entries.length), false))) {
      return opts.json ? ctx.json({ file: h.file, restored: null, keptAside: null }) : ctx.print(sayDoctor.restoreKept);
    }
  }
  const real = ctx.store.real;
  const release = await acquire(lockPath(real), h.file);
  let aside: string | undefined;
  try {
    // Read under the lock, and only the version that was checked and shown:
    // a save meanwhile would have shifted the backups along.
    const now = await lstat(g.path).catch(() => undefined); // gone meanwhile: refused just below as moved
    const bytes = now?.mtimeMs === g.mtimeMs && now.size === g.size ? await readBytes(g.path, false) : undefined;
    if (!bytes) throw new JournalError(sayDoctor.backupsMoved(h.file), sayDoctor.hintRunAgain);
    await ctx.store.adapter.parse(bytes, g.path);
    aside = await setAside(real, h.current.journal === undefined, ctx.now);
    // No rotation: the damaged file must not push a good backup out.
    await writeAtomic(real, bytes, { backups: 0, name: h.file });
    ctx.deps.onSave?.();
  } finally {
    await release();
  }
  const entries = g.journal.entries.length;
  if (opts.json) return ctx.json({ file: h.file, restored: { name: g.name, entries }, keptAside: aside ?? null });
  ctx.print(ctx.paint.green(sayDoctor.restored(g.name, entries)));
  if (aside) ctx.print(sayDoctor.keptAside(aside));
}

export async function doctor(opts: DoctorOptions, ctx: Context): Promise<void> {
  let health = await checkHealth(ctx.store, ctx.env.HOME);
  if (opts.restore) return restore(ctx, opts, health);
  let fixed: string[] = [];
  if (opts.fix) {
    fixed = await applyFixes(health.checks);
    health = await checkHealth(ctx.store, ctx.env.HOME);
  }
  const n = problems(health).length;
  if (opts.json) {
    ctx.json({
      file: health.file,
      healthy: n === 0,
      problems: n,
      checks: health.checks.map(({ id, status, message }) => ({ id, status, message })),
      backups: health.backups.filter((b) => b.exists).map(backupJson),
      fixed,
    });
  } else {
    render(ctx, health, fixed);
  }
  // The checklist is on stdout; what is wrong and the way out go to stderr with exit 1.
  if (n > 0) throw new JournalError(sayDoctor.problems(n), advice(health).join(' ') || sayDoctor.adviceSeeChecks);
}
