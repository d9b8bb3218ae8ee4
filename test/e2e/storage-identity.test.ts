// One journal, reached by two paths (the file itself and a symlink to it, as
// a synced-folder set-up has): every writer takes the same lock and keeps the
// same backups and notes, so no entry reported saved is ever lost.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, trust, UUID } from '../helpers/cli.js';

const gratitudeOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries: { gratitude?: string[] }[] }).entries.map((e) => e.gratitude?.[0]);

const log = (file: string, note: string) => trust(['log', '--file', file, '--checklist', 'check-in', '--gratitude', note]);

describe('a journal reached by two paths', () => {
  it('loses no acknowledged entry when writers go through the file and a link to it at once', async () => {
    const dir = tempDir();
    const real = join(dir, 'journal.json');
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    expect((await log(real, 'first')).code).toBe(0);
    const acknowledged = new Set(['first']);
    // Three writers on each path, each saving one entry after another.
    const lane = async (path: string, name: string) => {
      for (let i = 0; i < 12; i++) {
        const tag = `${name}-${i}`;
        const r = await log(path, tag);
        if (r.code === 0 && UUID.test(r.stdout.trim())) acknowledged.add(tag);
      }
    };
    await Promise.all([lane(real, 'real0'), lane(real, 'real1'), lane(real, 'real2'), lane(link, 'link0'), lane(link, 'link1'), lane(link, 'link2')]);
    const stored = new Set(gratitudeOf(real));
    const missing = [...acknowledged].filter((t) => !stored.has(t));
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBe(73);
    // One lock, one set of backups, one note: all beside the real file, none beside the link.
    expect(readdirSync(dir).filter((n) => n.startsWith('link.json')).sort()).toEqual(['link.json']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  }, 90_000);
});

describe('a dangling journal link', () => {
  it('is written through to its target, and stays a link', async () => {
    const dir = tempDir();
    const target = join(dir, 'synced', 'journal.json');
    const link = join(dir, 'journal.json');
    symlinkSync(target, link);
    const r = await log(link, 'through');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(gratitudeOf(target)).toEqual(['through']);
    expect((await log(link, 'again')).code).toBe(0);
    expect(gratitudeOf(target)).toEqual(['through', 'again']);
    // Backups and the note sit beside the file they keep.
    expect(existsSync(`${target}.bak1`)).toBe(true);
    expect(existsSync(`${target}.written`)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['journal.json', 'synced']);
  });
});
